package eu.civicai.governance.barometer;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The value one component takes for one authority: a fraction from 0 to 1 with four decimals, or
 * null when it is unknown (an unknown is never counted as 0).
 *
 * @param component the component
 * @param value from 0 to 1; null when unknown
 */
public record ComponentScore(MaturityComponent component, @Nullable BigDecimal value) {

  /**
   * Checks the value.
   *
   * @throws InvalidInputException {@code notNull} for the component, {@code min} or {@code max}
   *     when the value lies outside 0 to 1
   */
  public ComponentScore {
    Check.notNull("component", component);
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

  /** Returns the component's weight in points out of 100. */
  public int weight() {
    return component.weight();
  }
}
