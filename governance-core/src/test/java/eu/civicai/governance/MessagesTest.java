package eu.civicai.governance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.internal.Messages;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesTest {

  /**
   * Keys whose French and English texts may read the same once placeholders, quoted names and
   * punctuation are set aside, each with the reason: a proper name, a code or an article number
   * reads the same in both languages. None today; a key added here must be identical in both
   * bundles, or the entry is stale and the test says so.
   */
  static final Map<String, String> SAME_IN_BOTH_LANGUAGES = Map.of();

  @Test
  void everyKey_existsInFrenchAndEnglish() {
    ResourceBundle en = Messages.bundle(Locale.ENGLISH);
    ResourceBundle fr = Messages.bundle(Locale.FRENCH);
    Set<String> english = new TreeSet<>(Collections.list(en.getKeys()));
    Set<String> french = new TreeSet<>(Collections.list(fr.getKeys()));

    assertThat(english).isNotEmpty();
    assertThat(french).isEqualTo(english);
    for (String key : english) {
      assertThat(fr.getString(key)).as(key).isNotBlank();
      assertThat(en.getString(key)).as(key).isNotBlank();
    }
  }

  /**
   * Issue 18: a French message that is present but still the English text (or differs only in
   * spacing and punctuation, as "`{0}`: {1}" and "`{0}` : {1}" do) is not a translation.
   */
  @Test
  void everyFrenchMessage_differsFromTheEnglishOne_inItsWords() {
    ResourceBundle en = Messages.bundle(Locale.ENGLISH);
    ResourceBundle fr = Messages.bundle(Locale.FRENCH);
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

  @Test
  void words_ofAMessage_leaveOutPlaceholdersNamesAndPunctuation() {
    assertThat(words("`{0}`: {1} must not be blank")).isEqualTo("must not be blank");
    assertThat(words("`{0}` : {1} must  not be blank !")).isEqualTo("must not be blank");
    assertThat(words("`{0}` ne doit pas être vide")).isEqualTo("ne doit pas être vide");
    assertThat(words("`{0}`: {1}")).isEmpty();
  }

  /** The same placeholders in both languages: a French message must not drop the value. */
  @Test
  void everyFrenchMessage_usesTheEnglishPlaceholders() {
    ResourceBundle en = Messages.bundle(Locale.ENGLISH);
    ResourceBundle fr = Messages.bundle(Locale.FRENCH);
    for (String key : Collections.list(en.getKeys())) {
      assertThat(placeholders(fr.getString(key)))
          .as(key)
          .isEqualTo(placeholders(en.getString(key)));
    }
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

  @Test
  void everyRuleThrownByTheSources_hasAMessage() throws Exception {
    ResourceBundle en = Messages.bundle(Locale.ENGLISH);
    Set<String> missing = new TreeSet<>();
    java.util.regex.Pattern rule =
        java.util.regex.Pattern.compile("Exception\\(\\s*\"[^\"]*\",\\s*\"([a-zA-Z.]+)\"");
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
      for (java.nio.file.Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        var matcher = rule.matcher(java.nio.file.Files.readString(file));
        while (matcher.find()) {
          if (!en.containsKey(matcher.group(1))) {
            missing.add(matcher.group(1) + " in " + file.getFileName());
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void messages_doNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRENCH);
      InvalidInputException e = new InvalidInputException("name", "notBlank", " ");
      assertThat(e.getMessage()).isEqualTo("`name` must not be blank, but was ' '");
      Locale.setDefault(Locale.GERMAN);
      assertThat(e.message(Locale.FRANCE))
          .isEqualTo("`name` ne doit pas être vide, mais valait ' '");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void values_areCutAndControlCharactersEscaped() {
    InvalidInputException e =
        new InvalidInputException("name", "notBlank", "a\nb" + "c".repeat(100));
    assertThat(e.getMessage())
        .isEqualTo("`name` must not be blank, but was 'a\\nb" + "c".repeat(77) + "…'");
  }
}
