package eu.civicai.governance.charter;

import java.util.Collection;
import java.util.function.Function;

/**
 * A fact whose value is a set of enum constants (audiences, techniques). An empty set is known.
 *
 * @param <E> the enum
 */
public final class EnumSetFact<E extends Enum<E>> extends Fact {
  private final Class<E> enumType;

  @SuppressWarnings("unchecked")
  <S> EnumSetFact(
      String name,
      Scope scope,
      Class<E> enumType,
      Text description,
      Function<S, Collection<E>> accessor) {
    super(
        name,
        FactType.ENUM_SET,
        scope,
        description,
        (Function<Object, Object>) (Function<?, ?>) accessor);
    this.enumType = enumType;
  }

  @Override
  public Class<? extends Enum<?>> enumType() {
    return enumType;
  }

  /** Holds when the set holds {@code value}; unknown when the set is unknown. */
  public Condition contains(E value) {
    return new Condition.Compare(name(), Operator.CONTAINS, value.name());
  }
}
