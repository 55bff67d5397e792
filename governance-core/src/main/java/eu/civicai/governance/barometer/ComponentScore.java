package eu.civicai.governance.barometer;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The value one component takes for one authority: a fraction from 0 to 1 with four decimals, or
 * null when it is unknown (an unknown is never counted as 0), and the weight the barometer gave the
 * component ({@link BarometerWeights}).
 *
 * @param component the component
 * @param value from 0 to 1; null when unknown
 * @param weight the component's weight in the score, in points, from 0 to {@link
 *     BarometerWeights#MAX_WEIGHT}
 */
public record ComponentScore(MaturityComponent component, @Nullable BigDecimal value, int weight) {

  /**
   * A value weighed with the component's default weight ({@link MaturityComponent#weight()}).
   *
   * @param component the component, not null
   * @param value from 0 to 1; null when unknown
   * @throws InvalidInputException as the canonical constructor
   */
  public ComponentScore(MaturityComponent component, @Nullable BigDecimal value) {
    this(component, value, Check.notNull("component", component).weight());
  }

  /**
   * Checks the value and the weight.
   *
   * @throws InvalidInputException {@code notNull} for the component, {@code min} or {@code max}
   *     when the value lies outside 0 to 1 or the weight outside 0 to {@link
   *     BarometerWeights#MAX_WEIGHT}
   */
  public ComponentScore {
    Check.notNull("component", component);
    if (weight < 0) {
      throw new InvalidInputException("weight", "min", weight, 0);
    }
    if (weight > BarometerWeights.MAX_WEIGHT) {
      throw new InvalidInputException("weight", "max", weight, BarometerWeights.MAX_WEIGHT);
    }
    if (value != null) {
      if (value.signum() < 0) {
        throw new InvalidInputException("value", "min", value, 0);
      }
      if (value.compareTo(BigDecimal.ONE) > 0) {
        throw new InvalidInputException("value", "max", value, 1);
      }
    }
  }

  /** Returns whether the value is known. */
  public boolean isKnown() {
    return value != null;
  }
}
