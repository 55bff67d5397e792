package eu.civicai.governance.barometer;

import eu.civicai.governance.internal.Check;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One component over a group of authorities: for how many it is known, and its mean value over
 * those (for a yes-or-no component, the share of authorities that have it).
 *
 * @param component the component
 * @param known authorities for which it is known
 * @param unknown authorities for which it is unknown
 * @param mean the mean value over the known ones, from 0 to 1 with four decimals; null when none is
 *     known
 */
public record ComponentShare(
    MaturityComponent component, long known, long unknown, @Nullable BigDecimal mean) {

  /** Checks the component. */
  public ComponentShare {
    Check.notNull("component", component);
  }
}
