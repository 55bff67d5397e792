package eu.civicai.governance.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void everyKey_existsInFrenchAndEnglish_andDiffers() {
    ResourceBundle en = Texts.bundle(Locale.ENGLISH);
    ResourceBundle fr = Texts.bundle(Locale.FRENCH);
    Set<String> english = new TreeSet<>(Collections.list(en.getKeys()));
    Set<String> french = new TreeSet<>(Collections.list(fr.getKeys()));

    assertThat(english).isNotEmpty();
    assertThat(french).isEqualTo(english);
    for (String key : english) {
      assertThat(fr.getString(key)).as(key).isNotBlank();
      assertThat(en.getString(key)).as(key).isNotBlank();
    }
  }

  @Test
  void bundle_doesNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRENCH);
      assertThat(Texts.get(Locale.ENGLISH, "missing.title")).isEqualTo("To be completed");
      Locale.setDefault(Locale.GERMAN);
      assertThat(Texts.get(Locale.GERMAN, "missing.title")).isEqualTo("To be completed");
      assertThat(Texts.get(Locale.CANADA_FRENCH, "missing.title"))
          .isEqualTo("Éléments à compléter");
    } finally {
      Locale.setDefault(before);
    }
  }
}
