package eu.civicai.governance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.internal.Messages;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void everyKey_existsInFrenchAndEnglish() {
    ResourceBundle en = Messages.bundle(Locale.ENGLISH);
    ResourceBundle fr = Messages.bundle(Locale.FRENCH);
    Set<String> english = new TreeSet<>(Collections.list(en.getKeys()));
    Set<String> french = new TreeSet<>(Collections.list(fr.getKeys()));

    assertThat(english).isNotEmpty();
    assertThat(french).isEqualTo(english);
    for (String key : english) {
      assertThat(fr.getString(key)).as(key).isNotEqualTo(en.getString(key).isEmpty() ? "x" : "");
    }
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
