package eu.civicai.governance.data;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.internal.Check;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the ledger finds the datasets it records events for; the register implements it.
 * Implementations must be thread-safe.
 */
public interface DatasetLookup {

  /**
   * Returns the dataset with this id, if known.
   *
   * @param id the dataset id
   * @return the dataset, or empty
   */
  Optional<Dataset> findDataset(DatasetId id);

  /** Returns every known dataset (for lineage downstream). */
  Collection<Dataset> datasets();

  /** Returns a fixed lookup over the given datasets, for tests and scripts. */
  static DatasetLookup of(Collection<Dataset> datasets) {
    Map<DatasetId, Dataset> byId = new LinkedHashMap<>();
    for (Dataset d : Check.list("datasets", datasets)) {
      byId.put(d.id(), d);
    }
    Map<DatasetId, Dataset> fixed = Map.copyOf(byId);
    List<Dataset> all = List.copyOf(byId.values());
    return new DatasetLookup() {
      @Override
      public Optional<Dataset> findDataset(DatasetId id) {
        return Optional.ofNullable(fixed.get(id));
      }

      @Override
      public Collection<Dataset> datasets() {
        return all;
      }
    };
  }
}
