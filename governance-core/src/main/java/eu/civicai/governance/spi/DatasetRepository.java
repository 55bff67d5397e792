package eu.civicai.governance.spi;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.DatasetLookup;
import java.util.List;
import java.util.Optional;

/**
 * The datasets of a {@link RegisterStore}, per tenant, with every revision kept. Thread-safe; every
 * write is atomic.
 */
public interface DatasetRepository {

  /**
   * Stores a dataset: revision 1 when the tenant has none with its id, the next revision otherwise.
   *
   * @param tenant the owning tenant
   * @param dataset the dataset
   * @param author who stores it, not blank
   * @return the revision stored, from 1
   */
  int put(TenantId tenant, Dataset dataset, String author);

  /** Returns the latest revision of one of the tenant's datasets, if present. */
  Optional<Dataset> find(TenantId tenant, DatasetId id);

  /** Returns how many revisions of a dataset the tenant has stored; 0 when absent. */
  int revisions(TenantId tenant, DatasetId id);

  /** Returns the tenant's datasets at their latest revision, sorted by id. */
  List<Dataset> list(TenantId tenant);

  /**
   * Returns a lookup over the tenant's datasets, for a {@link eu.civicai.governance.data.Ledger} or
   * an evaluation; it reads the store on each call.
   */
  DatasetLookup lookup(TenantId tenant);
}
