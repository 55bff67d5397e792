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

  private static String hashWithVisibility(AiUsage usage, Map<Part, Visibility> visibility) {
    return CharterEvaluator.contentHash(
        usage.toBuilder()
            .transparency(usage.transparency().toBuilder().visibility(visibility).build())
            .build(),
        null);
  }
}
