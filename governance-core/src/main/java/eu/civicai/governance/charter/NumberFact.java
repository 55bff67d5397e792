package eu.civicai.governance.charter;

import java.math.BigDecimal;
import java.util.function.Function;

/** A numeric fact (counts, amounts converted to a documented unit). */
public final class NumberFact extends Fact {
  @SuppressWarnings("unchecked")
  <S> NumberFact(String name, Scope scope, Text description, Function<S, Number> accessor) {
    super(
        name,
        FactType.NUMBER,
        scope,
        description,
        s -> {
          Number n = ((Function<Object, Number>) (Function<?, ?>) accessor).apply(s);
          return toDecimal(n);
        });
  }

  /** Integers convert without text (and small ones from BigDecimal's cache); others by text. */
  private static BigDecimal toDecimal(Number n) {
    if (n == null || n instanceof BigDecimal) {
      return (BigDecimal) n;
    }
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
      return BigDecimal.valueOf(n.longValue());
    }
    return new BigDecimal(n.toString());
  }

  /** Holds when the value is at least {@code n}. */
  public Condition atLeast(long n) {
    return new Condition.Compare(name(), Operator.GE, BigDecimal.valueOf(n));
  }

  /** Holds when the value is at most {@code n}. */
  public Condition atMost(long n) {
    return new Condition.Compare(name(), Operator.LE, BigDecimal.valueOf(n));
  }

  /** Holds when the value is greater than {@code n}. */
  public Condition greaterThan(long n) {
    return new Condition.Compare(name(), Operator.GT, BigDecimal.valueOf(n));
  }

  /** Holds when the value is less than {@code n}. */
  public Condition lessThan(long n) {
    return new Condition.Compare(name(), Operator.LT, BigDecimal.valueOf(n));
  }

  /** Holds when the value equals {@code n}. */
  public Condition equalTo(long n) {
    return new Condition.Compare(name(), Operator.EQ, BigDecimal.valueOf(n));
  }
}
