package eu.civicai.governance.value;

import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The totals of one authority's usages.
 *
 * <p>Immutable and thread-safe.
 *
 * @param authority the authority's name as its usages carry it; null for the usages that name no
 *     authority
 * @param usages the ids of its usages, sorted (never null)
 * @param totals the sum of its usages' totals, never {@code null}
 */
public record AuthorityValue(@Nullable String authority, List<UsageId> usages, ValueTotals totals) {

  /** Checks and copies the components. */
  public AuthorityValue {
    usages = Check.listOrEmpty("usages", usages);
    Check.notNull("totals", totals);
  }
}
