package eu.civicai.governance.spi;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.org.Siren;

/**
 * Whose data a stored record is: one collectivité, or a group of them (an EPCI with its communes),
 * keyed by its SIREN. Every read and write of a {@link RegisterStore} names one; ids of usages,
 * datasets and ledgers are unique within a tenant, not across tenants.
 *
 * @param siren the SIREN of the collectivité or of the group
 */
public record TenantId(Siren siren) implements Comparable<TenantId> {

  /**
   * Checks the component.
   *
   * @throws eu.civicai.governance.InvalidInputException {@code notNull} when {@code siren} is null
   */
  public TenantId {
    Check.notNull("tenant", siren);
  }

  /**
   * Parses a tenant from its SIREN, ignoring spaces between digit groups.
   *
   * @param siren nine digits with a valid check digit
   * @return the tenant
   * @throws eu.civicai.governance.InvalidInputException {@code siren.format} or {@code siren.luhn}
   */
  public static TenantId of(String siren) {
    return new TenantId(Siren.of(Check.notNull("tenant", siren)));
  }

  /** Returns the nine digits, as stored in the {@code tenant_id} column. */
  public String value() {
    return siren.value();
  }

  @Override
  public int compareTo(TenantId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
