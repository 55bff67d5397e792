package eu.civicai.governance.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz harnesses for every reader: whatever the bytes, only the library's {@link JsonReadException}
 * may escape (no other exception, no stack overflow, no hang). Under plain {@code mvn test} Jazzer
 * runs the committed seed corpus ({@code ReaderFuzzTestInputs/}) as regression tests; {@code
 * JAZZER_FUZZ=1 mvn test -Dtest=ReaderFuzzTest} fuzzes for real.
 */
class ReaderFuzzTest {
  private static final GovernanceJson JSON = GovernanceJson.create();

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
}
