package eu.civicai.governance.report.internal;

import eu.civicai.governance.measure.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and numbers as people read them: "27 novembre 2026", "1er décembre 2026", "35 000", "8 M€"
 * in French; "27 November 2026", "35,000" in English. Not thread-safe (number formats are not): one
 * per report writer.
 */
public final class Format {
  private final boolean french;
  private final DateTimeFormatter day;
  private final NumberFormat integer;
  private final DecimalFormat decimal;

  /** The formats of a locale (French when its language is {@code fr}, English otherwise). */
  public Format(Locale locale) {
    this.french = Words.isFrench(locale);
    Locale l = french ? Locale.FRANCE : Locale.UK;
    this.day = DateTimeFormatter.ofPattern("d MMMM uuuu", l);
    this.integer = NumberFormat.getIntegerInstance(l);
    this.decimal = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(l));
  }

  /** A day in words; French writes the first of a month "1er". */
  public String date(LocalDate date) {
    String text = day.format(date);
    return french && date.getDayOfMonth() == 1 ? "1er" + text.substring(1) : text;
  }

  /** A count with the locale's digit grouping. */
  public String count(long n) {
    return integer.format(n);
  }

  /** A percentage: "91 %" in French (with a no-break space), "91%" in English. */
  public String percent(long n) {
    return integer.format(n) + (french ? "\u00a0%" : "%");
  }

  /** A decimal number with at most two decimals and the locale's separators. */
  public String number(BigDecimal value) {
    return decimal.format(value.setScale(2, RoundingMode.HALF_EVEN));
  }

  /** A quantity: value with the locale's separators, then the unit's symbol. */
  public String quantity(Quantity q) {
    return number(q.value()) + "\u00a0" + q.unit().symbol();
  }
}
