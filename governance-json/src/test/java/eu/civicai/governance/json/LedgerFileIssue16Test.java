package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.ConflictException;
import eu.civicai.governance.DatasetId;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.EventKind;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LedgerEntry;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, "The ledger file": lines end with a line feed alone, every unreadable line says why, a
 * huge line is refused in constant memory, and {@link Ledger#open} never replays what verification
 * refuses.
 */
class LedgerFileIssue16Test {
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

  private static LifecycleEvent.Builder event(long n, String note) {
    return (n == 0 ? LifecycleEvent.collected(D) : LifecycleEvent.of(EventKind.TRANSFORMED, D))
        .at(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(n))
        .by("service")
        .note(note);
  }

  /** Writes a ledger file of {@code n} entries and returns its checkpoint. */
  private Checkpoint write(Path file, int n) {
    try (JsonLinesLedgerStore store =
        JsonLinesLedgerStore.open(file, JsonLinesLedgerStore.Durability.SYNC_EACH_APPEND, JSON)) {
      Ledger ledger = Ledger.open(store, register(), CLOCK);
      for (int i = 0; i < n; i++) {
        ledger.append(event(i, "ligne " + i));
      }
      return ledger.checkpoint();
    }
  }

  private static LedgerVerification verify(Path file, Checkpoint checkpoint) {
    try (JsonLinesLedgerStore store = JsonLinesLedgerStore.openReadOnly(file, JSON);
        Stream<LedgerEntry> entries = store.entries()) {
      return LedgerVerifier.verify(entries::iterator, checkpoint);
    }
  }

  /** A correctly chained entry 4 that never happened, as a forger computes it. */
  private static String forgedFourth(Path file) {
    Ledger copy = Ledger.inMemory(register(), CLOCK);
    for (int i = 0; i < 3; i++) {
      copy.append(event(i, "ligne " + i));
    }
    return JSON.writeLedgerEntry(copy.append(event(3, "FORGED: deleted on time")));
  }

  @Test
  void issue16_aForgedEntryHiddenBehindACarriageReturn_neverVerifies_andIsNeverReplayed()
      throws Exception {
    Path file = dir.resolve("ledger.jsonl");
    Checkpoint checkpoint = write(file, 3);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    // The forgery rides on the last line, behind a carriage return: a reader splitting lines on \r
    // sees four entries, the chain and the line count three.
    Files.writeString(
        file,
        text.substring(0, text.length() - 1) + "\r" + forgedFourth(file) + "\n",
        StandardCharsets.UTF_8);

    LedgerVerification result = verify(file, checkpoint);
    assertThat(result.intact()).isFalse();
    assertThat(result.problem()).isEqualTo(LedgerVerification.Problem.UNREADABLE);
    assertThat(result.firstBadSequence()).isEqualTo(3);
    assertThat(result.reason().rule()).isEqualTo("json.ledger.carriageReturn");
    assertThat(result.reason().field()).isEqualTo("/4");
    assertThat(result.message(Locale.ENGLISH))
        .startsWith("The ledger breaks at sequence 3: the entry cannot be read (`/4`: the line")
        .contains("carriage return at byte");
    assertThat(result.message(Locale.FRENCH)).contains("retour chariot à l'octet");

    // Appending after it, then opening, replays nothing of the forgery: opening is refused.
    try (JsonLinesLedgerStore store =
        JsonLinesLedgerStore.open(file, JsonLinesLedgerStore.Durability.SYNC_EACH_APPEND, JSON)) {
      assertThatThrownBy(() -> Ledger.open(store, register(), CLOCK))
          .isInstanceOf(JsonReadException.class)
          .hasFieldOrPropertyWithValue("rule", "json.ledger.carriageReturn");
    }
  }

  @Test
  void issue16_aLineEndingWithCrLf_isUnreadable() throws Exception {
    Path file = dir.resolve("ledger.jsonl");
    write(file, 3);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
    // Even the header: a file rewritten with Windows line ends is not a ledger.
    assertThatThrownBy(() -> JsonLinesLedgerStore.openReadOnly(file, JSON))
        .isInstanceOf(JsonReadException.class)
        .hasFieldOrPropertyWithValue("rule", "json.ledger.carriageReturn");

    String lines[] = text.split("\n");
    Files.writeString(
        file, lines[0] + "\n" + lines[1] + "\r\n" + lines[2] + "\n", StandardCharsets.UTF_8);
    LedgerVerification result = verify(file, null);
    assertThat(result.problem()).isEqualTo(LedgerVerification.Problem.UNREADABLE);
    assertThat(result.firstBadSequence()).isEqualTo(1);
    assertThat(result.reason().field()).isEqualTo("/2");
  }

  @Test
  void issue16_everyUnreadableLine_saysWhy() throws Exception {
    Path file = dir.resolve("ledger.jsonl");
    write(file, 2);
    byte[] whole = Files.readAllBytes(file);
    String text = new String(whole, StandardCharsets.UTF_8);
    String header = text.substring(0, text.indexOf('\n') + 1);
    String first = text.substring(header.length(), text.indexOf('\n', header.length()) + 1);

    record Case(byte[] bytes, String rule, String english, String french) {}
    byte[] badUtf8 = (header + first).getBytes(StandardCharsets.UTF_8);
    badUtf8 = Arrays.copyOf(badUtf8, badUtf8.length + 3);
    badUtf8[badUtf8.length - 3] = (byte) 0xC3; // a lead byte without its continuation
    badUtf8[badUtf8.length - 2] = '{';
    badUtf8[badUtf8.length - 1] = '\n';
    List<Case> cases =
        List.of(
            new Case(
                (header + first + "{\"sequence\":2").getBytes(StandardCharsets.UTF_8),
                "json.ledger.tornLine",
                "no final line feed",
                "pas de saut de ligne final"),
            new Case(badUtf8, "json.ledger.encoding", "not valid UTF-8", "pas en UTF-8 valide"),
            new Case(
                (header + first + "{\"sequence\":2}\n").getBytes(StandardCharsets.UTF_8),
                "notNull",
                "required field missing",
                "champ obligatoire manquant"),
            new Case(
                (header + first + "\n").getBytes(StandardCharsets.UTF_8),
                "json.required",
                "a value is required",
                "une valeur est obligatoire ici"));
    for (Case c : cases) {
      Files.write(file, c.bytes());
      LedgerVerification result = verify(file, null);
      assertThat(result.problem()).as(c.rule()).isEqualTo(LedgerVerification.Problem.UNREADABLE);
      assertThat(result.firstBadSequence()).as(c.rule()).isEqualTo(2);
      assertThat(result.reason()).as(c.rule()).isNotNull();
      assertThat(result.reason().field()).as(c.rule()).startsWith("/3");
      assertThat(result.reason().rule()).isEqualTo(c.rule());
      assertThat(result.message(Locale.ENGLISH)).as(c.rule()).contains("(`/3", c.english());
      assertThat(result.message(Locale.FRENCH)).as(c.rule()).contains("(`/3", c.french());
    }
  }

  @Test
  void issue16_aTwoGigabyteLine_isRefusedInConstantMemory() throws Exception {
    Path file = dir.resolve("ledger.jsonl");
    Checkpoint checkpoint = write(file, 1);
    JsonLinesLedgerStore.writeCheckpoint(dir.resolve("checkpoint.json"), checkpoint, JSON);
    long before = Files.size(file);
    // 2 GiB + 1 of zero bytes without a line feed, then one: a sparse file, cheap on disk.
    long huge = (1L << 31) + 1;
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(before + huge);
      raf.seek(before + huge);
      raf.write('\n');
    }
    // Verified in a child JVM of 32 MiB of heap: a reader keeping the line would need 2 GiB.
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                VerifyInChild.class.getName(),
                file.toString(),
                dir.resolve("checkpoint.json").toString())
            .redirectError(dir.resolve("stderr.txt").toFile())
            .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor()).as(Files.readString(dir.resolve("stderr.txt"))).isZero();
    assertThat(output)
        .isEqualTo(
            "2 entries counted\n"
                + "UNREADABLE at 2, json.ledger.lineTooLong\n"
                + "The ledger breaks at sequence 2: the entry cannot be read"
                + " (`/3`: the line is longer than 1048576 bytes, the per-line limit)\n"
                + "Le journal est rompu à la séquence 2 : l'entrée est illisible"
                + " (`/3` : la ligne dépasse 1048576 octets, la limite par ligne)\n");
  }

  /** Verifies a ledger file against a checkpoint and prints the outcome, in a child JVM. */
  static final class VerifyInChild {
    public static void main(String[] args) {
      Checkpoint checkpoint = JsonLinesLedgerStore.readCheckpoint(Path.of(args[1]), JSON);
      try (JsonLinesLedgerStore store = JsonLinesLedgerStore.openReadOnly(Path.of(args[0]), JSON);
          Stream<LedgerEntry> entries = store.entries()) {
        System.out.print(store.size() + " entries counted\n");
        LedgerVerification result = LedgerVerifier.verify(entries::iterator, checkpoint);
        System.out.print(
            result.problem()
                + " at "
                + result.firstBadSequence()
                + ", "
                + result.reason().rule()
                + "\n"
                + result.message(Locale.ENGLISH)
                + "\n"
                + result.message(Locale.FRENCH)
                + "\n");
      }
    }
  }

  @Test
  void issue16_thePerLineLimit_isChosenWhenOpening_andAppendsStayWithinIt() throws Exception {
    Path file = dir.resolve("ledger.jsonl");
    write(file, 2);
    byte[] before = Files.readAllBytes(file);
    try (JsonLinesLedgerStore store =
        JsonLinesLedgerStore.open(
            file, JsonLinesLedgerStore.Durability.SYNC_EACH_APPEND, JSON, 300)) {
      Ledger ledger = Ledger.open(store, register(), CLOCK);
      assertThatThrownBy(() -> ledger.append(event(2, "x".repeat(400))))
          .isInstanceOf(InvalidInputException.class)
          .hasFieldOrPropertyWithValue("rule", "ledger.lineTooLong")
          .hasMessageContaining("longer than the per-line limit of 300 bytes");
      assertThat(ledger.size()).isEqualTo(2);
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    try (JsonLinesLedgerStore store = JsonLinesLedgerStore.openReadOnly(file, JSON, 256);
        Stream<LedgerEntry> entries = store.entries()) {
      LedgerVerification small = LedgerVerifier.verify(entries::iterator);
      assertThat(small.reason().rule()).isEqualTo("json.ledger.lineTooLong");
      assertThat(small.firstBadSequence()).isEqualTo(1);
    }
    assertThatThrownBy(() -> JsonLinesLedgerStore.openReadOnly(file, JSON, 255))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`maxLineBytes`: the per-line limit must be at least 256 bytes, not 255");
  }

  @Test
  void issue16_openNeverReplaysAModifiedEntry() throws Exception {
    Path file = dir.resolve("ledger.jsonl");
    write(file, 4);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, text.replace("ligne 2", "ligne 9"), StandardCharsets.UTF_8);
    try (JsonLinesLedgerStore store =
        JsonLinesLedgerStore.open(file, JsonLinesLedgerStore.Durability.SYNC_EACH_APPEND, JSON)) {
      assertThatThrownBy(() -> Ledger.open(store, register(), CLOCK))
          .isInstanceOf(InvalidInputException.class)
          .hasFieldOrPropertyWithValue("rule", "ledger.problem.HASH_MISMATCH")
          .hasMessage("The ledger breaks at sequence 3: the entry was modified");
    }
  }

  @Test
  void issue16_readOnly_neverCreatesNorWrites() throws Exception {
    Path missing = dir.resolve("missing.jsonl");
    assertThatThrownBy(() -> JsonLinesLedgerStore.openReadOnly(missing, JSON))
        .isInstanceOf(JsonReadException.class)
        .hasMessage("`/`: the ledger file does not exist");
    assertThat(missing).doesNotExist();

    Path empty = Files.createFile(dir.resolve("empty.jsonl"));
    assertThatThrownBy(() -> JsonLinesLedgerStore.openReadOnly(empty, JSON))
        .isInstanceOf(JsonReadException.class)
        .hasMessage("`/`: the ledger file is empty: it has not even its header line");
    assertThat(empty).isEmptyFile();

    Path file = dir.resolve("ledger.jsonl");
    write(file, 2);
    Files.writeString(file, "{\"sequence\":3", java.nio.file.StandardOpenOption.APPEND);
    byte[] before = Files.readAllBytes(file);
    try (JsonLinesLedgerStore store = JsonLinesLedgerStore.openReadOnly(file, JSON)) {
      assertThat(store.isReadOnly()).isTrue();
      assertThat(store.tornTail()).isEqualTo(new JsonLinesLedgerStore.TornTail(4, 13));
      LedgerEntry first;
      try (Stream<LedgerEntry> entries = store.entries()) {
        first = entries.findFirst().orElseThrow();
      }
      assertThatThrownBy(() -> store.append(first))
          .isInstanceOf(ConflictException.class)
          .hasMessage("`file`: the ledger was opened read-only; nothing can be appended");
      assertThatThrownBy(store::setTornTailAside).isInstanceOf(ConflictException.class);
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(dir.resolve("ledger.jsonl.torn")).doesNotExist();
  }
}
