package eu.civicai.governance.spi;

import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.internal.Check;
import java.time.Instant;

/**
 * A checkpoint of one of a tenant's ledgers, kept by the store with when it was taken. Immutable.
 *
 * @param tenant the tenant
 * @param ledger the ledger's name
 * @param at when it was saved, from the store's clock
 * @param checkpoint the count and head hash
 */
public record StoredCheckpoint(TenantId tenant, String ledger, Instant at, Checkpoint checkpoint) {

  /** Checks the components. */
  public StoredCheckpoint {
    Check.notNull("tenant", tenant);
    Check.notBlank("ledger", ledger);
    Check.notNull("at", at);
    Check.notNull("checkpoint", checkpoint);
  }
}
