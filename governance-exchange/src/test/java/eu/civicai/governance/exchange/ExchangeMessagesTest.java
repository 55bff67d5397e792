package eu.civicai.governance.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ExchangeMessagesTest {
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
}
