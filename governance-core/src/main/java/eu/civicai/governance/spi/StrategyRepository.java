package eu.civicai.governance.spi;

import eu.civicai.governance.strategy.Strategy;
import java.util.List;
import java.util.Optional;

/**
 * The AI strategies of a {@link RegisterStore}: per tenant, one per authority (keyed by {@link
 * Strategy#key()}, the authority's name), every revision kept. The store's counterpart of {@link
 * eu.civicai.governance.register.Register#putStrategy}. Thread-safe; every write is atomic; nulls
 * are refused with {@link eu.civicai.governance.InvalidInputException}.
 */
public interface StrategyRepository {

  /**
   * Stores a strategy: revision 1 when the tenant has none for its authority, the next revision
   * otherwise.
   *
   * @param tenant the owning tenant
   * @param strategy the strategy
   * @param author who stores it (an account or a role), not blank
   * @return the revision stored, from 1
   */
  int put(TenantId tenant, Strategy strategy, String author);

  /**
   * Returns the latest revision of the strategy of one of the tenant's authorities, if present.
   *
   * @param tenant the reading tenant
   * @param authorityName the authority's name
   * @return the strategy, or empty
   */
  Optional<Strategy> find(TenantId tenant, String authorityName);

  /** Returns how many revisions of an authority's strategy the tenant has stored; 0 when absent. */
  int revisions(TenantId tenant, String authorityName);

  /** Returns the tenant's strategies at their latest revision, sorted by authority name. */
  List<Strategy> list(TenantId tenant);
}
