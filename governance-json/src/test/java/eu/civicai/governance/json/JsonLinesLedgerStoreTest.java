package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.ConflictException;
import eu.civicai.governance.DatasetId;
import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.EventKind;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LedgerVerification;
import eu.civicai.governance.data.LedgerVerifier;
import eu.civicai.governance.data.LifecycleEvent;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.register.Register;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesLedgerStoreTest {
  private static final GovernanceJson JSON = GovernanceJson.create();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final DatasetId D = DatasetId.of("compteurs");

  @TempDir Path dir;

  private static Register register() {
    Register register = Register.inMemory(CLOCK);
    register.addDataset(
        Dataset.builder("compteurs")
            .name("Compteurs")
            .personalData(PersonalDataLevel.NONE)
            .build());
    return register;
  }

  private static void appendSome(Ledger ledger, int n) {
    for (int i = 0; i < n; i++) {
      ledger.append(
          (ledger.size() == 0
                  ? LifecycleEvent.collected(D)
                  : LifecycleEvent.of(EventKind.TRANSFORMED, D))
              .at(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(ledger.size()))
              .by("service " + i)
              .note("é ✓ \"quoted\" line " + i));
    }
  }

  @Test
  void written_closed_reopened_appended_verifies() {
    Path file = dir.resolve("ledger.jsonl");
    Register register = register();
    Checkpoint first;
    try (JsonLinesLedgerStore store =
        JsonLinesLedgerStore.open(file, JsonLinesLedgerStore.Durability.SYNC_EACH_APPEND, JSON)) {
      Ledger ledger = Ledger.open(store, register, CLOCK);
      appendSome(ledger, 5);
      first = ledger.checkpoint();
    }
    JsonLinesLedgerStore.writeCheckpoint(dir.resolve("checkpoint.json"), first, JSON);
    try (JsonLinesLedgerStore store =
        JsonLinesLedgerStore.open(file, JsonLinesLedgerStore.Durability.batched(2), JSON)) {
      assertThat(store.tornTail()).isNull();
      assertThat(store.size()).isEqualTo(5);
      Ledger ledger = Ledger.open(store, register, CLOCK);
      appendSome(ledger, 3);
      assertThat(
              ledger
                  .verify(JsonLinesLedgerStore.readCheckpoint(dir.resolve("checkpoint.json"), JSON))
                  .intact())
          .isTrue();
      assertThat(ledger.verify(ledger.checkpoint()).intact()).isTrue();
      assertThat(ledger.size()).isEqualTo(8);
    }
    try (JsonLinesLedgerStore store =
            JsonLinesLedgerStore.open(
                file, JsonLinesLedgerStore.Durability.SYNC_EACH_APPEND, JSON);
        Stream<eu.civicai.governance.data.LedgerEntry> entries = store.entries()) {
      assertThat(LedgerVerifier.verify(entries::iterator, first).intact()).isTrue();
    }
  }

  @Test
  void truncatedMidLine_isReportedOnOpen_neverVerifiedAsIntact_andBlocksAppends() throws Exception {
    Path file = dir.resolve("ledger.jsonl");
    Register register = register();
    Checkpoint checkpoint;
    try (JsonLinesLedgerStore store =
        JsonLinesLedgerStore.open(file, JsonLinesLedgerStore.Durability.SYNC_EACH_APPEND, JSON)) {
      Ledger ledger = Ledger.open(store, register, CLOCK);
      appendSome(ledger, 4);
      checkpoint = ledger.checkpoint();
    }
    // Simulate a crash in the middle of writing the last line.
    long length = Files.size(file);
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(length - 25);
    }

    try (JsonLinesLedgerStore store =
        JsonLinesLedgerStore.open(file, JsonLinesLedgerStore.Durability.SYNC_EACH_APPEND, JSON)) {
      assertThat(store.tornTail()).isNotNull();
      assertThat(store.tornTail().line()).isEqualTo(5);
      assertThat(store.size()).isEqualTo(3);
      LedgerVerification result;
      try (Stream<eu.civicai.governance.data.LedgerEntry> entries = store.entries()) {
        result = LedgerVerifier.verify(entries::iterator, checkpoint);
      }
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBadSequence()).isEqualTo(4);
      assertThat(result.problem()).isEqualTo(LedgerVerification.Problem.UNREADABLE);
      assertThatThrownBy(() -> store.append(null))
          .isInstanceOf(eu.civicai.governance.InvalidInputException.class);
      Register r2 = register;
      assertThatThrownBy(() -> Ledger.open(store, r2, CLOCK)).isInstanceOf(JsonReadException.class);

      Path side = store.setTornTailAside();
      assertThat(Files.readString(side, StandardCharsets.UTF_8)).isNotEmpty();
      assertThat(store.tornTail()).isNull();
      Ledger ledger = Ledger.open(store, register, CLOCK);
      assertThat(ledger.verify().intact()).isTrue();
      assertThat(ledger.verify(checkpoint).problem())
          .isEqualTo(LedgerVerification.Problem.TRUNCATED);
      appendSome(ledger, 1);
      assertThat(ledger.verify(ledger.checkpoint()).intact()).isTrue();
    }
  }

  @Test
  void appendToATornFile_isRefused() throws Exception {
    Path file = dir.resolve("ledger.jsonl");
    try (JsonLinesLedgerStore store =
        JsonLinesLedgerStore.open(file, JsonLinesLedgerStore.Durability.SYNC_EACH_APPEND, JSON)) {
      appendSome(Ledger.open(store, register(), CLOCK), 2);
    }
    Files.writeString(file, "{\"sequence\":3", java.nio.file.StandardOpenOption.APPEND);
    try (JsonLinesLedgerStore store =
        JsonLinesLedgerStore.open(file, JsonLinesLedgerStore.Durability.SYNC_EACH_APPEND, JSON)) {
      var entry = store.entries().limit(1).toList().get(0);
      assertThatThrownBy(() -> store.append(entry))
          .isInstanceOf(ConflictException.class)
          .hasMessage(
              "`file`: the ledger file ends with a torn line (4); set it aside before appending");
    }
  }

  @Test
  void modifiedByteInTheFile_isDetectedAtItsSequence() throws Exception {
    Path file = dir.resolve("ledger.jsonl");
    Checkpoint checkpoint;
    try (JsonLinesLedgerStore store =
        JsonLinesLedgerStore.open(file, JsonLinesLedgerStore.Durability.SYNC_EACH_APPEND, JSON)) {
      Ledger ledger = Ledger.open(store, register(), CLOCK);
      appendSome(ledger, 5);
      checkpoint = ledger.checkpoint();
    }
    String text = Files.readString(file);
    Files.writeString(file, text.replace("service 2", "service 9"));
    try (JsonLinesLedgerStore store =
            JsonLinesLedgerStore.open(
                file, JsonLinesLedgerStore.Durability.SYNC_EACH_APPEND, JSON);
        Stream<eu.civicai.governance.data.LedgerEntry> entries = store.entries()) {
      LedgerVerification result = LedgerVerifier.verify(entries::iterator, checkpoint);
      assertThat(result.firstBadSequence()).isEqualTo(3);
      assertThat(result.problem()).isEqualTo(LedgerVerification.Problem.HASH_MISMATCH);
    }
  }

  @Test
  void notALedgerFile_isRejectedOnOpen() throws Exception {
    Path file = dir.resolve("other.json");
    Files.writeString(file, "{\"hello\":1}\n");
    assertThatThrownBy(
            () ->
                JsonLinesLedgerStore.open(
                    file, JsonLinesLedgerStore.Durability.SYNC_EACH_APPEND, JSON))
        .isInstanceOf(JsonReadException.class)
        .hasMessage("`/`: expected a document of type ledger");
  }
}
