package eu.civicai.governance.internal;

import eu.civicai.governance.internal.text.MessageText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Renders the library's messages from its French and English bundles: the entry point of every
 * package and module of the library, over {@link MessageText} (which the root package uses
 * directly, so as not to depend on {@code internal}).
 *
 * <p>Placeholders are <code>{0}</code>, <code>{1}</code>, …, replaced by plain text: no {@code
 * MessageFormat}, so that numbers do not change with the locale and apostrophes need no escaping.
 * Bundles are looked up without falling back to the machine's default locale.
 */
public final class Messages {
  /** Base name of the bundles, English in the root bundle, French in {@code _fr}. */
  public static final String BUNDLE = MessageText.BUNDLE;

  private Messages() {}

  /** Returns the bundle for a locale: French for {@code fr}, English otherwise. */
  public static ResourceBundle bundle(Locale locale) {
    return MessageText.bundle(locale);
  }

  /** Whether the library answers in French for a locale: its language is {@code fr}. */
  public static boolean isFrench(Locale locale) {
    return MessageText.isFrench(locale);
  }

  /**
   * Formats the message {@code key} with the field as <code>{0}</code> and the arguments after it.
   */
  public static String format(Locale locale, String key, String field, List<Object> arguments) {
    return MessageText.format(locale, key, field, arguments);
  }

  /** Formats the message {@code key} of another module's bundle, with the same rules. */
  public static String format(
      ResourceBundle bundle, String key, String field, List<Object> arguments) {
    return MessageText.format(bundle, key, field, arguments);
  }

  /**
   * Turns message arguments into the text shown to people: strings are quoted and cut to 80
   * characters, control characters are escaped, numbers are written without grouping.
   */
  public static Object[] render(Object... arguments) {
    return MessageText.render(arguments);
  }

  /** Wraps a value that must be shown as is, not quoted (a field name, a number, a label). */
  public static Object raw(Object value) {
    return MessageText.raw(value);
  }

  /**
   * Renders a decimal for people, in bounded length whatever its exponent: plainly ({@code 12.5},
   * {@code 8000000}) while that takes at most 40 digits on each side of the point, in scientific
   * notation ({@code 1E+999999999}) beyond, its digits cut to 40.
   */
  public static String decimal(BigDecimal value) {
    return MessageText.decimal(value);
  }
}
