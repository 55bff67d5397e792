package eu.civicai.governance.internal;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.text.MessageText;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Period;
import java.util.Locale;

/**
 * Rules every input of the model follows, whoever builds it (a builder, a record's constructor, the
 * JSON reader): texts hold well-formed UTF-16 and no control character where a line is expected;
 * addresses are http or https; numbers and periods stay within bounds that keep arithmetic and
 * rendering cheap. Documented in {@code docs/limits.md}.
 */
public final class InputRules {
  /** Texts of at most this many characters are single-line: names, titles, labels, references. */
  public static final int SINGLE_LINE_MAX = 200;

  /** The most digits a decimal may have before its point (written plainly). */
  public static final int MAX_INTEGER_DIGITS = 1000;

  /** The most digits a decimal may have after its point. */
  public static final int MAX_FRACTION_DIGITS = 1000;

  /** The largest number of years, in absolute value, of a period. */
  public static final int MAX_PERIOD_YEARS = 1000;

  /** The largest number of months, in absolute value, of a period. */
  public static final int MAX_PERIOD_MONTHS = 12 * MAX_PERIOD_YEARS;

  /** The largest number of days, in absolute value, of a period. */
  public static final int MAX_PERIOD_DAYS = 366 * MAX_PERIOD_YEARS;

  private InputRules() {}

  /**
   * Checks a single-line text: no control character at all (tabs and line breaks included), no lone
   * surrogate.
   *
   * @return the value, which may be null
   * @throws InvalidInputException with rule {@code text.control} or {@code text.surrogate}
   */
  public static String singleLine(String field, String value) {
    return text(field, value, false);
  }

  /**
   * Checks a multi-line text: tabs, line feeds and carriage returns are allowed, other control
   * characters and lone surrogates are not.
   *
   * @return the value, which may be null
   * @throws InvalidInputException with rule {@code text.control} or {@code text.surrogate}
   */
  public static String multiLine(String field, String value) {
    return text(field, value, true);
  }

  private static String text(String field, String value, boolean lines) {
    if (value == null) {
      return null;
    }
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c >= ' ' && c < 0x7f) {
        continue; // printable ASCII, the usual case
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
          continue;
        }
        throw surrogate(field, i);
      }
      if (Character.isLowSurrogate(c)) {
        throw surrogate(field, i);
      }
      if (Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t'))) {
        throw new InvalidInputException(
            field,
            lines ? "text.control" : "text.singleLine",
            Messages.raw(codePoint(c)),
            Messages.raw(i + 1));
      }
    }
    return value;
  }

  private static InvalidInputException surrogate(String field, int index) {
    return new InvalidInputException(field, "text.surrogate", Messages.raw(index + 1));
  }

  /** {@code U+001B}. */
  public static String codePoint(int c) {
    return String.format(Locale.ROOT, "U+%04X", c);
  }

  /**
   * Checks a web address: absolute, with the scheme {@code http} or {@code https} (so that no
   * {@code javascript:}, {@code file:} or {@code data:} address reaches a page or a terminal).
   *
   * @return the value, which may be null
   * @throws InvalidInputException with rule {@code uri.absolute} or {@code uri.scheme}
   */
  public static URI webAddress(String field, URI value) {
    if (value == null) {
      return null;
    }
    if (!value.isAbsolute()) {
      throw new InvalidInputException(field, "uri.absolute", value.toString());
    }
    String scheme = value.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InvalidInputException(field, "uri.scheme", Messages.raw(scheme(value)));
    }
    multiLine(field, value.toString());
    return value;
  }

  private static String scheme(URI value) {
    String scheme = value.getScheme();
    return scheme.length() > 20 ? scheme.substring(0, 20) + "…" : scheme;
  }

  /**
   * Checks that a decimal has at most {@value #MAX_INTEGER_DIGITS} digits before its point and
   * {@value #MAX_FRACTION_DIGITS} after it, so that {@code 1e999999999} never reaches arithmetic.
   *
   * @return the value, which may be null
   * @throws InvalidInputException with rule {@code decimal.range}
   */
  public static BigDecimal decimal(String field, BigDecimal value) {
    if (value != null && !withinDigits(value, MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS)) {
      throw new InvalidInputException(
          field,
          "decimal.range",
          Messages.raw(Messages.decimal(value)),
          Messages.raw(MAX_INTEGER_DIGITS),
          Messages.raw(MAX_FRACTION_DIGITS));
    }
    return value;
  }

  /**
   * Whether a decimal written plainly has at most {@code integerDigits} digits before its point and
   * {@code fractionDigits} after it; computed from precision and scale, without expanding.
   */
  public static boolean withinDigits(BigDecimal value, int integerDigits, int fractionDigits) {
    return MessageText.withinDigits(value, integerDigits, fractionDigits);
  }

  /**
   * Checks that a period's years, months and days are each within {@value #MAX_PERIOD_YEARS} years,
   * {@value #MAX_PERIOD_MONTHS} months and {@value #MAX_PERIOD_DAYS} days (either sign), so that
   * date arithmetic stays within the calendar.
   *
   * @return the value, which may be null
   * @throws InvalidInputException with rule {@code period.range}
   */
  public static Period period(String field, Period value) {
    if (value != null
        && (Math.abs((long) value.getYears()) > MAX_PERIOD_YEARS
            || Math.abs((long) value.getMonths()) > MAX_PERIOD_MONTHS
            || Math.abs((long) value.getDays()) > MAX_PERIOD_DAYS)) {
      throw new InvalidInputException(
          field,
          "period.range",
          Messages.raw(value),
          Messages.raw(MAX_PERIOD_YEARS),
          Messages.raw(MAX_PERIOD_MONTHS),
          Messages.raw(MAX_PERIOD_DAYS));
    }
    return value;
  }
}
