package eu.civicai.governance.measure;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.InputRules;
import eu.civicai.governance.internal.Messages;
import java.math.BigDecimal;

/**
 * An amount with its unit: "8 M€", "950 households", "7,000 buildings", "12.5 MWh".
 *
 * <p>Quantities are magnitudes: a value is never negative (a saving is reported as a positive
 * amount saved, a change as a baseline and a measured value). Arithmetic and comparison convert
 * units of the same dimension exactly and refuse to mix dimensions, or count units that are not the
 * same ({@code HOUSEHOLD} with {@code BUILDING}): mixing throws {@link InvalidInputException} with
 * the rule {@code unit.mismatch}, it never yields a wrong number silently.
 *
 * <p>{@link #equals} compares value and unit as given: {@code 1 MWh} is not {@code equal} to {@code
 * 1000 kWh}, though {@link #isEquivalentTo} says they are. Immutable and thread-safe.
 *
 * @param value the amount, not negative, never {@code null}
 * @param unit the unit, never {@code null}
 */
public record Quantity(BigDecimal value, Unit unit) implements Comparable<Quantity> {

  /** Checks the value and the unit. */
  public Quantity {
    Check.notNull("value", value);
    Check.notNull("unit", unit);
    // Bounded first: 1e999999999 would make every later addition or comparison expand it.
    InputRules.decimal("value", value);
    if (value.signum() < 0) {
      throw new InvalidInputException("value", "notNegative", value);
    }
  }

  /**
   * Returns a quantity from a decimal written as text, which keeps its exact digits.
   *
   * @param value a decimal such as {@code "12.5"}
   * @param unit the unit
   * @return the quantity
   * @throws InvalidInputException when the text is not a decimal or is negative
   */
  public static Quantity of(String value, Unit unit) {
    Check.notNull("value", value);
    BigDecimal decimal;
    try {
      decimal = new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("value", "decimal", value);
    }
    return new Quantity(decimal, unit);
  }

  /** Returns a quantity of a whole amount, such as {@code Quantity.of(950, Unit.HOUSEHOLD)}. */
  public static Quantity of(long value, Unit unit) {
    return new Quantity(BigDecimal.valueOf(value), unit);
  }

  /**
   * Returns a quantity from a double, through its shortest decimal text ({@code 0.1} stays 0.1).
   */
  public static Quantity of(double value, Unit unit) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new InvalidInputException("value", "decimal", Double.toString(value));
    }
    return new Quantity(BigDecimal.valueOf(value), unit);
  }

  /** Returns this quantity expressed in {@code target}, converted exactly. */
  public Quantity to(Unit target) {
    Check.notNull("unit", target);
    requireCompatible(target);
    return new Quantity(unit.convert(value, target), target);
  }

  /** Returns the sum, in this quantity's unit. */
  public Quantity plus(Quantity other) {
    Check.notNull("other", other);
    return new Quantity(value.add(other.to(unit).value), unit);
  }

  /**
   * Returns the difference, in this quantity's unit.
   *
   * @throws InvalidInputException when the result would be negative
   */
  public Quantity minus(Quantity other) {
    Check.notNull("other", other);
    return new Quantity(value.subtract(other.to(unit).value), unit);
  }

  /** Returns whether the two quantities are the same amount once converted. */
  public boolean isEquivalentTo(Quantity other) {
    return other != null && unit.convertibleTo(other.unit) && compareTo(other) == 0;
  }

  /**
   * Compares amounts after converting {@code other} to this unit.
   *
   * @throws InvalidInputException when the units do not mix
   */
  @Override
  public int compareTo(Quantity other) {
    Check.notNull("other", other);
    return value.compareTo(other.to(unit).value);
  }

  /**
   * Returns the amount and symbol, such as {@code 8 M€}, with no grouping of digits; a value of
   * more than 40 digits on either side of the point is written in scientific notation.
   */
  @Override
  public String toString() {
    return Messages.decimal(value) + " " + unit.symbol();
  }

  private void requireCompatible(Unit target) {
    if (!unit.convertibleTo(target)) {
      throw new InvalidInputException(
          "unit", "unit.mismatch", Messages.raw(unit.name()), Messages.raw(target.name()));
    }
  }
}
