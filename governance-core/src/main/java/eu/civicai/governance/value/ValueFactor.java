package eu.civicai.governance.value;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.InputRules;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.measure.Quantity;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Year;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A conversion factor with its provenance: "26 € per hour of a territorial agent (INSEE, 2021)",
 * "0.052 kgCO2e per kWh (ADEME Base Empreinte, 2022)". Its value is written in {@link
 * FactorKind#unit()} per {@link FactorKind#per()}.
 *
 * <p>Immutable and thread-safe. Build one with {@link #of(FactorKind, String, String, int)} and
 * {@link #withUrl}, {@link #withNote}.
 *
 * @param kind what it converts, never {@code null}
 * @param value the factor, positive, never {@code null}
 * @param source who published it (publisher and document), not blank, one line of at most 500
 *     characters
 * @param url the address of the source
 * @param year the year the figure describes, from 1900 to 2100, never {@code null}
 * @param note how the figure was chosen or derived, at most 2000 characters
 */
public record ValueFactor(
    FactorKind kind,
    BigDecimal value,
    String source,
    @Nullable URI url,
    Year year,
    @Nullable String note) {
  private static final int SOURCE_MAX = 500;
  private static final int NOTE_MAX = 2000;
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2100;

  /**
   * Checks the components.
   *
   * @throws InvalidInputException naming the component: {@code notNull}, {@code positive}, {@code
   *     decimal.range}, {@code notBlank}, {@code size}, {@code text.singleLine}, {@code uri.*},
   *     {@code min} or {@code max}
   */
  public ValueFactor {
    Check.notNull("kind", kind);
    Check.notNull("value", value);
    InputRules.decimal("value", value);
    if (value.signum() <= 0) {
      throw new InvalidInputException("value", "positive", value);
    }
    Check.notBlank("source", source);
    InputRules.singleLine("source", source);
    length("source", source, SOURCE_MAX);
    InputRules.webAddress("url", url);
    Check.notNull("year", year);
    if (year.getValue() < FIRST_YEAR) {
      throw new InvalidInputException(
          "year", "min", Messages.raw(year.getValue()), Messages.raw(FIRST_YEAR));
    }
    if (year.getValue() > LAST_YEAR) {
      throw new InvalidInputException(
          "year", "max", Messages.raw(year.getValue()), Messages.raw(LAST_YEAR));
    }
    InputRules.multiLine("note", note);
    if (note != null) {
      Check.notBlank("note", note);
      length("note", note, NOTE_MAX);
    }
  }

  /**
   * Returns a factor without address or note.
   *
   * @param kind what it converts
   * @param value the factor as a decimal text, such as {@code "0.052"}
   * @param source who published it
   * @param year the year the figure describes
   * @return the factor
   * @throws InvalidInputException naming {@code value} when it is not a positive decimal, or the
   *     component that breaks a rule
   */
  public static ValueFactor of(FactorKind kind, String value, String source, int year) {
    Check.notNull("value", value);
    BigDecimal decimal;
    try {
      decimal = new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("value", "decimal", value);
    }
    return new ValueFactor(kind, decimal, source, null, Year.of(checkedYear(year)), null);
  }

  /**
   * Returns this factor with the address of its source.
   *
   * @param address an http or https address; null removes it
   * @return a new factor
   * @throws InvalidInputException {@code uri.syntax}, {@code uri.absolute} or {@code uri.scheme}
   *     naming {@code url}
   */
  public ValueFactor withUrl(@Nullable String address) {
    URI parsed = null;
    if (address != null) {
      try {
        parsed = new URI(address.strip());
      } catch (URISyntaxException e) {
        throw new InvalidInputException("url", "uri.syntax", address);
      }
    }
    return new ValueFactor(kind, value, source, parsed, year, note);
  }

  /**
   * Returns this factor with a note saying how the figure was chosen or derived.
   *
   * @param text the note; null removes it
   * @return a new factor
   */
  public ValueFactor withNote(@Nullable String text) {
    return new ValueFactor(kind, value, source, url, year, text);
  }

  /**
   * Returns what one {@link FactorKind#per()} is worth, as a quantity in {@link FactorKind#unit()}.
   */
  public Quantity perUnit() {
    return new Quantity(value, kind.unit());
  }

  /**
   * Returns the factor for people: "26 €/h (INSEE…, 2021)".
   *
   * @param locale the caller's locale, never {@code null}
   * @return the label with its unit, source and year
   */
  public String label(Locale locale) {
    Check.notNull("locale", locale);
    String per = kind.per().symbol();
    return kind.label(locale)
        + (Messages.isFrench(locale) ? " : " : ": ")
        + Messages.decimal(value)
        + " "
        + kind.unit().symbol()
        + "/"
        + per
        + " ("
        + source
        + ", "
        + year
        + ")";
  }

  private static int checkedYear(int year) {
    if (year < FIRST_YEAR) {
      throw new InvalidInputException("year", "min", Messages.raw(year), Messages.raw(FIRST_YEAR));
    }
    if (year > LAST_YEAR) {
      throw new InvalidInputException("year", "max", Messages.raw(year), Messages.raw(LAST_YEAR));
    }
    return year;
  }

  private static void length(String field, String text, int max) {
    if (text.length() > max) {
      throw new InvalidInputException(
          field, "size", text, Messages.raw(max), Messages.raw(text.length()));
    }
  }
}
