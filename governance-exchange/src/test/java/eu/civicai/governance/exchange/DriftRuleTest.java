package eu.civicai.governance.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 §4: drifts are read by a rule. Seeded-random variants of every schema label (case,
 * accents, plural endings, spaces, words added around it) are read as the label's value.
 */
class DriftRuleTest {
  private static final List<Vocabulary<?>> ALL =
      List.of(
          Vocabulary.KINDS,
          Vocabulary.STAGES,
          Vocabulary.SOURCINGS,
          Vocabulary.THEMES,
          Vocabulary.AUDIENCES,
          Vocabulary.HOSTINGS,
          Vocabulary.TECHNIQUES,
          Vocabulary.BUDGETS,
          Vocabulary.SOURCES,
          Vocabulary.COLLECTION);

  @Test
  void everyLabel_readBack_asItsOwnValue_withoutDrift() {
    for (Vocabulary<?> vocabulary : ALL) {
      for (String label : vocabulary.labels()) {
        assertThat(vocabulary.match(label)).as(label).isNotNull();
        assertThat(vocabulary.match(label).drift()).as(label).isFalse();
        assertThat(read(vocabulary, label)).as(label).isEqualTo(label);
      }
    }
  }

  @Test
  void randomVariantsOfEveryLabel_areReadAsItsValue() {
    Random random = new Random(15_4);
    int checked = 0;
    for (Vocabulary<?> vocabulary : ALL) {
      for (String label : vocabulary.labels()) {
        for (int i = 0; i < 20; i++) {
          String variant = variant(label, random);
          assertThat(read(vocabulary, variant)).as("%s ← %s", label, variant).isEqualTo(label);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(800);
  }

  private static <E> String read(Vocabulary<E> vocabulary, String text) {
    Vocabulary.Match<E> m = vocabulary.match(text);
    return m == null ? null : vocabulary.label(m.value());
  }

  private static String variant(String label, Random random) {
    String v = label;
    if (random.nextBoolean()) {
      v = random.nextBoolean() ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT);
    }
    if (random.nextBoolean()) {
      v = Normalizer.normalize(v, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
    if (random.nextBoolean()) {
      List<String> words = new ArrayList<>();
      for (String w : v.split(" ")) {
        // Plural of a long enough word whose last letter is a letter ("Agent" → "Agents").
        boolean plural =
            w.length() > 3
                && Character.isLetter(w.charAt(w.length() - 1))
                && !w.toLowerCase(Locale.ROOT).matches(".*[sx]")
                && random.nextBoolean();
        words.add(plural ? w + "s" : w);
      }
      v = String.join(" ", words);
    }
    if (random.nextBoolean()) {
      v = "  " + v + "   ";
    }
    if (random.nextInt(4) == 0) {
      v = v + " (projet " + random.nextInt(100) + ")";
    }
    return v;
  }
}
