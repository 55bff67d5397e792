package eu.civicai.governance.spi;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.AiUsage;
import java.time.Instant;
import java.util.List;

/**
 * One stored revision of a usage: the record as it was, who stored it, when, and which of its
 * top-level fields differ from the revision before (all of them for revision 1). Immutable.
 *
 * @param tenant the owning tenant
 * @param usage the record at this revision
 * @param author who stored it: an account or a role, never blank
 * @param at when it was stored, from the store's clock
 * @param changed the names of the record's components that changed ({@code name}, {@code status},
 *     …), in the record's order; never null
 */
public record UsageRevision(
    TenantId tenant, AiUsage usage, String author, Instant at, List<String> changed) {

  /** Checks and copies. */
  public UsageRevision {
    Check.notNull("tenant", tenant);
    Check.notNull("usage", usage);
    Check.notBlank("author", author);
    Check.notNull("at", at);
    changed = Check.list("changed", changed);
  }

  /** Returns the revision number, from 1. */
  public int revision() {
    return usage.revision();
  }
}
