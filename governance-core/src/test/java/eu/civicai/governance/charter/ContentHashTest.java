package eu.civicai.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.Visibility;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Part;
import eu.civicai.governance.usage.Samples;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The content hash reports carry: equal content, equal hash; any change, another hash. */
class ContentHashTest {

  @Test
  void equalContent_inOtherInstances_givesTheSameHash() {
    AiUsage usage = Samples.fullUsage();
    AiUsage copy = usage.toBuilder().build();

    assertThat(copy).isNotSameAs(usage).isEqualTo(usage);
    assertThat(CharterEvaluator.contentHash(copy, null))
        .isEqualTo(CharterEvaluator.contentHash(usage, null))
        .hasSize(64)
        .matches("[0-9a-f]{64}");
  }

  @Test
  void aChangeDeepInTheRecord_changesTheHash() {
    AiUsage usage = Samples.fullUsage();
    String before = CharterEvaluator.contentHash(usage, null);

    AiUsage notPublished =
        usage.toBuilder()
            .transparency(usage.transparency().toBuilder().published(false).build())
            .build();
    AiUsage otherName = usage.toBuilder().name(usage.name() + " ").build();

    assertThat(CharterEvaluator.contentHash(notPublished, null)).isNotEqualTo(before);
    assertThat(CharterEvaluator.contentHash(otherName, null)).isNotEqualTo(before);
    assertThat(CharterEvaluator.contentHash(usage, List.of())).isNotEqualTo(before);
  }

  @Test
  void mapsHash_inKeyOrder_whateverTheirInsertionOrder() {
    AiUsage usage = Samples.fullUsage();
    Map<Part, Visibility> forward = new LinkedHashMap<>();
    forward.put(Part.GOVERNANCE, Visibility.PUBLIC);
    forward.put(Part.FOOTPRINT, Visibility.RESTRICTED);
    Map<Part, Visibility> backward = new LinkedHashMap<>();
    backward.put(Part.FOOTPRINT, Visibility.RESTRICTED);
    backward.put(Part.GOVERNANCE, Visibility.PUBLIC);

    assertThat(hashWithVisibility(usage, forward))
        .isEqualTo(hashWithVisibility(usage, backward))
        .isEqualTo(hashWithVisibility(usage, new TreeMap<>(backward)))
        .isNotEqualTo(hashWithVisibility(usage, Map.of(Part.GOVERNANCE, Visibility.PUBLIC)));
  }

  @Test
  void text_isEncodedAsUtf8_likeTheJdk_overSeededRandomStrings() throws Exception {
    Random random = new Random(29112026);
    String alphabet = "aé€東\uD83D\uDCA7\uD800\uDC00z ";
    for (int i = 0; i < 2_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8); // lone surrogates become '?', as here
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((byte) 1); // the text tag
      sha.update(ByteBuffer.allocate(4).putInt(utf8.length).array());
      sha.update(utf8);

      assertThat(ContentHasher.get().hash(s))
          .as("text %s", s)
          .isEqualTo(HexFormat.of().formatHex(sha.digest()));
    }
  }

  @Test
  void nullUsage_isRejected_namingTheField() {
    assertThatThrownBy(() -> CharterEvaluator.contentHash(null, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("usage");
  }

  @Test
  void aReportsHash_computedWhenRead_equalsTheHashOfTheUsage_andIsSharedByItsReports() {
    AiUsage usage = Samples.fullUsage();
    CharterEvaluator evaluator =
        CharterEvaluator.of(eu.civicai.governance.charters.BuiltInCharters.all());
    List<EvaluationReport> reports =
        evaluator.evaluate(
            usage,
            EvaluationContext.of(
                java.time.Clock.fixed(
                    java.time.Instant.parse("2026-11-29T00:00:00Z"), java.time.ZoneOffset.UTC),
                java.util.Locale.FRENCH));

    // No register in the context: the usage's dataset references resolve to nothing.
    String expected =
        CharterEvaluator.contentHash(usage, usage.dataUse() == null ? null : List.of());
    assertThat(usage.dataUse()).isNotNull();
    assertThat(reports).hasSizeGreaterThan(1);
    assertThat(reports)
        .allSatisfy(r -> assertThat(r.contentHash()).isSameAs(reports.get(0).contentHash()));
    assertThat(reports.get(0).contentHash().hex()).isEqualTo(expected);
    assertThat(reports.get(0).contentHash())
        .isEqualTo(ContentHash.of(expected))
        .hasToString(expected);
  }

  @Test
  void aStoredHash_mustBe64LowerCaseHexDigits() {
    String valid = "0123456789abcdef".repeat(4);
    assertThat(ContentHash.of(valid).hex()).isEqualTo(valid);
    assertThatThrownBy(() -> ContentHash.of(valid.toUpperCase(java.util.Locale.ROOT)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "`contentHash` must be 64 lower-case hexadecimal digits, but was '"
                + valid.toUpperCase(java.util.Locale.ROOT)
                + "'");
    assertThatThrownBy(() -> ContentHash.of(valid.substring(1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ContentHash.of(null)).isInstanceOf(InvalidInputException.class);
  }

  private static String hashWithVisibility(AiUsage usage, Map<Part, Visibility> visibility) {
    return CharterEvaluator.contentHash(
        usage.toBuilder()
            .transparency(usage.transparency().toBuilder().visibility(visibility).build())
            .build(),
        null);
  }
}
