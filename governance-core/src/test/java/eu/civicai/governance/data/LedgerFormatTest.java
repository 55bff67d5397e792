package eu.civicai.governance.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The test vectors of docs/ledger-format.md, read from the document itself (issue 18). Their bytes
 * and hashes were computed by a separate implementation of the written specification (a short
 * Python script), not by this library, so a change of the encoding that the document does not
 * follow fails here, and so does a change of the document the code does not follow.
 */
class LedgerFormatTest {
  /**
   * The vectors as docs/ledger-format.md publishes them, read from it: doc and test cannot part.
   */
  private static final List<String[]> DOCUMENTED = documentedVectors();

  static final String BYTES_1 = DOCUMENTED.get(0)[0];
  static final String HASH_1 = DOCUMENTED.get(0)[1];
  static final String BYTES_2 = DOCUMENTED.get(1)[0];
  static final String HASH_2 = DOCUMENTED.get(1)[1];
  static final String BYTES_3 = DOCUMENTED.get(2)[0];
  static final String HASH_3 = DOCUMENTED.get(2)[1];

  private static List<String[]> documentedVectors() {
    try {
      String doc = Files.readString(Path.of("../docs/ledger-format.md")).replace("\r\n", "\n");
      Matcher m =
          Pattern.compile("```\\nbytes ([0-9a-f]+)\\nhash  ([0-9a-f]{64})\\n```")
              .matcher(doc.substring(doc.indexOf("## Test vectors")));
      List<String[]> vectors = new ArrayList<>();
      while (m.find()) {
        vectors.add(new String[] {m.group(1), m.group(2)});
      }
      return vectors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void documentedVectors_areTheThreeEntries_andTheCheckpointTheSecondHash() throws IOException {
    assertThat(DOCUMENTED).hasSize(3);
    assertThat(Files.readString(Path.of("../docs/ledger-format.md")))
        .contains("has the checkpoint `(2, " + HASH_2 + ")`");
  }

  static final LifecycleEvent EVENT_1 =
      LifecycleEvent.collected(DatasetId.of("compteurs"))
          .at(Instant.parse("2025-01-10T08:00:00Z"))
          .by("service de l'eau")
          .note("télérelève")
          .build();
  static final LifecycleEvent EVENT_2 =
      LifecycleEvent.usedForInference(
              DatasetId.of("compteurs"), UsageId.of("fuites"), "détection de fuites")
          .at(Instant.parse("2025-01-11T08:00:00.5Z"))
          .by("dsi")
          .build();
  static final LifecycleEvent EVENT_3 =
      LifecycleEvent.derived(
              DatasetId.of("indicateurs"), DatasetId.of("compteurs"), DatasetId.of("meteo"))
          .at(Instant.parse("2025-01-12T00:00:00Z"))
          .by("dsi")
          .build();

  @Test
  void canonicalBytesAndHashes_matchTheDocumentedVectors() {
    HexFormat hex = HexFormat.of();
    assertThat(hex.formatHex(LedgerFormat.canonicalBytes(1, EVENT_1))).isEqualTo(BYTES_1);
    assertThat(hex.formatHex(LedgerFormat.canonicalBytes(2, EVENT_2))).isEqualTo(BYTES_2);
    assertThat(hex.formatHex(LedgerFormat.canonicalBytes(3, EVENT_3))).isEqualTo(BYTES_3);
    assertThat(LedgerFormat.hash(LedgerFormat.GENESIS_HASH, 1, EVENT_1)).isEqualTo(HASH_1);
    assertThat(LedgerFormat.hash(HASH_1, 2, EVENT_2)).isEqualTo(HASH_2);
    assertThat(LedgerFormat.hash(HASH_2, 3, EVENT_3)).isEqualTo(HASH_3);
  }

  @Test
  void aLedger_producesTheVectorChain() {
    LedgerFixture fixture = new LedgerFixture(LedgerFixture.fixed("2025-12-31T00:00:00Z"));
    Ledger fresh = Ledger.inMemory(fixture.register, LedgerFixture.fixed("2025-12-31T00:00:00Z"));

    fresh.append(EVENT_1);
    fresh.append(EVENT_2);

    assertThat(fresh.checkpoint()).isEqualTo(new Checkpoint(2, HASH_2));
  }

  @Test
  void instant_alwaysHasNineFractionDigits() {
    assertThat(LedgerFormat.formatInstant(Instant.parse("2025-01-10T08:00:00Z")))
        .isEqualTo("2025-01-10T08:00:00.000000000Z");
    assertThat(LedgerFormat.formatInstant(Instant.parse("0001-01-01T00:00:00.000000001Z")))
        .isEqualTo("0001-01-01T00:00:00.000000001Z");
  }

  @Test
  void checkpoint_badHash_isRejected() {
    assertThatThrownBy(() -> new Checkpoint(1, "ABC"))
        .hasMessage("`headHash` must be 64 lower-case hexadecimal digits, but was 'ABC'");
  }

  @Tag("slow") // left out of mutation testing: see governance-core/pom.xml
  @Test
  void hashFormat_acceptsExactlyLowerCaseHex_forEveryCharacter() {
    // Every UTF-16 unit, at the first, a middle and the last position: the check copies the text
    // to bytes, so a character whose low byte is a hex digit (U+0130, U+0661...) must still fail.
    String valid = HASH_1;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
      for (int at : new int[] {0, 31, 63}) {
        String candidate = valid.substring(0, at) + c + valid.substring(at + 1);
        boolean accepted = acceptsHash(candidate);
        if (accepted != hex) {
          throw new AssertionError(
              "char U+%04X at %d: accepted=%s".formatted((int) c, at, accepted));
        }
      }
    }
    assertThat(acceptsHash(valid)).isTrue();
    assertThat(acceptsHash(valid.substring(1))).isFalse();
    assertThat(acceptsHash(valid + "0")).isFalse();
    assertThatThrownBy(() -> ChainHasher.requireHash("hash", null)).hasMessageContaining("`hash`");
  }

  /**
   * An append checks one hash instead of two because the format remembers the last hash it found
   * well-formed, shared by threads without a lock: whatever the interleaving, a malformed hash or
   * null checked between or after well-formed ones is refused.
   */
  @Tag("slow") // left out of mutation testing: see governance-core/pom.xml
  @Test
  void hashFormat_isCheckedForEveryOtherHash_whileThreadsShareTheLastOneChecked() throws Exception {
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long seed = 20261129L + t;
        results.add(
            pool.submit(
                () -> {
                  Random random = new Random(seed);
                  int refused = 0;
                  for (int i = 0; i < 20_000; i++) {
                    byte[] raw = new byte[32];
                    random.nextBytes(raw);
                    String good = HexFormat.of().formatHex(raw);
                    assertThat(acceptsHash(good)).isTrue();
                    assertThat(acceptsHash(good)).isTrue(); // the same one again
                    String bad = good.substring(0, 63) + "G";
                    assertThat(acceptsHash(bad)).isFalse();
                    assertThat(acceptsHash(bad)).as("refused again").isFalse();
                    assertThatThrownBy(() -> ChainHasher.requireHash("hash", null))
                        .isInstanceOf(InvalidInputException.class);
                    refused++;
                  }
                  return refused;
                }));
      }
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(20_000);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Issue 18: the check of the slow test above, cheap enough for mutation testing: every character
   * of Latin-1 and its neighbours, and characters whose low byte is a hex digit, at every one of
   * the 64 positions (the check reads the text eight characters at a time), through the public
   * entry points that take a hash.
   */
  @Test
  void hashFormat_acceptsExactlyLowerCaseHex_atEveryPosition() {
    List<Character> characters = new ArrayList<>();
    for (char c = 0; c < 0x180; c++) {
      characters.add(c);
    }
    for (char c :
        new char[] {'\u0130', '\u0230', '\u0661', '\u3030', '\uFF10', '\uFF41', '\uFFFF'}) {
      characters.add(c);
    }
    byte[] bytes = LedgerFormat.canonicalBytes(1, EVENT_1);
    for (int at = 0; at < 64; at++) {
      for (char c : characters) {
        boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        String candidate = HASH_1.substring(0, at) + c + HASH_1.substring(at + 1);
        boolean accepted;
        try {
          LedgerFormat.hash(candidate, bytes);
          accepted = true;
        } catch (InvalidInputException e) {
          assertThat(e.field()).isEqualTo("previousHash");
          assertThat(e.rule()).isEqualTo("hash.format");
          accepted = false;
        }
        if (accepted != hex) {
          throw new AssertionError(
              "char U+%04X at %d: accepted=%s".formatted((int) c, at, accepted));
        }
      }
    }
    for (String wrongLength :
        new String[] {"", HASH_1.substring(1), HASH_1 + "0", HASH_1 + HASH_1}) {
      assertThatThrownBy(() -> new Checkpoint(1, wrongLength))
          .isInstanceOf(InvalidInputException.class)
          .hasFieldOrPropertyWithValue("rule", "hash.format");
    }
    assertThatThrownBy(() -> LedgerFormat.hash(null, bytes))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("field", "previousHash")
        .hasFieldOrPropertyWithValue("rule", "notNull");
    assertThatThrownBy(
            () -> LedgerFormat.hash(HASH_1.toUpperCase(java.util.Locale.ROOT), 2, EVENT_2))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("rule", "hash.format");
    assertThat(LedgerFormat.hash(HASH_1, bytes)).isEqualTo(LedgerFormat.hash(HASH_1, 1, EVENT_1));
  }

  private static boolean acceptsHash(String candidate) {
    try {
      ChainHasher.requireHash("hash", candidate);
      return true;
    } catch (InvalidInputException e) {
      assertThat(e.field()).isEqualTo("hash");
      assertThat(e.rule()).isEqualTo("hash.format");
      return false;
    }
  }

  @Test
  void loneSurrogate_isRejected_becauseItHasNoUtf8Encoding() {
    // Refused by the builder now (issue 16), before the ledger's encoder would refuse it.
    assertThatThrownBy(
            () -> LifecycleEvent.collected(DatasetId.of("a")).by("dsi").note("x\uD800y").build())
        .hasMessage(
            "`note` must be well-formed Unicode, but holds a lone surrogate at character 2");
  }
}
