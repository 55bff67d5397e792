package eu.civicai.governance.charter;

import java.util.function.Function;

/** A free-text fact; charters mostly ask whether it is {@link #known()}. */
public final class TextFact extends Fact {
  @SuppressWarnings("unchecked")
  <S> TextFact(String name, Scope scope, Text description, Function<S, String> accessor) {
    super(
        name,
        FactType.TEXT,
        scope,
        description,
        s -> {
          String text = ((Function<Object, String>) (Function<?, ?>) accessor).apply(s);
          return text == null || text.isBlank() ? null : text;
        });
  }

  /** Holds when the text equals {@code value} exactly. */
  public Condition is(String value) {
    return new Condition.Compare(name(), Operator.EQ, value);
  }
}
