package eu.civicai.governance.aiact;

import eu.civicai.governance.internal.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The AI Act texts in French and English, from their own bundle (no fallback to the machine). */
final class Texts {
  private static final String BUNDLE = "eu.civicai.governance.internal.aiact";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final ResourceBundle ENGLISH =
      ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK);
  private static final ResourceBundle FRENCH =
      ResourceBundle.getBundle(BUNDLE, Locale.FRENCH, NO_FALLBACK);
  private static final DateTimeFormatter FR_DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);
  private static final DateTimeFormatter EN_DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private Texts() {}

  static String get(Locale locale, String key) {
    return format(locale, key);
  }

  /** Formats {@code key} with the arguments as <code>{1}</code>, <code>{2}</code>, … */
  static String format(Locale locale, String key, Object... arguments) {
    ResourceBundle bundle = Messages.isFrench(locale) ? FRENCH : ENGLISH;
    return Messages.format(bundle, key, "", List.of(arguments));
  }

  /** "2 December 2027"; in French "2 décembre 2027", and "1er août 2030" for the first day. */
  static String date(LocalDate date, Locale locale) {
    if (!Messages.isFrench(locale)) {
      return EN_DATE.format(date);
    }
    String text = FR_DATE.format(date);
    return date.getDayOfMonth() == 1 ? "1er" + text.substring(1) : text;
  }
}
