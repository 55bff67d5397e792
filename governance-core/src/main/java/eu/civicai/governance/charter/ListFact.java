package eu.civicai.governance.charter;

import java.util.List;
import java.util.function.Function;

/** A list of elements (datasets, risks, benefits…), over which conditions count and quantify. */
public final class ListFact extends Fact {
  private final Scope elementScope;

  @SuppressWarnings("unchecked")
  <S> ListFact(String name, Scope elementScope, Text description, Function<S, List<?>> accessor) {
    super(
        name,
        FactType.LIST,
        Scope.USAGE,
        description,
        (Function<Object, Object>) (Function<?, ?>) accessor);
    this.elementScope = elementScope;
  }

  @Override
  public Scope elementScope() {
    return elementScope;
  }

  /** Holds when the list has at least {@code n} elements; unknown when the list is unknown. */
  public Condition countAtLeast(long n) {
    return new Condition.Count(name(), Operator.GE, n);
  }

  /** Holds when the list has no element. */
  public Condition isEmpty() {
    return new Condition.Count(name(), Operator.EQ, 0);
  }

  /** Holds when every element satisfies {@code element} (true for an empty list). */
  public Condition all(Condition element) {
    return new Condition.Quantified(Quantifier.ALL, name(), element);
  }

  /** Holds when at least one element satisfies {@code element}. */
  public Condition any(Condition element) {
    return new Condition.Quantified(Quantifier.ANY, name(), element);
  }

  /** Holds when no element satisfies {@code element}. */
  public Condition none(Condition element) {
    return new Condition.Quantified(Quantifier.NONE, name(), element);
  }
}
