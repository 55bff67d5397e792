package eu.civicai.governance;

import eu.civicai.governance.internal.text.MessageText;
import java.util.Locale;

/**
 * A value with a human label in French and in English, such as every enum of the library.
 *
 * <p>The caller chooses the language: French when the locale's language is {@code fr}, English
 * otherwise. The machine's default locale is never consulted.
 */
public interface Labelled {

  /** Returns the French label. */
  String labelFr();

  /** Returns the English label. */
  String labelEn();

  /**
   * Returns the label in the caller's language.
   *
   * @param locale the caller's locale, never {@code null}
   * @return the French label for a French locale, the English one otherwise
   */
  default String label(Locale locale) {
    if (locale == null) {
      throw new InvalidInputException("locale", "notNull");
    }
    return MessageText.isFrench(locale) ? labelFr() : labelEn();
  }
}
