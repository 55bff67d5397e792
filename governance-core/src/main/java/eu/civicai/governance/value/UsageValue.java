package eu.civicai.governance.value;

import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The value of one usage's benefits against its footprint.
 *
 * <p>Immutable and thread-safe.
 *
 * @param usage the usage's id, never {@code null}
 * @param authority the name of the usage's authority; null when the usage names none
 * @param benefits its benefits valued, in the record's order, then the agents' hours of the
 *     strategy's work effects when the record has no benefit in time (never null)
 * @param totals the sums over the benefits and the footprint, never {@code null}
 */
public record UsageValue(
    UsageId usage, @Nullable String authority, List<ValuedBenefit> benefits, ValueTotals totals) {

  /** Checks and copies the components. */
  public UsageValue {
    Check.notNull("usage", usage);
    benefits = Check.listOrEmpty("benefits", benefits);
    Check.notNull("totals", totals);
  }
}
