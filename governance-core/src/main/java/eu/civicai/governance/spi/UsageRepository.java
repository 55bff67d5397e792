package eu.civicai.governance.spi;

import eu.civicai.governance.UsageId;
import eu.civicai.governance.register.PortfolioStatistics;
import eu.civicai.governance.usage.AiUsage;
import java.util.List;
import java.util.Optional;

/**
 * The usages of a {@link RegisterStore}, with every revision. Every method names the tenant it
 * reads or writes for; ids are unique within a tenant.
 *
 * <p>Revisions: {@link #add} stores revision 1; {@link #replace} takes a record carrying the
 * revision it was read at and stores the next one. Replacing a stale revision is refused with
 * {@link eu.civicai.governance.ConflictException} (rule {@code register.staleRevision}) and changes
 * nothing, also when two processes race on one database: read again, apply the change, retry.
 *
 * <p>Implementations are thread-safe. Every write is atomic: when it throws, nothing of it is
 * stored. Nulls are refused with {@link eu.civicai.governance.InvalidInputException}.
 */
public interface UsageRepository {

  /**
   * Adds a usage at revision 1, stamped with the store's clock.
   *
   * @param tenant the owning tenant
   * @param usage the usage, whatever revision it carries
   * @param author who stores it (an account or a role), not blank
   * @return the usage as stored
   * @throws eu.civicai.governance.ConflictException {@code register.duplicate} when the tenant
   *     already has a usage with this id
   */
  AiUsage add(TenantId tenant, AiUsage usage, String author);

  /**
   * Stores the next revision of a usage.
   *
   * @param tenant the owning tenant
   * @param usage the changed usage, carrying the revision it was read at
   * @param author who stores it, not blank
   * @return the usage as stored, at the next revision
   * @throws eu.civicai.governance.ConflictException {@code register.notFound} when the tenant has
   *     no such usage, {@code register.staleRevision} when the store holds a later revision
   */
  AiUsage replace(TenantId tenant, AiUsage usage, String author);

  /** Returns the latest revision of one of the tenant's usages, if present. */
  Optional<AiUsage> find(TenantId tenant, UsageId id);

  /** Returns a given revision of one of the tenant's usages, if present. */
  Optional<AiUsage> find(TenantId tenant, UsageId id, int revision);

  /** Returns every revision of one of the tenant's usages, oldest first; empty when absent. */
  List<UsageRevision> history(TenantId tenant, UsageId id);

  /**
   * Returns one page of the usages matching a filter, in key order (owner, then id), each at its
   * latest revision. Only the tenant's own usages are read, and with {@link
   * UsageFilter#includingShared()} those its sharing groups let it see.
   *
   * @param tenant the reading tenant
   * @param filter the criteria
   * @param page which page
   * @return the page
   */
  Page<StoredUsage> query(TenantId tenant, UsageFilter filter, PageRequest page);

  /**
   * Returns how many of the tenant's own usages match a filter (its {@code shared} flag included).
   */
  long count(TenantId tenant, UsageFilter filter);

  /**
   * Returns the tenant's counts by stage, theme and authority kind, and its number of datasets,
   * computed where the data is.
   */
  PortfolioStatistics statistics(TenantId tenant);
}
