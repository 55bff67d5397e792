package eu.civicai.governance.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.data.LedgerVerification.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: verification from stored canonical bytes and from entries tells an entry that cannot be
 * read (bytes not framed as {@code docs/ledger-format.md} says) from one that was changed, at the
 * right position, and agrees with itself at every position and for every outcome.
 */
class Issue18StoredBytesTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final Clock CLOCK = LedgerFixture.fixed("2030-01-01T00:00:00Z");

  /** An entry with two sources, at position 1. */
  private static final byte[] GOOD = LedgerFormat.canonicalBytes(1, LedgerFormatTest.EVENT_3);

  private static final byte[] NO_SOURCE = HEX.parseHex(LedgerFormatTest.BYTES_1);

  /** The fields of canonical bytes, read as the document describes them, for the cases below. */
  private record Field(int at, int length) {}

  private static List<Field> fields(byte[] b) {
    List<Field> fields = new ArrayList<>();
    ByteBuffer in = ByteBuffer.wrap(b);
    for (int k = 0; k < 16; k++) {
      if (k == 7) { // the sources: a count, then each a text
        int start = in.position();
        int count = in.getInt();
        for (int i = 0; i < count; i++) {
          in.position(in.position() + 4 + in.getInt(in.position()));
        }
        fields.add(new Field(start, in.position() - start));
        continue;
      }
      int start = in.position();
      int length = in.getInt();
      in.position(in.position() + (length == -1 ? 0 : length));
      fields.add(new Field(start, in.position() - start));
    }
    assertThat(in.remaining()).isZero();
    return fields;
  }

  private static byte[] withField(byte[] b, int k, byte[] replacement) {
    Field f = fields(b).get(k);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(b, 0, f.at());
    out.writeBytes(replacement);
    out.write(b, f.at() + f.length(), b.length - f.at() - f.length());
    return out.toByteArray();
  }

  private static byte[] text(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(4 + utf8.length).putInt(utf8.length).put(utf8).array();
  }

  private static byte[] int32(int value) {
    return ByteBuffer.allocate(4).putInt(value).array();
  }

  /** What a store verifying its rows finds for one row at position 1. */
  private static LedgerVerification storedAtOne(byte[] bytes) {
    LedgerVerifier.EncodedChain chain = LedgerVerifier.encodedChain(null);
    chain.next(
        1, LedgerFormat.GENESIS_HASH, LedgerFormat.hash(LedgerFormat.GENESIS_HASH, bytes), bytes);
    return chain.result();
  }

  private static void assertNotFramed(byte[] bytes, String what) {
    LedgerVerification outcome = storedAtOne(bytes);
    assertThat(outcome.problem()).as(what).isEqualTo(Problem.UNREADABLE);
    assertThat(outcome.reason().english()).as(what).contains("(framing)");
    assertThatThrownBy(
            () -> LedgerFormat.entry(bytes, LedgerFormat.GENESIS_HASH, LedgerFormatTest.HASH_1))
        .as(what)
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("rule", "ledger.bytes")
        .hasMessageContaining("(framing)");
  }

  @Test
  void everyPrefixAndEveryExtension_ofAnEntry_isNotFramed() {
    for (byte[] good : List.of(GOOD, NO_SOURCE)) {
      assertThat(storedAtOne(good).intact()).isTrue();
      for (int length = 0; length < good.length; length++) {
        assertNotFramed(Arrays.copyOf(good, length), "prefix of " + length);
      }
      for (int extra = 1; extra <= 5; extra++) {
        assertNotFramed(Arrays.copyOf(good, good.length + extra), "extended by " + extra);
      }
      byte[] absentMore = Arrays.copyOf(good, good.length + 4);
      Arrays.fill(absentMore, good.length, good.length + 4, (byte) 0xFF);
      assertNotFramed(absentMore, "an absent field more");
    }
  }

  @Test
  void sequenceField_holdsDecimalDigitsWithoutLeadingZero() {
    for (String bad :
        List.of(
            "", "01", "1a", "/", ":", "-1", "1 ", "9223372036854775808", "99999999999999999999")) {
      assertNotFramed(withField(GOOD, 1, text(bad)), "sequence '" + bad + "'");
    }
    // A count of digits past the bytes, or negative: not an entry, never an exception.
    assertNotFramed(withField(GOOD, 1, int32(100_000)), "digits past the end");
    assertNotFramed(withField(GOOD, 1, int32(-5)), "negative digit count");
    assertNotFramed(withField(GOOD, 1, int32(-1)), "absent sequence");
    // Sound digits of another position, 0 and the largest included: a changed entry, not an
    // unreadable one.
    for (String other : List.of("0", "2", "10", "9223372036854775807")) {
      byte[] bytes = withField(GOOD, 1, text(other));
      assertThat(storedAtOne(bytes))
          .as("sequence %s", other)
          .isEqualTo(LedgerVerification.bad(1, 1, Problem.HASH_MISMATCH));
    }
    byte[] largest = withField(GOOD, 1, text("9223372036854775807"));
    assertThat(
            LedgerFormat.entry(largest, LedgerFormatTest.HASH_2, LedgerFormatTest.HASH_3)
                .sequence())
        .isEqualTo(Long.MAX_VALUE);
    byte[] zero = withField(GOOD, 1, text("0"));
    assertThatThrownBy(
            () -> LedgerFormat.entry(zero, LedgerFormatTest.HASH_2, LedgerFormatTest.HASH_3))
        .hasMessageContaining("(framing)");
  }

  @Test
  void textFields_areFramedByTheirLength_andOnlyTheNoteAndTheTailMayBeAbsent() {
    byte[] absent = int32(-1);
    for (int k = 2; k <= 5; k++) { // at, dataset, kind, actor role
      assertNotFramed(withField(GOOD, k, absent), "field " + k + " absent");
    }
    for (int k = 2; k < 16; k++) {
      if (k == 7) {
        continue;
      }
      Field f = fields(GOOD).get(k);
      int length = ByteBuffer.wrap(GOOD, f.at(), 4).getInt();
      int remaining = GOOD.length - f.at() - 4;
      if (length >= 0) {
        byte[] longer = GOOD.clone();
        ByteBuffer.wrap(longer, f.at(), 4).putInt(remaining + 1);
        assertNotFramed(longer, "field " + k + " longer than the bytes");
      }
      byte[] negative = GOOD.clone();
      ByteBuffer.wrap(negative, f.at(), 4).putInt(-2);
      assertNotFramed(negative, "field " + k + " of length -2");
    }
    // The note, and each field after the sources, may be absent: framed, then hashed.
    for (int k : new int[] {6, 8, 9, 10, 11, 12, 13, 14, 15}) {
      byte[] bytes = withField(GOOD, k, absent);
      assertThat(storedAtOne(bytes).intact()).as("field %d absent", k).isTrue();
    }
    // A text may end exactly at the last byte.
    byte[] lastText = withField(GOOD, 15, text("TA-2029-17"));
    assertThat(storedAtOne(lastText).intact()).isTrue();
  }

  @Test
  void sources_areACountOfTexts() {
    assertNotFramed(withField(GOOD, 7, int32(-1)), "absent sources");
    assertNotFramed(withField(GOOD, 7, int32(Integer.MIN_VALUE)), "negative count");
    Field sources = fields(GOOD).get(7);
    byte[] more = GOOD.clone();
    ByteBuffer.wrap(more, sources.at(), 4).putInt(3); // three announced, two written
    assertNotFramed(more, "one source fewer than counted");
    byte[] fewer = GOOD.clone();
    ByteBuffer.wrap(fewer, sources.at(), 4).putInt(1); // the second source is a seventeenth field
    assertNotFramed(fewer, "one source more than counted");
    assertThat(storedAtOne(withField(GOOD, 7, int32(0))).intact()).isTrue();
    byte[] three =
        withField(
            GOOD,
            7,
            ByteBuffer.allocate(4 + 3 * 5)
                .putInt(3)
                .put(text("a"))
                .put(text("b"))
                .put(text("c"))
                .array());
    assertThat(storedAtOne(three).intact()).isTrue();
    assertThat(
            LedgerFormat.entry(three, LedgerFormat.GENESIS_HASH, LedgerFormatTest.HASH_1)
                .event()
                .sources())
        .containsExactly(DatasetId.of("a"), DatasetId.of("b"), DatasetId.of("c"));
  }

  @Test
  void aRowWhosePreviousHashIsNotTheLastHash_isAPreviousHashMismatch_inEveryVerification() {
    Ledger ledger = LedgerTamperingTest.randomLedger(new LedgerFixture(CLOCK), new Random(5), 6);
    List<LedgerEntry> entries = new ArrayList<>(ledger.entries());
    LedgerEntry third = entries.get(2);
    // Re-hashed after another previous hash: right sequence, right hash for what it names.
    String other = entries.get(0).hash();
    entries.set(
        2, new LedgerEntry(3, third.event(), other, LedgerFormat.hash(other, 3, third.event())));
    LedgerVerification expected = LedgerVerification.bad(3, 3, Problem.PREVIOUS_HASH_MISMATCH);

    assertThat(LedgerVerifier.verify(entries, ledger.checkpoint())).isEqualTo(expected);
    assertThat(LedgerVerifier.verify(entries)).isEqualTo(expected);
    assertThat(EncodedLedgerTest.verifyEncoded(entries, ledger.checkpoint())).isEqualTo(expected);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      for (int runLength : new int[] {1, 2, 3, 4, 6}) {
        assertThat(LedgerVerifier.verifyInParallel(entries, ledger.checkpoint(), pool, runLength))
            .as("runs of %d", runLength)
            .isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anEntryTheStoreCannotRead_isUnreadableWithTheStoresReason() {
    Ledger ledger = LedgerTamperingTest.randomLedger(new LedgerFixture(CLOCK), new Random(9), 5);
    List<LedgerEntry> entries = ledger.entries();
    GovernanceException broken = new InvalidInputException("entries[4]", "notNull");
    Iterable<LedgerEntry> failingAtFour =
        () ->
            new Iterator<>() {
              int next;

              @Override
              public boolean hasNext() {
                return true;
              }

              @Override
              public LedgerEntry next() {
                if (next == 3) {
                  throw broken;
                }
                return entries.get(next++);
              }
            };

    LedgerVerification outcome = LedgerVerifier.verify(failingAtFour, ledger.checkpoint());

    assertThat(outcome.intact()).isFalse();
    assertThat(outcome.entriesChecked()).isEqualTo(3);
    assertThat(outcome.firstBadSequence()).isEqualTo(4);
    assertThat(outcome.problem()).isEqualTo(Problem.UNREADABLE);
    assertThat(outcome.reason()).isEqualTo(LedgerVerification.Reason.of(broken));

    // A store verifying its rows says the same when a row cannot be read.
    LedgerVerifier.EncodedChain chain = LedgerVerifier.encodedChain(ledger.checkpoint());
    for (LedgerEntry e : entries.subList(0, 3)) {
      assertThat(
              chain.next(
                  e.sequence(),
                  e.previousHash(),
                  e.hash(),
                  LedgerFormat.canonicalBytes(e.sequence(), e.event())))
          .isTrue();
    }
    assertThat(chain.unreadable(broken)).isFalse();
    assertThat(chain.result()).isEqualTo(outcome);
    // Once broken, nothing changes the outcome.
    LedgerEntry fourth = entries.get(3);
    assertThat(
            chain.next(
                4,
                fourth.previousHash(),
                fourth.hash(),
                LedgerFormat.canonicalBytes(4, fourth.event())))
        .isFalse();
    assertThat(chain.unreadable(new InvalidInputException("other", "notNull"))).isFalse();
    assertThat(chain.result()).isEqualTo(outcome);
  }

  @Test
  void aCheckpointOfAnEmptyLedger_holdsOnlyTheGenesisHash() {
    Checkpoint empty = new Checkpoint(0, LedgerFormat.GENESIS_HASH);
    Checkpoint forged = new Checkpoint(0, LedgerFormatTest.HASH_1);
    assertThat(LedgerVerifier.verify(List.of(), empty)).isEqualTo(LedgerVerification.ok(0));
    assertThat(LedgerVerifier.verify(List.of(), forged))
        .isEqualTo(LedgerVerification.bad(0, 1, Problem.CHECKPOINT_MISMATCH));
    assertThat(LedgerVerifier.encodedChain(forged).result())
        .isEqualTo(LedgerVerification.bad(0, 1, Problem.CHECKPOINT_MISMATCH));
    assertThat(LedgerVerifier.encodedChain(empty).result()).isEqualTo(LedgerVerification.ok(0));
    assertThat(LedgerVerifier.encodedChain(null).result()).isEqualTo(LedgerVerification.ok(0));

    Ledger ledger = LedgerTamperingTest.randomLedger(new LedgerFixture(CLOCK), new Random(2), 3);
    assertThat(LedgerVerifier.verify(ledger.entries(), empty)).isEqualTo(LedgerVerification.ok(3));
    assertThat(EncodedLedgerTest.verifyEncoded(ledger.entries(), empty))
        .isEqualTo(LedgerVerification.ok(3));
  }

  @Test
  void entriesOfAnySize_verifyFromTheirBytes() {
    // Notes from a few bytes to four kilobytes: the chain's buffer grows as entries do.
    Ledger ledger = Ledger.inMemory(new LedgerFixture(CLOCK).register, CLOCK);
    Instant at = Instant.parse("2025-01-01T00:00:00Z");
    for (int size : new int[] {1, 300, 1_000, 1, 600, 1_000, 5}) { // characters of 4 UTF-8 bytes
      ledger.append(
          LifecycleEvent.collected(LedgerFixture.METERS)
              .at(at = at.plusSeconds(60))
              .by("dsi")
              .note("😀".repeat(size)));
    }
    assertThat(EncodedLedgerTest.verifyEncoded(ledger.entries(), ledger.checkpoint()))
        .isEqualTo(LedgerVerification.ok(7));
    List<LedgerEntry> changed = new ArrayList<>(ledger.entries());
    LedgerEntry big = changed.get(5);
    changed.set(
        5,
        new LedgerEntry(
            6,
            LifecycleEvent.collected(LedgerFixture.METERS)
                .at(big.event().at())
                .by("dsi")
                .note("😃" + "😀".repeat(999))
                .build(),
            big.previousHash(),
            big.hash()));
    assertThat(EncodedLedgerTest.verifyEncoded(changed, ledger.checkpoint()))
        .isEqualTo(LedgerVerification.bad(6, 6, Problem.HASH_MISMATCH));
  }

  @Test
  void anEventWithoutItsInstant_hasNoCanonicalBytes() {
    LifecycleEvent timeless = LifecycleEvent.collected(LedgerFixture.METERS).by("dsi").build();
    assertThat(timeless.at()).isNull();
    assertThatThrownBy(() -> LedgerFormat.canonicalBytes(1, timeless))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("field", "event.at");
    assertThatThrownBy(() -> LedgerFormat.hash(LedgerFormat.GENESIS_HASH, 1, timeless))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("field", "event.at");
    assertThatThrownBy(() -> LedgerFormat.canonicalBytes(1, null))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("field", "event.at");
  }
}
