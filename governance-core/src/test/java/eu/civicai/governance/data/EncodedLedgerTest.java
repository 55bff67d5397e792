package eu.civicai.governance.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.data.LedgerVerification.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Period;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a store keeps each entry's canonical bytes and verifies them as they are ({@link
 * LedgerVerifier#encodedChain}), and reads entries back from them ({@link LedgerFormat#entry}).
 * {@link LedgerTamperingTest} checks that the encoded chain finds every tampering where the
 * verifier does; this class checks the bytes themselves.
 */
class EncodedLedgerTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final Clock CLOCK = LedgerFixture.fixed("2030-01-01T00:00:00Z");

  /** Verifies entries through the encoded chain, as a store holding their bytes does. */
  static LedgerVerification verifyEncoded(List<LedgerEntry> entries, Checkpoint checkpoint) {
    LedgerVerifier.EncodedChain chain = LedgerVerifier.encodedChain(checkpoint);
    for (LedgerEntry e : entries) {
      if (e == null) {
        chain.next(0, null, null, null);
      } else if (!chain.next(
          e.sequence(),
          e.previousHash(),
          e.hash(),
          LedgerFormat.canonicalBytes(e.sequence(), e.event()))) {
        break;
      }
    }
    return chain.result();
  }

  @Test
  void entry_readsTheDocumentedVectorsBack() {
    assertThat(
            LedgerFormat.entry(
                HEX.parseHex(LedgerFormatTest.BYTES_1),
                LedgerFormat.GENESIS_HASH,
                LedgerFormatTest.HASH_1))
        .isEqualTo(
            new LedgerEntry(
                1, LedgerFormatTest.EVENT_1, LedgerFormat.GENESIS_HASH, LedgerFormatTest.HASH_1));
    assertThat(
            LedgerFormat.entry(
                    HEX.parseHex(LedgerFormatTest.BYTES_3),
                    LedgerFormatTest.HASH_2,
                    LedgerFormatTest.HASH_3)
                .event())
        .isEqualTo(LedgerFormatTest.EVENT_3);
  }

  @Tag("slow") // left out of mutation testing: see governance-core/pom.xml
  @Test
  void entry_givesBackEveryEntryOfRandomLedgers_andTheChainVerifies() {
    entriesReadBack(40, 300);
  }

  /** Issue 18: the same on short ledgers, run by mutation testing for every mutant. */
  @Test
  void entry_givesBackEveryEntryOfShortRandomLedgers() {
    entriesReadBack(8, 12);
  }

  private static void entriesReadBack(int ledgers, int maxSize) {
    Random random = new Random(20261202L);
    LedgerFixture fixture = new LedgerFixture(CLOCK);
    for (int i = 0; i < ledgers; i++) {
      Ledger ledger =
          LedgerTamperingTest.randomLedger(fixture, random, 1 + random.nextInt(maxSize));
      if (i % 2 == 0) {
        // The kinds random ledgers lack: an extension with its reason, a hold.
        ledger.append(
            LifecycleEvent.collected(LedgerFixture.METERS)
                .at(CLOCK.instant().minusSeconds(40))
                .by("dsi"));
        ledger.append(
            LifecycleEvent.retentionExtended(
                    LedgerFixture.METERS, Period.ofMonths(18), "contentieux en cours")
                .at(CLOCK.instant().minusSeconds(30))
                .by("dpo"));
        ledger.append(
            LifecycleEvent.holdPlaced(LedgerFixture.METERS, "TA-2029-17")
                .at(CLOCK.instant().minusSeconds(20))
                .by("juriste"));
      }
      for (LedgerEntry e : ledger.entries()) {
        byte[] bytes = LedgerFormat.canonicalBytes(e.sequence(), e.event());
        assertThat(LedgerFormat.entry(bytes, e.previousHash(), e.hash())).isEqualTo(e);
      }
      assertThat(verifyEncoded(ledger.entries(), ledger.checkpoint()))
          .isEqualTo(LedgerVerification.ok(ledger.size()));
    }
  }

  @Test
  void encodedHead_ofIntactBytes_isTheLedgersHead_andAnyChangedByteMovesIt() {
    Random random = new Random(41);
    LedgerFixture fixture = new LedgerFixture(CLOCK);
    for (int i = 0; i < 40; i++) {
      Ledger ledger = LedgerTamperingTest.randomLedger(fixture, random, 1 + random.nextInt(60));
      List<byte[]> bytes = new java.util.ArrayList<>();
      for (LedgerEntry e : ledger.entries()) {
        bytes.add(LedgerFormat.canonicalBytes(e.sequence(), e.event()));
      }
      Checkpoint head = ledger.checkpoint();
      assertThat(LedgerVerifier.encodedHead(bytes.iterator(), null)).isEqualTo(head);
      assertThat(LedgerVerifier.encodedHead(bytes.iterator(), head)).isEqualTo(head);

      // One byte after the framing changed, anywhere: the computed head is another.
      int k = random.nextInt(bytes.size());
      byte[] original = bytes.get(k);
      byte[] changed = original.clone();
      int at = original.length - 1 - random.nextInt(Math.max(1, original.length / 2));
      changed[at] ^= 0x01;
      bytes.set(k, changed);
      Checkpoint moved = LedgerVerifier.encodedHead(bytes.iterator(), null);
      if (moved != null) { // null when the change broke the framing itself
        assertThat(moved.count()).isEqualTo(head.count());
        assertThat(moved.headHash()).isNotEqualTo(head.headHash());
      }
      assertThat(LedgerVerifier.encodedHead(bytes.iterator(), head)).isNull();
      bytes.set(k, original);

      // Absent, moved or missing bytes, and a checkpoint beyond the end or hashing otherwise.
      if (bytes.size() > 1) {
        List<byte[]> swapped = new java.util.ArrayList<>(bytes);
        java.util.Collections.swap(swapped, 0, 1);
        assertThat(LedgerVerifier.encodedHead(swapped.iterator(), null)).isNull();
        assertThat(LedgerVerifier.encodedHead(bytes.subList(1, bytes.size()).iterator(), null))
            .isNull();
      }
      List<byte[]> absent = new java.util.ArrayList<>(bytes);
      absent.set(k, null);
      assertThat(LedgerVerifier.encodedHead(absent.iterator(), null)).isNull();
      assertThat(
              LedgerVerifier.encodedHead(
                  bytes.iterator(), new Checkpoint(head.count() + 1, head.headHash())))
          .isNull();
      assertThat(
              LedgerVerifier.encodedHead(
                  bytes.iterator(), new Checkpoint(head.count(), "a".repeat(64))))
          .isNull();
    }
    assertThat(LedgerVerifier.encodedHead(List.<byte[]>of().iterator(), null))
        .isEqualTo(new Checkpoint(0, LedgerFormat.GENESIS_HASH));
    assertThat(
            LedgerVerifier.encodedHead(
                List.<byte[]>of().iterator(), new Checkpoint(0, "b".repeat(64))))
        .isNull();
  }

  @Test
  void malformedBytes_areUnreadable_andRefusedWhenRead() {
    byte[] good = HEX.parseHex(LedgerFormatTest.BYTES_1);
    byte[] shorter = Arrays.copyOf(good, good.length - 1);
    byte[] longer = Arrays.copyOf(good, good.length + 1);
    byte[] otherTag = good.clone();
    otherTag[4 + 15] = '2'; // civicai-ledger/2
    byte[] leadingZero = replace(good, "00000001", "00000002", "1", "01");
    for (byte[] bad : List.of(shorter, longer, otherTag, leadingZero, new byte[0])) {
      LedgerVerifier.EncodedChain chain = LedgerVerifier.encodedChain(null);
      assertThat(chain.next(1, LedgerFormat.GENESIS_HASH, LedgerFormatTest.HASH_1, bad)).isFalse();
      LedgerVerification outcome = chain.result();
      assertThat(outcome.problem()).isEqualTo(Problem.UNREADABLE);
      assertThat(outcome.firstBadSequence()).isEqualTo(1);
      assertThat(outcome.reason().rule()).isEqualTo("ledger.bytes");
      assertThatThrownBy(
              () -> LedgerFormat.entry(bad, LedgerFormat.GENESIS_HASH, LedgerFormatTest.HASH_1))
          .isInstanceOf(InvalidInputException.class)
          .hasFieldOrPropertyWithValue("rule", "ledger.bytes")
          .hasFieldOrPropertyWithValue("field", "canonicalBytes");
    }
    GovernanceException e =
        (GovernanceException)
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    LedgerFormat.entry(
                        shorter, LedgerFormat.GENESIS_HASH, LedgerFormat.GENESIS_HASH));
    assertThat(e.message(Locale.ENGLISH))
        .isEqualTo(
            "`canonicalBytes`: the canonical bytes of the entry are malformed (framing): not one"
                + " ledger entry in format version 1");
    assertThat(e.message(Locale.FRENCH))
        .isEqualTo(
            "`canonicalBytes` : les octets canoniques de l'entrée sont mal formés (framing) : ce"
                + " n'est pas une entrée du journal au format version 1");

    LedgerVerifier.EncodedChain missing = LedgerVerifier.encodedChain(null);
    assertThat(missing.next(1, LedgerFormat.GENESIS_HASH, LedgerFormatTest.HASH_1, null)).isFalse();
    assertThat(missing.result().problem()).isEqualTo(Problem.UNREADABLE);
    assertThat(missing.result().reason().english()).contains("(absent)");
  }

  @Test
  void bytesOfAnotherPosition_areAModifiedEntry() {
    LedgerVerifier.EncodedChain chain = LedgerVerifier.encodedChain(null);
    // Entry 2's bytes stored at position 1, with the hash they were given at position 2.
    assertThat(
            chain.next(
                1,
                LedgerFormat.GENESIS_HASH,
                LedgerFormatTest.HASH_2,
                HEX.parseHex(LedgerFormatTest.BYTES_2)))
        .isFalse();
    assertThat(chain.result()).isEqualTo(LedgerVerification.bad(1, 1, Problem.HASH_MISMATCH));
    // And later rows change nothing once the chain broke.
    assertThat(chain.next(2, LedgerFormatTest.HASH_1, LedgerFormatTest.HASH_2, new byte[0]))
        .isFalse();
    assertThat(chain.result()).isEqualTo(LedgerVerification.bad(1, 1, Problem.HASH_MISMATCH));
  }

  @Test
  void hashedBytesOfAnUnknownKind_chainHolds_butTheEntryIsRefusedWhenRead() {
    byte[] forged =
        replace(
            HEX.parseHex(LedgerFormatTest.BYTES_1),
            "00000009" + hex("COLLECTED"),
            "00000009" + hex("COLLECTEE"),
            null,
            null);
    String hash = LedgerFormat.hash(LedgerFormat.GENESIS_HASH, forged);
    LedgerVerifier.EncodedChain chain = LedgerVerifier.encodedChain(null);
    assertThat(chain.next(1, LedgerFormat.GENESIS_HASH, hash, forged)).isTrue();
    assertThat(chain.result()).isEqualTo(LedgerVerification.ok(1));
    assertThatThrownBy(() -> LedgerFormat.entry(forged, LedgerFormat.GENESIS_HASH, hash))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("rule", "ledger.bytes")
        .hasMessageContaining("(kind)");
  }

  @Test
  void aShortLedger_isTruncatedAgainstItsCheckpoint() {
    Ledger ledger = LedgerTamperingTest.randomLedger(new LedgerFixture(CLOCK), new Random(3), 5);
    List<LedgerEntry> entries = ledger.entries();
    assertThat(verifyEncoded(entries.subList(0, 3), ledger.checkpoint()))
        .isEqualTo(LedgerVerifier.verify(entries.subList(0, 3), ledger.checkpoint()))
        .isEqualTo(LedgerVerification.bad(3, 4, Problem.TRUNCATED));
  }

  private static String hex(String ascii) {
    return HEX.formatHex(ascii.getBytes(StandardCharsets.US_ASCII));
  }

  /** Replaces a hex run once; with a digit pair, also the sequence digits that follow it. */
  private static byte[] replace(byte[] bytes, String from, String to, String digits, String by) {
    String text = HEX.formatHex(bytes);
    if (digits != null) {
      from = from + hex(digits);
      to = to + hex(by);
    }
    assertThat(text).contains(from);
    return HEX.parseHex(text.replaceFirst(from, to));
  }
}
