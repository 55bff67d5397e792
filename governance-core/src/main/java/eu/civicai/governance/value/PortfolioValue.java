package eu.civicai.governance.value;

import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;
import java.util.List;
import java.util.Optional;

/**
 * The value of a portfolio's benefits against its footprint: per usage, per authority and overall.
 * The overall totals are the sum of the authorities' totals, which are the sums of their usages'.
 *
 * <p>Immutable and thread-safe.
 *
 * @param usages each usage's value, sorted by id (never null)
 * @param authorities each authority's totals, sorted by name, the usages naming no authority last
 *     (never null)
 * @param totals the totals over every usage, never {@code null}
 * @param factors the factors the valuation used, never {@code null}
 */
public record PortfolioValue(
    List<UsageValue> usages,
    List<AuthorityValue> authorities,
    ValueTotals totals,
    ValueFactors factors) {

  /** Checks and copies the components. */
  public PortfolioValue {
    usages = Check.listOrEmpty("usages", usages);
    authorities = Check.listOrEmpty("authorities", authorities);
    Check.notNull("totals", totals);
    Check.notNull("factors", factors);
  }

  /** Returns the value of one usage, if it is in the portfolio. */
  public Optional<UsageValue> usage(UsageId id) {
    Check.notNull("id", id);
    return usages.stream().filter(u -> u.usage().equals(id)).findFirst();
  }

  /** Returns the totals of one authority, if it has usages in the portfolio. */
  public Optional<AuthorityValue> authority(String name) {
    Check.notNull("name", name);
    return authorities.stream().filter(a -> name.equals(a.authority())).findFirst();
  }
}
