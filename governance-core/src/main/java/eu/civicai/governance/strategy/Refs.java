package eu.civicai.governance.strategy;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Messages;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Checks shared by the strategy's records: uniqueness within a list, dependent fields, dates. */
final class Refs {
  private Refs() {}

  /** Throws {@code strategy.duplicate} naming the second element whose key was already seen. */
  static <T> void unique(String field, String what, List<T> values, Function<T, ?> key) {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      Object k = key.apply(values.get(i));
      if (!seen.add(k)) {
        throw new InvalidInputException(
            field + "[" + i + "]", "strategy.duplicate", Messages.raw(what), Messages.raw(k));
      }
    }
  }

  /** Throws {@code strategy.onlyWhen} when {@code value} is set while its condition is false. */
  static void onlyWhen(
      String field, Object value, boolean condition, String otherField, Object expected) {
    if (value != null && !condition) {
      throw new InvalidInputException(
          field,
          "strategy.onlyWhen",
          Messages.raw(value),
          Messages.raw(otherField),
          Messages.raw(expected));
    }
  }

  /** Parses a decimal, or throws {@code decimal} naming the field. */
  static java.math.BigDecimal decimal(String field, String text) {
    eu.civicai.governance.internal.Check.notNull(field, text);
    try {
      return new java.math.BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "decimal", text);
    }
  }

  /** Throws {@code dateOrder} when {@code later} is before {@code earlier}. */
  static void notBefore(String field, LocalDate later, String earlierField, LocalDate earlier) {
    if (later != null && earlier != null && later.isBefore(earlier)) {
      throw new InvalidInputException(
          field,
          "dateOrder",
          Messages.raw(later),
          Messages.raw(earlierField),
          Messages.raw(earlier));
    }
  }
}
