package eu.civicai.governance.spi;

import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.usage.AiUsage;
import java.util.List;

/**
 * A system of record for registers, the register's counterpart of {@link LedgerStore}: the usages
 * of many tenants with every revision, their datasets, waivers, evaluations, groups and ledgers,
 * one repository per aggregate. The library ships one in memory ({@link InMemoryRegisterStore});
 * the {@code governance-store} module stores in SQLite or PostgreSQL. One contract holds for all.
 *
 * <p>No method reads or writes without a tenant. Implementations are thread-safe, each write is
 * atomic, and nulls are refused with {@link eu.civicai.governance.InvalidInputException}.
 */
public interface RegisterStore extends AutoCloseable {

  /** Returns the usages. */
  UsageRepository usages();

  /** Returns the datasets. */
  DatasetRepository datasets();

  /** Returns the waivers. */
  WaiverRepository waivers();

  /** Returns the evaluations. */
  EvaluationRepository evaluations();

  /** Returns the AI strategies of the tenants' authorities. */
  StrategyRepository strategies();

  /** Returns the tenants and groups. */
  TenantRepository tenants();

  /** Returns the ledgers and checkpoints. */
  LedgerRepository ledgers();

  /**
   * Imports datasets then usages for a tenant in one transaction: all are stored or none. A usage
   * or dataset the tenant already has gets a new revision at the clock's instant (the import is the
   * tenant's latest word). A usage new to the tenant is kept as its document recorded it when it
   * carries the instant of its revision ({@code metadata.updatedAt}): its revision number and
   * instant are stored unchanged, so that a register exported from one store and imported into
   * another reads the same; without an instant it gets revision 1 at the clock's instant. A new
   * dataset gets revision 1.
   *
   * @param tenant the owning tenant
   * @param datasets the datasets, stored first
   * @param usages the usages
   * @param author who imports, not blank
   * @return how many records were stored
   */
  long importBatch(TenantId tenant, List<Dataset> datasets, List<AiUsage> usages, String author);

  /** Releases the store's resources; the in-memory store has none. */
  @Override
  default void close() {}
}
