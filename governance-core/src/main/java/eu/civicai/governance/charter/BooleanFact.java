package eu.civicai.governance.charter;

import java.util.function.Function;

/** A yes-or-no fact. */
public final class BooleanFact extends Fact {
  @SuppressWarnings("unchecked")
  <S> BooleanFact(String name, Scope scope, Text description, Function<S, Boolean> accessor) {
    super(
        name,
        FactType.BOOLEAN,
        scope,
        description,
        (Function<Object, Object>) (Function<?, ?>) accessor);
  }

  /** Holds when the fact is true; unknown when absent. */
  public Condition isTrue() {
    return new Condition.Compare(name(), Operator.EQ, Boolean.TRUE);
  }

  /** Holds when the fact is false; unknown when absent. */
  public Condition isFalse() {
    return new Condition.Compare(name(), Operator.EQ, Boolean.FALSE);
  }
}
