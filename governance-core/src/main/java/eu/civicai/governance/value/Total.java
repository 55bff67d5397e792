package eu.civicai.governance.value;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A sum that keeps track of what it could not count: the sum of its known parts, how many parts
 * were known and how many were unknown. An unknown part is never counted as zero: a total with only
 * unknown parts has no value, and one with some unknown parts is {@linkplain #complete()
 * incomplete}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param unit the unit of the sum, never {@code null}
 * @param known the sum of the known parts in {@code unit}, not negative; null exactly when {@code
 *     knownParts} is 0
 * @param knownParts how many parts were known, not negative
 * @param unknownParts how many parts were unknown, not negative
 */
public record Total(Unit unit, @Nullable BigDecimal known, int knownParts, int unknownParts) {

  /**
   * Checks the components.
   *
   * @throws InvalidInputException naming the component that breaks a rule
   */
  public Total {
    Check.notNull("unit", unit);
    if (knownParts < 0) {
      throw new InvalidInputException("knownParts", "notNegative", Messages.raw(knownParts));
    }
    if (unknownParts < 0) {
      throw new InvalidInputException("unknownParts", "notNegative", Messages.raw(unknownParts));
    }
    if (known == null && knownParts > 0) {
      throw new InvalidInputException("known", "notNull");
    }
    if (known != null && knownParts == 0) {
      throw new InvalidInputException(
          "known", "value.knownWithoutParts", known, Messages.raw("knownParts"));
    }
    if (known != null) {
      new Quantity(known, unit); // bounded and not negative
    }
  }

  /** Returns an empty total: no part at all. */
  public static Total none(Unit unit) {
    return new Total(unit, null, 0, 0);
  }

  /** Returns this total with one more part, known ({@code part} not null) or unknown (null). */
  public Total plus(Quantity part) {
    if (part == null) {
      return new Total(unit, known, knownParts, unknownParts + 1);
    }
    BigDecimal value = part.to(unit).value();
    return new Total(unit, known == null ? value : known.add(value), knownParts + 1, unknownParts);
  }

  /** Returns the sum of this total and another of a convertible unit, in this unit. */
  public Total plus(Total other) {
    Check.notNull("other", other);
    BigDecimal sum = known;
    if (other.known != null) {
      BigDecimal value = new Quantity(other.known, other.unit).to(unit).value();
      sum = sum == null ? value : sum.add(value);
    }
    return new Total(unit, sum, knownParts + other.knownParts, unknownParts + other.unknownParts);
  }

  /** Returns the sum of the known parts, or empty when no part is known. */
  public Optional<Quantity> value() {
    return known == null ? Optional.empty() : Optional.of(new Quantity(known, unit));
  }

  /** Returns whether every part is known (true for a total without parts). */
  public boolean complete() {
    return unknownParts == 0;
  }

  /** Returns how many parts the total has, known or not. */
  public int parts() {
    return knownParts + unknownParts;
  }
}
