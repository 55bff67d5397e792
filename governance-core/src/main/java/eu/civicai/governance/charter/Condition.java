package eu.civicai.governance.charter;

import eu.civicai.governance.internal.Check;
import java.util.List;

/**
 * The closed condition language of charters: comparisons on named facts, presence, counts,
 * quantifiers over lists, and/or/not. A condition is data: the same tree comes from the Java DSL
 * ({@link Facts}) or from a charter file, and is checked against the fact vocabulary when a charter
 * is compiled ({@link CharterEvaluator}), never by reflection.
 *
 * <p>Values are three-valued (true, false, unknown; combined by Kleene's strong logic): a
 * comparison on an absent fact is unknown, and an unknown operand leaves {@code and}, {@code or}
 * and {@code not} unknown unless the other operand decides ({@code false and unknown} is false).
 */
public sealed interface Condition {

  /** The condition that always holds: a criterion that applies to every usage. */
  Condition ALWAYS = new Always();

  /** Always true. */
  record Always() implements Condition {}

  /**
   * Compares a fact with a value. The value is a {@link Boolean}, a {@link java.math.BigDecimal}, a
   * {@link String} (for texts and enum constant names), a {@link java.time.LocalDate}, a {@link
   * RelativeDate}, or a list of strings (for {@code IN} and {@code NOT_IN}).
   *
   * @param fact the fact name
   * @param operator the operator
   * @param value the value compared with
   */
  record Compare(String fact, Operator operator, Object value) implements Condition {
    /** Checks the fields. */
    public Compare {
      Check.notBlank("fact", fact);
      Check.notNull("operator", operator);
      Check.notNull("value", value);
      if (value instanceof List<?> list) {
        value = Check.list("value", list);
      } else if (value instanceof java.math.BigDecimal d) {
        eu.civicai.governance.internal.InputRules.decimal("value", d);
      }
    }
  }

  /**
   * Holds when the fact has a value, and is false otherwise; never unknown.
   *
   * @param fact the fact name
   */
  record Known(String fact) implements Condition {
    /** Checks the fact name. */
    public Known {
      Check.notBlank("fact", fact);
    }
  }

  /**
   * Holds when the fact has a value, and is unknown otherwise: a requirement that something be
   * stated, whose absence is missing information rather than a failure. (Use {@link Known} when
   * absence itself is the failure, as in completeness profiles.)
   *
   * @param fact the fact name
   */
  record Stated(String fact) implements Condition {
    /** Checks the fact name. */
    public Stated {
      Check.notBlank("fact", fact);
    }
  }

  /**
   * Compares the number of elements of a list fact with a number.
   *
   * @param fact the list fact's name
   * @param operator an ordering operator
   * @param value the number
   */
  record Count(String fact, Operator operator, long value) implements Condition {
    /** Checks the fields. */
    public Count {
      Check.notBlank("fact", fact);
      Check.notNull("operator", operator);
    }
  }

  /**
   * Applies a condition, written over element facts, to the elements of a list fact.
   *
   * @param quantifier all, any or none
   * @param fact the list fact's name
   * @param element the condition over each element
   */
  record Quantified(Quantifier quantifier, String fact, Condition element) implements Condition {
    /** Checks the fields. */
    public Quantified {
      Check.notNull("quantifier", quantifier);
      Check.notBlank("fact", fact);
      Check.notNull("element", element);
    }
  }

  /**
   * Holds when every operand holds (Kleene).
   *
   * @param operands at least one
   */
  record And(List<Condition> operands) implements Condition {
    /** Checks the operands. */
    public And {
      operands = Check.list("operands", operands);
    }
  }

  /**
   * Holds when an operand holds (Kleene).
   *
   * @param operands at least one
   */
  record Or(List<Condition> operands) implements Condition {
    /** Checks the operands. */
    public Or {
      operands = Check.list("operands", operands);
    }
  }

  /**
   * Holds when the operand does not; unknown stays unknown.
   *
   * @param operand the operand
   */
  record Not(Condition operand) implements Condition {
    /** Checks the operand. */
    public Not {
      Check.notNull("operand", operand);
    }
  }

  /** Returns the conjunction of this and {@code other}. */
  default Condition and(Condition other) {
    return new And(List.of(this, Check.notNull("other", other)));
  }

  /** Returns the disjunction of this and {@code other}. */
  default Condition or(Condition other) {
    return new Or(List.of(this, Check.notNull("other", other)));
  }

  /** Returns the negation of this condition. */
  default Condition negate() {
    return new Not(this);
  }

  /** Returns the conjunction of the operands. */
  static Condition allOf(Condition... operands) {
    return new And(java.util.Arrays.asList(Check.notNull("operands", operands)));
  }

  /** Returns the disjunction of the operands. */
  static Condition anyOf(Condition... operands) {
    return new Or(java.util.Arrays.asList(Check.notNull("operands", operands)));
  }

  /** Returns the negation of the operand. */
  static Condition not(Condition operand) {
    return new Not(operand);
  }
}
