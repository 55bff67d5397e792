package eu.civicai.governance.charter;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.InputRules;
import eu.civicai.governance.internal.Messages;
import jakarta.validation.constraints.NotBlank;
import java.util.Locale;

/**
 * A text in French and English, as charters carry them: titles, rationales, remediations.
 *
 * @param fr the French text, not blank
 * @param en the English text, not blank
 */
public record Text(@NotBlank String fr, @NotBlank String en) {

  /** Checks both texts. */
  public Text {
    InputRules.multiLine("fr", Check.notBlank("fr", fr));
    InputRules.multiLine("en", Check.notBlank("en", en));
  }

  /** Returns a text in French and English. */
  public static Text of(String fr, String en) {
    return new Text(fr, en);
  }

  /** Returns the text in the caller's language: French for {@code fr}, English otherwise. */
  public String in(Locale locale) {
    Check.notNull("locale", locale);
    return in(Messages.isFrench(locale));
  }

  /** French or English; evaluation decides the language once per usage, not once per text. */
  String in(boolean french) {
    return french ? fr : en;
  }
}
