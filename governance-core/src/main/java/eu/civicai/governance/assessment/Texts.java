package eu.civicai.governance.assessment;

import eu.civicai.governance.internal.Messages;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The French and English texts of the documents this package writes (notices, assessments,
 * questionnaires), kept apart from the validation messages: they are document prose, not errors.
 * Looked up without falling back to the machine's default locale.
 */
final class Texts {
  static final String BUNDLE = "eu.civicai.governance.assessment.texts";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final ResourceBundle ENGLISH =
      ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK);
  private static final ResourceBundle FRENCH =
      ResourceBundle.getBundle(BUNDLE, Locale.FRENCH, NO_FALLBACK);

  private Texts() {}

  static ResourceBundle bundle(Locale locale) {
    return Messages.isFrench(locale) ? FRENCH : ENGLISH;
  }

  /** The text {@code key} with <code>{0}</code>, <code>{1}</code>… replaced by the arguments. */
  static String get(Locale locale, String key, Object... arguments) {
    if (arguments.length == 0) {
      return bundle(locale).getString(key);
    }
    Object first = arguments[0];
    List<Object> rest = List.of(arguments).subList(1, arguments.length);
    return Messages.format(bundle(locale), key, String.valueOf(first), rest);
  }
}
