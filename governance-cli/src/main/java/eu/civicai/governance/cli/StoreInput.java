package eu.civicai.governance.cli;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LedgerVerification;
import eu.civicai.governance.spi.LedgerRepository;
import eu.civicai.governance.spi.LedgerStore;
import eu.civicai.governance.spi.Page;
import eu.civicai.governance.spi.PageRequest;
import eu.civicai.governance.spi.StoredCheckpoint;
import eu.civicai.governance.spi.StoredUsage;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.spi.UsageFilter;
import eu.civicai.governance.store.JdbcRegisterStore;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.usage.AiUsage;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * A tenant of a store read for evaluation: its usages (latest revisions, as stored) are read page
 * by page, by key, and handed over one at a time, so that memory stays flat in the number of
 * usages; datasets are looked up in the store as evaluations and ledgers ask for them. The store is
 * opened with {@link JdbcRegisterStore#connectExisting}: nothing is created, migrated or written.
 * Errors name the store (without its password) and the rule.
 */
final class StoreInput implements UsageSource {
  /** Usages read per query: enough to amortise a round trip, few enough to keep heap flat. */
  static final int PAGE = 500;

  private final String name;
  private final JdbcRegisterStore store;
  private final TenantId tenant;
  private final DatasetLookup datasets;
  private final long count;

  private StoreInput(
      String name, JdbcRegisterStore store, TenantId tenant, DatasetLookup datasets, long count) {
    this.name = name;
    this.store = store;
    this.tenant = tenant;
    this.datasets = datasets;
    this.count = count;
  }

  /**
   * Opens a tenant of an existing store.
   *
   * @param option the {@code --store} and {@code --tenant} options; {@code --tenant} is required
   * @param clock the clock of the store's instants
   * @return the input
   * @throws GovernanceException naming the store when it cannot be opened or the tenant is invalid
   */
  static StoreInput open(StoreOption option, Clock clock) {
    String name = StoreError.displayName(option.store);
    if (option.tenant == null) {
      throw StoreError.in(
          name, new eu.civicai.governance.InvalidInputException("--tenant", "notNull"));
    }
    try {
      TenantId tenant = TenantId.of(option.tenant);
      JdbcRegisterStore store = JdbcRegisterStore.connectExisting(option.store, clock);
      long count = store.usages().count(tenant, UsageFilter.all());
      return new StoreInput(name, store, tenant, store.datasets().lookup(tenant), count);
    } catch (GovernanceException e) {
      throw StoreError.in(name, e);
    }
  }

  /** Returns the store's name as shown in messages. */
  String name() {
    return name;
  }

  @Override
  public DatasetLookup datasets() {
    return datasets;
  }

  /** Returns the tenant's stored strategies, read when the source is opened. */
  @Override
  public List<Strategy> strategies() {
    return store.strategies().list(tenant);
  }

  @Override
  public long count() {
    return count;
  }

  @Override
  public void forEachUsage(Consumer<AiUsage> action) {
    PageRequest request = PageRequest.first(PAGE);
    while (true) {
      Page<StoredUsage> page;
      try {
        page = store.usages().query(tenant, UsageFilter.all(), request);
      } catch (GovernanceException e) {
        throw StoreError.in(name, e);
      }
      // Outside the try: an error of the action (an output that fails) is not the store's.
      for (StoredUsage usage : page.items()) {
        action.accept(usage.usage());
      }
      if (page.next().isEmpty()) {
        return;
      }
      request = PageRequest.after(page.next().get(), PAGE);
    }
  }

  /** The tenant's ledger of this name in the store, as a command reads it. */
  LedgerSource ledger(String ledgerName) {
    return new LedgerSource() {
      @Override
      public LedgerStore open() {
        try {
          return store.ledgers().ledger(tenant, LedgerRepository.checkName(ledgerName));
        } catch (GovernanceException e) {
          throw StoreError.in(name, e);
        }
      }

      @Override
      public Ledger replay(LedgerStore ledger, DatasetLookup lookup, Clock clock) {
        try {
          return Ledger.open(ledger, lookup, clock);
        } catch (GovernanceException e) {
          throw StoreError.in(name, e);
        }
      }
    };
  }

  /**
   * Verifies the tenant's ledger of this name in the store against {@code checkpoint}, or, when it
   * is null, against the latest checkpoint the store holds for it (none: the chain only).
   */
  LedgerVerification verifyLedger(String ledgerName, Checkpoint checkpoint) {
    try {
      String name = LedgerRepository.checkName(ledgerName);
      Checkpoint against =
          checkpoint != null
              ? checkpoint
              : store
                  .ledgers()
                  .latestCheckpoint(tenant, name)
                  .map(StoredCheckpoint::checkpoint)
                  .orElse(null);
      return store.ledgers().verify(tenant, name, against);
    } catch (GovernanceException e) {
      throw StoreError.in(this.name, e);
    }
  }

  @Override
  public void close() {
    store.close();
  }
}
