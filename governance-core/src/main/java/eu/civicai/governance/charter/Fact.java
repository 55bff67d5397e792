package eu.civicai.governance.charter;

import eu.civicai.governance.internal.Check;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A named, typed fact of the vocabulary charters are written in, such as {@code
 * decision.oversightLevel} or {@code dataset.legalBasis}: read from a usage (or from one element of
 * a list fact) by a plain accessor, never by reflection. The whole vocabulary is {@link
 * Facts#vocabulary()}, documented in {@code docs/facts.md}.
 *
 * <p>The typed subclasses ({@link BooleanFact}, {@link NumberFact}, …) offer the Java DSL: {@code
 * DecisionFacts.OVERSIGHT_LEVEL.isNot(OversightLevel.NONE)} returns the {@link Condition} a charter
 * file would hold. Immutable and thread-safe.
 *
 * <p>Example:
 *
 * <pre class="example">{@code
 * // Facts are typed: each type offers the comparisons that make sense for it.
 * Condition supervised = DecisionFacts.OVERSIGHT_LEVEL.isNot(OversightLevel.NONE);
 * Condition documented = StatusFacts.STAGE.known();
 * // A charter written as JSON names facts; the vocabulary finds them by name (docs/facts.md).
 * Optional<Fact> byName = Facts.find("decision.oversightLevel");
 * }</pre>
 */
public abstract sealed class Fact
    permits BooleanFact, NumberFact, TextFact, DateFact, EnumFact, EnumSetFact, ListFact {
  private final String name;
  private final FactType type;
  private final Scope scope;
  private final Text description;
  private final Function<Object, Object> accessor;
  private final String suffix;

  Fact(
      String name,
      FactType type,
      Scope scope,
      Text description,
      Function<Object, Object> accessor) {
    this.name = Check.notBlank("name", name);
    this.type = type;
    this.scope = scope;
    this.description = description;
    this.accessor = accessor;
    this.suffix = name.substring(name.indexOf('.') + 1);
  }

  /** The name after its scope, {@code legalBasis} for {@code dataset.legalBasis}: for evidence. */
  final String suffix() {
    return suffix;
  }

  /** Returns the name charters use. */
  public final String name() {
    return name;
  }

  /** Returns the type of the fact's values. */
  public final FactType type() {
    return type;
  }

  /** Returns what the fact is read from. */
  public final Scope scope() {
    return scope;
  }

  /** Returns what the fact means, in French and English. */
  public final Text description() {
    return description;
  }

  /** For enum and enum-set facts, the enum; null otherwise. */
  public Class<? extends Enum<?>> enumType() {
    return null;
  }

  /** For list facts, the scope of the elements; null otherwise. */
  public Scope elementScope() {
    return null;
  }

  /**
   * Returns a condition that holds when the fact has a value and is unknown otherwise: absence is
   * missing information.
   */
  public final Condition stated() {
    return new Condition.Stated(name);
  }

  /** Returns a condition that holds when the fact has a value and is false otherwise. */
  public final Condition known() {
    return new Condition.Known(name);
  }

  /** Reads the value from a subject of this fact's scope; null when unknown. */
  final Object read(@Nullable Object subject) {
    return accessor.apply(subject);
  }

  @Override
  public final String toString() {
    return name + ":" + type;
  }
}
