package eu.civicai.governance.cli;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * The command line's own texts, French and English, from one resource bundle that picocli also
 * reads for the usage help (headings, descriptions of commands, options and parameters, examples,
 * exit codes). Placeholders are <code>{0}</code>, <code>{1}</code>…, replaced as they are (no
 * {@code MessageFormat}: French apostrophes stay as written). A count chooses its words with <code>
 * {0?singular|plural}</code>: the singular when argument 0 is one in the language's rule (French: 0
 * and 1, English: 1 only), the plural otherwise, and for a value that is not a whole number; either
 * branch may hold placeholders.
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
    return format(locale, pattern, arguments);
  }

  /** {@code pattern} with its placeholders and count choices replaced (see the class comment). */
  static String format(Locale locale, String pattern, Object... arguments) {
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      int digitsEnd = close > i ? digitsEnd(pattern, i + 1, close) : -1;
      if (digitsEnd > i + 1 && digitsEnd - i <= 3 && digitsEnd == close) {
        int index = Integer.parseInt(pattern.substring(i + 1, close));
        out.append(index < arguments.length ? arguments[index] : "");
        i = close;
      } else if (digitsEnd > i + 1 && digitsEnd - i <= 3 && pattern.charAt(digitsEnd) == '?') {
        // A branch may hold placeholders: the choice ends at the brace that balances its own.
        close = balancingBrace(pattern, i);
        int bar = pattern.indexOf('|', digitsEnd);
        if (close < 0 || bar < 0 || bar > close) {
          out.append(c);
          continue;
        }
        int index = Integer.parseInt(pattern.substring(i + 1, digitsEnd));
        Object count = index < arguments.length ? arguments[index] : null;
        String branch =
            singular(locale, count)
                ? pattern.substring(digitsEnd + 1, bar)
                : pattern.substring(bar + 1, close);
        out.append(format(locale, branch, arguments));
        i = close;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Whether {@code count} takes the singular: French for 0 and 1 (« 0 usage évalué »), English for
   * 1 only; never for a value that is not a whole number.
   */
  static boolean singular(Locale locale, @Nullable Object count) {
    long n;
    if (count instanceof Integer || count instanceof Long || count instanceof Short) {
      n = ((Number) count).longValue();
    } else if (count instanceof CharSequence text && text.toString().matches("-?[0-9]{1,18}")) {
      n = Long.parseLong(text.toString());
    } else {
      return false;
    }
    return "fr".equals(locale.getLanguage()) ? Math.abs(n) <= 1 : Math.abs(n) == 1;
  }

  /** The index of the brace closing the one at {@code open}, or -1 when none balances it. */
  private static int balancingBrace(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      if (s.charAt(i) == '{') {
        depth++;
      } else if (s.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Where the run of digits starting at {@code from} ends, at most at {@code to}. */
  private static int digitsEnd(String s, int from, int to) {
    int i = from;
    while (i < to && Character.isDigit(s.charAt(i))) {
      i++;
    }
    return i;
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
