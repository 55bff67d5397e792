package eu.civicai.governance.value;

import eu.civicai.governance.internal.Check;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The conversion factors a valuation uses: one per {@link FactorKind} for everyone, and those an
 * authority gives to replace them for its own usages.
 *
 * <p>{@link #defaults()} holds the library's documented defaults (see {@code docs/value.md}); there
 * is none for {@link FactorKind#ELECTRICITY_PRICE}, which depends on each contract. {@link
 * #with(ValueFactor)} replaces a factor for everyone, {@link #withFor(String, ValueFactor)} for the
 * usages of one authority (named as its usages name it). A replaced factor is used with its own
 * source, so that a report cites the figure it used.
 *
 * <p>Immutable and thread-safe: every {@code with…} method returns a new set.
 */
public final class ValueFactors {
  private static final ValueFactors DEFAULTS = new ValueFactors(DefaultFactors.all(), Map.of());
  private static final ValueFactors NONE = new ValueFactors(List.of(), Map.of());

  private final Map<FactorKind, ValueFactor> common;
  private final Map<String, Map<FactorKind, ValueFactor>> byAuthority;

  private ValueFactors(
      List<ValueFactor> common, Map<String, Map<FactorKind, ValueFactor>> byAuthority) {
    EnumMap<FactorKind, ValueFactor> map = new EnumMap<>(FactorKind.class);
    common.forEach(f -> map.put(f.kind(), f));
    this.common = Collections.unmodifiableMap(map);
    this.byAuthority = byAuthority;
  }

  private ValueFactors(
      Map<FactorKind, ValueFactor> common, Map<String, Map<FactorKind, ValueFactor>> byAuthority) {
    this.common = common;
    this.byAuthority = byAuthority;
  }

  /** Returns the library's documented default factors. */
  public static ValueFactors defaults() {
    return DEFAULTS;
  }

  /** Returns a set without any factor: every conversion is unknown until a factor is given. */
  public static ValueFactors none() {
    return NONE;
  }

  /**
   * Returns this set with {@code factor} replacing the factor of its kind for everyone.
   *
   * @param factor the factor, never {@code null}
   * @return a new set
   */
  public ValueFactors with(ValueFactor factor) {
    Check.notNull("factor", factor);
    EnumMap<FactorKind, ValueFactor> map = new EnumMap<>(FactorKind.class);
    map.putAll(common);
    map.put(factor.kind(), factor);
    return new ValueFactors(Collections.unmodifiableMap(map), byAuthority);
  }

  /**
   * Returns this set with {@code factor} replacing the factor of its kind for the usages of one
   * authority.
   *
   * @param authority the authority's name as its usages carry it, not blank
   * @param factor the factor, never {@code null}
   * @return a new set
   */
  public ValueFactors withFor(String authority, ValueFactor factor) {
    Check.notBlank("authority", authority);
    Check.notNull("factor", factor);
    Map<String, Map<FactorKind, ValueFactor>> all = new TreeMap<>(byAuthority);
    EnumMap<FactorKind, ValueFactor> own = new EnumMap<>(FactorKind.class);
    own.putAll(byAuthority.getOrDefault(authority, Map.of()));
    own.put(factor.kind(), factor);
    all.put(authority, Collections.unmodifiableMap(own));
    return new ValueFactors(common, Collections.unmodifiableMap(all));
  }

  /**
   * Returns the factor used for everyone.
   *
   * @param kind the kind, never {@code null}
   * @return the factor, or empty when this set has none of that kind
   */
  public Optional<ValueFactor> find(FactorKind kind) {
    Check.notNull("kind", kind);
    return Optional.ofNullable(common.get(kind));
  }

  /**
   * Returns the factor used for the usages of an authority: its own when it gave one, otherwise the
   * one for everyone.
   *
   * @param kind the kind, never {@code null}
   * @param authority the authority's name; null (a usage naming no authority) gives the factor for
   *     everyone
   * @return the factor, or empty when there is none of that kind
   */
  public Optional<ValueFactor> find(FactorKind kind, @Nullable String authority) {
    Check.notNull("kind", kind);
    if (authority != null) {
      ValueFactor own = byAuthority.getOrDefault(authority, Map.of()).get(kind);
      if (own != null) {
        return Optional.of(own);
      }
    }
    return Optional.ofNullable(common.get(kind));
  }

  /** Returns the factors for everyone, in the order of {@link FactorKind}. */
  public List<ValueFactor> common() {
    return List.copyOf(common.values());
  }

  /** Returns the factors authorities gave for their own usages, by authority name (sorted). */
  public Map<String, List<ValueFactor>> overrides() {
    Map<String, List<ValueFactor>> out = new TreeMap<>();
    byAuthority.forEach((name, own) -> out.put(name, List.copyOf(own.values())));
    return Collections.unmodifiableMap(out);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValueFactors f
        && common.equals(f.common)
        && byAuthority.equals(f.byAuthority);
  }

  @Override
  public int hashCode() {
    return common.hashCode() * 31 + byAuthority.hashCode();
  }

  @Override
  public String toString() {
    return "ValueFactors" + common.values() + overrides();
  }
}
