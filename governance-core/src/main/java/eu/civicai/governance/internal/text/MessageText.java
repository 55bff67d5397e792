package eu.civicai.governance.internal.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders the library's messages from its French and English bundles. The lowest layer of the
 * library: it depends on nothing of it, so that the root package (the exceptions, which render
 * their messages here) and {@code internal} (the checks, which throw those exceptions) both stand
 * on it without a cycle. Other code reaches it through {@code internal.Messages}.
 *
 * <p>Placeholders are <code>{0}</code>, <code>{1}</code>, …, replaced by plain text: no {@code
 * MessageFormat}, so that numbers do not change with the locale and apostrophes need no escaping.
 * Bundles are looked up without falling back to the machine's default locale.
 */
public final class MessageText {
  /** Base name of the bundles, English in the root bundle, French in {@code _fr}. */
  public static final String BUNDLE = "eu.civicai.governance.internal.messages";

  private static final int MAX_VALUE_LENGTH = 80;
  // Raw arguments are the library's own texts (lists of names, labels), longer than a value.
  private static final int MAX_RAW_LENGTH = 2000;
  private static final int MAX_PLAIN_DIGITS = 40;
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final ResourceBundle ENGLISH =
      ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK);
  private static final ResourceBundle FRENCH =
      ResourceBundle.getBundle(BUNDLE, Locale.FRENCH, NO_FALLBACK);

  private MessageText() {}

  /** Returns the bundle for a locale: French for {@code fr}, English otherwise. */
  public static ResourceBundle bundle(Locale locale) {
    return isFrench(locale) ? FRENCH : ENGLISH;
  }

  /** Whether the library answers in French for a locale: its language is {@code fr}. */
  public static boolean isFrench(Locale locale) {
    return "fr".equals(locale.getLanguage());
  }

  /**
   * Formats the message {@code key} with the field as <code>{0}</code> and the arguments after it.
   */
  public static String format(Locale locale, String key, String field, List<Object> arguments) {
    return format(bundle(locale), key, field, arguments);
  }

  /** Formats the message {@code key} of another module's bundle, with the same rules. */
  public static String format(
      ResourceBundle bundle, String key, String field, List<Object> arguments) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      pattern = "`{0}` breaks rule " + key;
    }
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && isIndex(pattern, i + 1, close)) {
        int index = Integer.parseInt(pattern.substring(i + 1, close));
        Object value =
            index == 0 ? field : index <= arguments.size() ? arguments.get(index - 1) : "";
        out.append(value);
        i = close;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Turns message arguments into the text shown to people: strings are quoted and cut to 80
   * characters, control characters are escaped, numbers are written without grouping.
   */
  public static Object[] render(Object... arguments) {
    if (arguments == null) {
      return new Object[0];
    }
    Object[] rendered = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      rendered[i] = renderOne(arguments[i]);
    }
    return rendered;
  }

  /** Wraps a value that must be shown as is, not quoted (a field name, a number, a label). */
  public static Object raw(Object value) {
    return new Raw(String.valueOf(value));
  }

  private static String renderOne(Object argument) {
    if (argument == null) {
      return "null";
    }
    if (argument instanceof Raw raw) {
      return raw.text.length() <= MAX_RAW_LENGTH
          ? raw.text
          : raw.text.substring(0, MAX_RAW_LENGTH) + "…";
    }
    if (argument instanceof CharSequence text) {
      return "'" + escape(text.toString()) + "'";
    }
    if (argument instanceof BigDecimal decimal) {
      return decimal(decimal);
    }
    return escape(argument.toString());
  }

  /**
   * Renders a decimal for people, in bounded length whatever its exponent: plainly ({@code 12.5},
   * {@code 8000000}) while that takes at most 40 digits on each side of the point, in scientific
   * notation ({@code 1E+999999999}) beyond, its digits cut to 40.
   */
  public static String decimal(BigDecimal value) {
    if (withinDigits(value, MAX_PLAIN_DIGITS, MAX_PLAIN_DIGITS)) {
      return value.toPlainString();
    }
    if (value.precision() > MAX_PLAIN_DIGITS) {
      value = value.round(new java.math.MathContext(MAX_PLAIN_DIGITS));
    }
    return value.toString();
  }

  /**
   * Whether a decimal written plainly has at most {@code integerDigits} digits before its point and
   * {@code fractionDigits} after it; computed from precision and scale, without expanding.
   */
  public static boolean withinDigits(BigDecimal value, int integerDigits, int fractionDigits) {
    long scale = value.scale();
    long before = value.signum() == 0 ? 0 : (long) value.precision() - scale;
    return before <= integerDigits && scale <= fractionDigits;
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_VALUE_LENGTH) + 8);
    int shown = 0;
    for (int i = 0; i < text.length() && shown < MAX_VALUE_LENGTH; i++, shown++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c)) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    if (text.length() > MAX_VALUE_LENGTH) {
      out.append("…");
    }
    return out.toString();
  }

  private static boolean isIndex(String pattern, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(pattern.charAt(i))) {
        return false;
      }
    }
    return to - from <= 2;
  }

  private record Raw(String text) {}
}
