package eu.civicai.governance.cli;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The command line's own texts, French and English, from one resource bundle that picocli also
 * reads for the usage help (headings, descriptions of commands, options and parameters, examples,
 * exit codes). Placeholders are <code>{0}</code>, <code>{1}</code>…, replaced as they are (no
 * {@code MessageFormat}: French apostrophes stay as written).
 */
final class CliText {
  static final String BUNDLE = "eu.civicai.governance.cli.Messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** The language when {@code --lang} is not given: the same as the option's default. */
  static final Locale DEFAULT = Locale.FRENCH;

  private CliText() {}

  /** The bundle of a language: French, or English for every other (never the machine's). */
  static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE, "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ROOT, NO_FALLBACK);
  }

  /** The text of {@code key} with its placeholders replaced. */
  static String get(Locale locale, String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && close - i <= 3 && digits(pattern, i + 1, close)) {
        int index = Integer.parseInt(pattern.substring(i + 1, close));
        out.append(index < arguments.length ? arguments[index] : "");
        i = close;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The language asked for with {@code --lang}, read before parsing so that picocli's own help and
   * errors are in it too: {@code --lang en} or {@code --lang=en} anywhere before {@code --}; the
   * default ({@link #DEFAULT}) when absent or not a language of the command line (the parser then
   * reports the bad value, in the default language).
   */
  static Locale scan(List<String> args) {
    String value = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        break;
      }
      if (arg.equals("--lang") && i + 1 < args.size()) {
        value = args.get(++i);
      } else if (arg.startsWith("--lang=")) {
        value = arg.substring("--lang=".length());
      }
    }
    if ("en".equals(value)) {
      return Locale.ENGLISH;
    }
    return DEFAULT;
  }
}
