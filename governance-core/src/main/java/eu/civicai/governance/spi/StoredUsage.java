package eu.civicai.governance.spi;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.AiUsage;

/**
 * A usage as a query returns it: its latest revision and the tenant that owns it (which is not the
 * reading tenant when a group shares its members' usages). Immutable.
 *
 * @param owner the tenant that owns the usage
 * @param usage its latest revision
 */
public record StoredUsage(TenantId owner, AiUsage usage) {

  /** Checks the components. */
  public StoredUsage {
    Check.notNull("owner", owner);
    Check.notNull("usage", usage);
  }

  /** Returns the paging key of this usage: {@code owner/usage-id}. */
  public String key() {
    return owner.value() + "/" + usage.id().value();
  }
}
