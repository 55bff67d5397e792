package eu.civicai.governance.charter;

import java.util.Arrays;
import java.util.function.Function;

/**
 * A fact whose value is one constant of an enum.
 *
 * @param <E> the enum
 */
public final class EnumFact<E extends Enum<E>> extends Fact {
  private final Class<E> enumType;

  @SuppressWarnings("unchecked")
  <S> EnumFact(
      String name, Scope scope, Class<E> enumType, Text description, Function<S, E> accessor) {
    super(
        name,
        FactType.ENUM,
        scope,
        description,
        (Function<Object, Object>) (Function<?, ?>) accessor);
    this.enumType = enumType;
  }

  @Override
  public Class<? extends Enum<?>> enumType() {
    return enumType;
  }

  /** Holds when the value is {@code value}. */
  public Condition is(E value) {
    return new Condition.Compare(name(), Operator.EQ, value.name());
  }

  /** Holds when the value is known and is not {@code value}. */
  public Condition isNot(E value) {
    return new Condition.Compare(name(), Operator.NE, value.name());
  }

  /** Holds when the value is one of {@code values}. */
  @SafeVarargs
  public final Condition in(E... values) {
    return new Condition.Compare(
        name(), Operator.IN, Arrays.stream(values).map(Enum::name).toList());
  }

  /** Holds when the value is known and none of {@code values}. */
  @SafeVarargs
  public final Condition notIn(E... values) {
    return new Condition.Compare(
        name(), Operator.NOT_IN, Arrays.stream(values).map(Enum::name).toList());
  }
}
