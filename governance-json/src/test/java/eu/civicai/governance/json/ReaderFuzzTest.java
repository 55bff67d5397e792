package eu.civicai.governance.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.data.LedgerVerification;
import eu.civicai.governance.data.LedgerVerifier;
import eu.civicai.governance.register.Register;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

/**
 * Fuzz harnesses for every reader: whatever the bytes, only the library's {@link JsonReadException}
 * may escape (no other exception, no stack overflow, no hang). Under plain {@code mvn test} Jazzer
 * runs the committed seed corpus ({@code ReaderFuzzTestInputs/}) as regression tests; {@code
 * JAZZER_FUZZ=1 mvn test -Dtest=ReaderFuzzTest} fuzzes for real.
 */
class ReaderFuzzTest {
  private static final GovernanceJson JSON = GovernanceJson.create();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

  private static void bounded(JsonReadException e) {
    String message = e.getMessage();
    if (message.length() > 1000 || message.chars().anyMatch(Character::isISOControl)) {
      throw new AssertionError("unbounded or unsafe message: " + message.length() + " characters");
    }
  }

  @FuzzTest(maxDuration = "30s")
  void readAnyDocument(byte[] data) {
    try {
      JSON.readAny(new ByteArrayInputStream(data));
    } catch (JsonReadException expected) {
      // The only exception allowed, with a short message free of control characters (issue 16).
      bounded(expected);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void readUsage(byte[] data) {
    try {
      JSON.read(DocumentType.USAGE, new ByteArrayInputStream(data));
    } catch (JsonReadException expected) {
      // The only exception allowed, with a short message free of control characters (issue 16).
      bounded(expected);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void readCharter(byte[] data) {
    try {
      JSON.read(DocumentType.CHARTER, new ByteArrayInputStream(data));
    } catch (JsonReadException expected) {
      // The only exception allowed, with a short message free of control characters (issue 16).
      bounded(expected);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void readRegisterStreaming(byte[] data) {
    try {
      JSON.readRegister(new ByteArrayInputStream(data), u -> {}, d -> {});
    } catch (JsonReadException expected) {
      // The only exception allowed, with a short message free of control characters (issue 16).
      bounded(expected);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void readLedgerLine(byte[] data) {
    try {
      JSON.readLedgerEntry(new String(data, StandardCharsets.UTF_8), 2);
    } catch (JsonReadException expected) {
      // The only exception allowed, with a short message free of control characters (issue 16).
      bounded(expected);
    }
  }

  /**
   * The ledger reader (issue 16): whatever the file's bytes, opening it read-only either throws a
   * {@link JsonReadException} or gives a store whose verification ends in a result, never an
   * exception, an unreadable entry always with its reason; and {@link Ledger#open} replays the file
   * exactly when verification finds it intact, refusing it with the library's exception otherwise.
   */
  @FuzzTest(maxDuration = "30s")
  void readLedgerFile(byte[] data) throws IOException {
    Path file = Files.createTempFile("ledger-fuzz-", ".jsonl");
    try {
      Files.write(file, data);
      JsonLinesLedgerStore store;
      try {
        store = JsonLinesLedgerStore.openReadOnly(file, JSON, 4096);
      } catch (JsonReadException expected) {
        return; // not a ledger: the only exception allowed on opening
      }
      try (store) {
        LedgerVerification result;
        try (Stream<LedgerEntry> entries = store.entries()) {
          result = LedgerVerifier.verify(entries::iterator);
        }
        if (result.problem() == LedgerVerification.Problem.UNREADABLE
            && result.reason().english().isBlank()) {
          throw new AssertionError("an unreadable entry without its reason");
        }
        Ledger ledger;
        try {
          ledger = Ledger.open(store, Register.inMemory(CLOCK), CLOCK);
        } catch (GovernanceException refused) {
          if (result.intact()) {
            throw new AssertionError("an intact ledger refused on opening", refused);
          }
          return;
        }
        if (!result.intact() || ledger.size() != result.entriesChecked()) {
          throw new AssertionError("opened what verification refuses: " + result);
        }
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
