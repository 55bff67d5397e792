package eu.civicai.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiUsage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: distinct valid usages never share a content hash. Texts are drawn, seeded, from code
 * units that collide when encoded carelessly: lone surrogates (which UTF-8 turns into {@code ?}),
 * {@code ?} itself, surrogate pairs, accents and separators. A text the builders refuse is skipped;
 * every usage built must have a hash of its own.
 */
class Issue16ContentHashPropertyTest {
  private static final char[] UNITS = {'a', 'b', 'c', '?', 'é', ' ', '-', '\n'};
  private static final char[] SURROGATES = {'\uD800', '\uDBFF', '\uDC00', '\uDFFF'};

  private static String text(Random random) {
    int length = 1 + random.nextInt(6);
    StringBuilder out = new StringBuilder("x");
    for (int i = 0; i < length; i++) {
      int draw = random.nextInt(40);
      if (draw == 0) {
        out.append(SURROGATES[random.nextInt(SURROGATES.length)]); // lone
      } else if (draw == 1) {
        out.append("\uD83D\uDE00"); // a pair: valid
      } else {
        out.append(UNITS[random.nextInt(UNITS.length)]);
      }
    }
    return out.toString();
  }

  @Tag("slow") // left out of mutation testing: see governance-core/pom.xml
  @Test
  void issue16_distinctValidUsages_neverShareAContentHash() {
    Random random = new Random(20261201L);
    Map<String, AiUsage> byHash = new HashMap<>();
    int refused = 0;
    for (int i = 0; i < 20_000; i++) {
      AiUsage usage;
      try {
        usage =
            AiUsage.builder("u")
                .name(text(random).replace("\n", ""))
                .description(text(random))
                .partners(List.of(text(random).replace("\n", "")))
                .authority(Authority.of("Valmont", AuthorityKind.COMMUNE))
                .build();
      } catch (InvalidInputException e) {
        assertThat(e.rule()).isEqualTo("text.surrogate");
        refused++;
        continue;
      }
      AiUsage earlier = byHash.putIfAbsent(CharterEvaluator.contentHash(usage, null), usage);
      if (earlier != null) {
        assertThat(earlier).as("same hash, so same usage").isEqualTo(usage);
      }
    }
    // The draw exercised both sides: refused texts and a large set of distinct valid usages.
    assertThat(refused).isGreaterThan(1000);
    assertThat(byHash).hasSizeGreaterThan(5000);
  }
}
