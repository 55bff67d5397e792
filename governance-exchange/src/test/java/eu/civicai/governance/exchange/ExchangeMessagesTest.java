package eu.civicai.governance.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ExchangeMessagesTest {
  private static final String BUNDLE = "eu.civicai.governance.exchange.messages";

  @Test
  void everyKey_existsInFrenchAndEnglish_andEveryRuleHasAMessage() {
    ResourceBundle.Control noFallback =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    ResourceBundle en =
        ResourceBundle.getBundle(
            "eu.civicai.governance.exchange.messages", Locale.ROOT, noFallback);
    ResourceBundle fr =
        ResourceBundle.getBundle(
            "eu.civicai.governance.exchange.messages", Locale.FRENCH, noFallback);
    assertThat(new TreeSet<>(Collections.list(fr.getKeys())))
        .isEqualTo(new TreeSet<>(Collections.list(en.getKeys())));
    for (String rule :
        new String[] {
          "siret.luhn",
          "siret.format",
          "enum.unknown",
          "date.format",
          "url.format",
          "value.invalid",
          "column.unmapped",
          "row.duplicate",
          "row.identity",
          "value.drift",
          "value.notStated",
          "value.oneLine",
          "date.serial",
          "date.month",
          "partners.placeholder",
          "partners.hyphen",
          "geo.incomplete",
          "export.value",
          "export.split",
          "export.fields",
          "export.withheld",
          "export.missing",
          "export.expected",
          "export.unsupported",
          "export.approximate",
          "export.unmapped"
        }) {
      Diagnostic d = new Diagnostic(2, "col", "v", rule, "d", true);
      assertThat(d.message(Locale.FRENCH))
          .doesNotContain("breaks rule")
          .isNotEqualTo(d.message(Locale.ENGLISH));
    }
  }

  /**
   * Keys whose French and English texts may read the same once placeholders, `quoted names` and
   * punctuation are set aside, each with the reason (a proper name, a code or an article number
   * reads the same in both languages). None today; a key listed here must read the same in both
   * bundles, or the entry is stale and the test says so.
   */
  static final Map<String, String> SAME_IN_BOTH_LANGUAGES = Map.of();

  /**
   * Issue 18: a French message that is present but still the English text (or differs only in
   * spacing and punctuation, as "`{0}`: {1}" and "`{0}` : {1}" do) is not a translation.
   */
  @Test
  void everyFrenchMessage_differsFromTheEnglishOne_inItsWords() {
    ResourceBundle en = bundle(Locale.ROOT);
    ResourceBundle fr = bundle(Locale.FRENCH);
    Set<String> untranslated = new TreeSet<>();
    for (String key : Collections.list(en.getKeys())) {
      if (words(fr.getString(key)).equals(words(en.getString(key)))
          && !SAME_IN_BOTH_LANGUAGES.containsKey(key)) {
        untranslated.add(key + " = " + en.getString(key));
      }
    }
    assertThat(untranslated).as("French messages that are not translated").isEmpty();
    for (String key : SAME_IN_BOTH_LANGUAGES.keySet()) {
      assertThat(words(fr.getString(key)))
          .as("%s is listed as the same in both languages", key)
          .isEqualTo(words(en.getString(key)));
    }
  }

  /** The same placeholders in both languages: a French message must not drop a value. */
  @Test
  void everyFrenchMessage_usesTheEnglishPlaceholders() {
    ResourceBundle en = bundle(Locale.ROOT);
    ResourceBundle fr = bundle(Locale.FRENCH);
    for (String key : Collections.list(en.getKeys())) {
      assertThat(placeholders(fr.getString(key)))
          .as(key)
          .isEqualTo(placeholders(en.getString(key)));
    }
  }

  @Test
  void words_ofAMessage_leaveOutPlaceholdersNamesAndPunctuation() {
    assertThat(words("`{0}`: {1} must not be blank")).isEqualTo("must not be blank");
    assertThat(words("`{0}` : {1} must  not be blank !")).isEqualTo("must not be blank");
    assertThat(words("`{0}` ne doit pas être vide")).isEqualTo("ne doit pas être vide");
    assertThat(words(" (line {1})")).isEqualTo("line");
    assertThat(words("`{0}`: {1}")).isEmpty();
  }

  /** The words of a message, lower-cased, without placeholders, `quoted names` or punctuation. */
  static String words(String message) {
    return message
        .replaceAll("`[^`]*`", " ")
        .replaceAll("\\{\\d+}", " ")
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  private static Set<String> placeholders(String message) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = Pattern.compile("\\{\\d+}").matcher(message);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
