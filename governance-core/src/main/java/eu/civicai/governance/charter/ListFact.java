package eu.civicai.governance.charter;

import java.util.List;
import java.util.function.Function;

/**
 * A list of elements (datasets, risks, benefits…), over which conditions count and quantify.
 *
 * <p>Some lists may be incomplete for a usage: the record shows part of them only, as the datasets
 * of a usage when none is listed or some references do not resolve. Such a list names a boolean
 * fact that says whether it is complete; when that fact is false, quantifiers count one more
 * element, unknown: "every dataset satisfies X" over zero listed datasets is unknown rather than
 * vacuously true, and holding for the listed ones is not enough.
 */
public final class ListFact extends Fact {
  private final Scope elementScope;
  private final String completeness;

  <S> ListFact(String name, Scope elementScope, Text description, Function<S, List<?>> accessor) {
    this(name, elementScope, description, accessor, null);
  }

  @SuppressWarnings("unchecked")
  <S> ListFact(
      String name,
      Scope elementScope,
      Text description,
      Function<S, List<?>> accessor,
      String completeness) {
    super(
        name,
        FactType.LIST,
        Scope.USAGE,
        description,
        (Function<Object, Object>) (Function<?, ?>) accessor);
    this.elementScope = elementScope;
    this.completeness = completeness;
  }

  /**
   * The name of the boolean fact, of the usage, that is false when the list may hold elements the
   * record does not show; null when the list is always complete.
   */
  String completeness() {
    return completeness;
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

  /**
   * Holds when every element satisfies {@code element} (true for an empty list, unknown for an open
   * one unless an element fails).
   */
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
