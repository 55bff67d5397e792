package eu.civicai.governance.data;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.internal.Check;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a dataset stands, from its ledger events.
 *
 * @param dataset the dataset
 * @param status its lifecycle status
 * @param originAt when it was first collected, imported or derived
 * @param lastUseAt when it was last used, shared, published or transformed
 * @param activeHolds the references of legal holds in place (never null; empty when none)
 * @param erasurePending whether an erasure request awaits fulfilment
 * @param events how many events it has
 */
public record DatasetState(
    DatasetId dataset,
    LifecycleStatus status,
    @Nullable Instant originAt,
    @Nullable Instant lastUseAt,
    List<String> activeHolds,
    boolean erasurePending,
    long events) {

  /** Checks the components; see the class description for the rules. */
  public DatasetState {
    activeHolds = Check.listOrEmpty("activeHolds", activeHolds);
    Check.notNull("dataset", dataset);
    Check.notNull("status", status);
  }
}
