package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class JsonMessagesTest {
  @Test
  void everyKey_existsInFrenchAndEnglish_andEveryRuleHasAMessage() {
    ResourceBundle.Control noFallback =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    ResourceBundle en =
        ResourceBundle.getBundle("eu.civicai.governance.json.messages", Locale.ROOT, noFallback);
    ResourceBundle fr =
        ResourceBundle.getBundle("eu.civicai.governance.json.messages", Locale.FRENCH, noFallback);
    assertThat(new TreeSet<>(Collections.list(fr.getKeys())))
        .isEqualTo(new TreeSet<>(Collections.list(en.getKeys())));
    for (String rule :
        new String[] {
          "json.syntax", "json.depth", "json.duplicateKey", "json.enum", "json.envelope"
        }) {
      assertThat(new JsonReadException("/a", rule, "x").message(Locale.FRENCH))
          .doesNotContain("breaks rule");
    }
  }
}
