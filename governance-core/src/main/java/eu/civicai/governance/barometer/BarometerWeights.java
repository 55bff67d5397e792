package eu.civicai.governance.barometer;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The weight of each {@link MaturityComponent} in an authority's score, in whole points. The
 * default is the barometer's own ({@link MaturityComponent#weight()}: 25, 15, 15, 15, 20, 10, which
 * add up to 100); a caller that weighs the components otherwise (a region that stresses training)
 * gives its own, and the barometer says which it used ({@link Barometer#weights()}, the JSON's
 * {@code weights} and {@code defaultWeights}). Barometers computed with different weights do not
 * compare: publish the weights with the scores.
 *
 * <p>Each weight is a whole number from 0 to {@link #MAX_WEIGHT}; at least one is above 0. A
 * component weighing 0 is still shown, but moves no score. Immutable and thread-safe.
 *
 * <pre>{@code
 * BarometerWeights w = BarometerWeights.defaults().with(MaturityComponent.AGENTS_TRAINED, 30);
 * Barometer b = Barometer.of(register, ledger, clock, w);
 * }</pre>
 */
public final class BarometerWeights {
  /** The largest weight one component may have. */
  public static final int MAX_WEIGHT = 1000;

  private static final BarometerWeights DEFAULTS = new BarometerWeights(defaultMap());

  private final Map<MaturityComponent, Integer> weights;

  private BarometerWeights(EnumMap<MaturityComponent, Integer> weights) {
    this.weights = Collections.unmodifiableMap(weights);
  }

  /** Returns the barometer's default weights, {@link MaturityComponent#weight()} of each. */
  public static BarometerWeights defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the weights a map gives, one for every component.
   *
   * @param weights a weight for each of the six components, not null
   * @return the weights
   * @throws InvalidInputException {@code notNull} naming {@code weights.COMPONENT} when a component
   *     has no weight; {@code min} or {@code max} naming {@code weights.COMPONENT} and the value
   *     when a weight is below 0 or above {@link #MAX_WEIGHT}; {@code barometer.weightsZero} when
   *     they are all 0
   */
  public static BarometerWeights of(Map<MaturityComponent, Integer> weights) {
    Check.notNull("weights", weights);
    EnumMap<MaturityComponent, Integer> copy = new EnumMap<>(MaturityComponent.class);
    for (MaturityComponent c : MaturityComponent.values()) {
      Integer w = weights.get(c);
      if (w == null) {
        throw new InvalidInputException(field(c), "notNull");
      }
      copy.put(c, checked(c, w));
    }
    return new BarometerWeights(nonZero(copy));
  }

  /**
   * Returns these weights with one changed.
   *
   * @param component the component, not null
   * @param weight its weight, from 0 to {@link #MAX_WEIGHT}
   * @return the new weights
   * @throws InvalidInputException {@code min} or {@code max} naming {@code weights.COMPONENT} and
   *     the value; {@code barometer.weightsZero} when every weight would be 0
   */
  public BarometerWeights with(MaturityComponent component, int weight) {
    Check.notNull("component", component);
    EnumMap<MaturityComponent, Integer> copy = new EnumMap<>(weights);
    copy.put(component, checked(component, weight));
    return new BarometerWeights(nonZero(copy));
  }

  /** Returns the weight of one component, in points. */
  public int weight(MaturityComponent component) {
    Check.notNull("component", component);
    return weights.get(component);
  }

  /** Returns the sum of the weights (100 for the defaults). */
  public int total() {
    return weights.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Returns whether these are the default weights. */
  public boolean isDefault() {
    return equals(DEFAULTS);
  }

  /** Returns the weights by component, in the enum's order; unmodifiable. */
  public Map<MaturityComponent, Integer> asMap() {
    return weights;
  }

  private static int checked(MaturityComponent c, int weight) {
    if (weight < 0) {
      throw new InvalidInputException(field(c), "min", weight, 0);
    }
    if (weight > MAX_WEIGHT) {
      throw new InvalidInputException(field(c), "max", weight, MAX_WEIGHT);
    }
    return weight;
  }

  private static EnumMap<MaturityComponent, Integer> nonZero(
      EnumMap<MaturityComponent, Integer> weights) {
    if (weights.values().stream().allMatch(w -> w == 0)) {
      throw new InvalidInputException(
          "weights", "barometer.weightsZero", Messages.raw(weights.toString()));
    }
    return weights;
  }

  private static String field(MaturityComponent c) {
    return "weights." + c.name();
  }

  private static EnumMap<MaturityComponent, Integer> defaultMap() {
    EnumMap<MaturityComponent, Integer> m = new EnumMap<>(MaturityComponent.class);
    for (MaturityComponent c : MaturityComponent.values()) {
      m.put(c, c.weight());
    }
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BarometerWeights other && weights.equals(other.weights);
  }

  @Override
  public int hashCode() {
    return Objects.hash(weights);
  }

  @Override
  public String toString() {
    return "BarometerWeights" + weights;
  }
}
