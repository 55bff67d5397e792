package eu.civicai.governance.spi;

import java.util.Collection;
import java.util.Set;

/**
 * Tenants and their groups. A group (an EPCI) declares its members and whether they share their
 * usages; a member joins the group. Only when both have said so, and the group shares, do the group
 * and its members see each other's usages (read only, through {@link
 * UsageFilter#includingShared()}). Thread-safe.
 */
public interface TenantRepository {

  /**
   * Declares a group's members, replacing an earlier declaration by the same group.
   *
   * @param group the group's tenant
   * @param members its members (the group itself need not be listed)
   * @param sharesUsages whether the group and its members see each other's usages
   */
  void declareGroup(TenantId group, Collection<TenantId> members, boolean sharesUsages);

  /**
   * Records that a tenant accepts being a member of a group.
   *
   * @param member the member's tenant
   * @param group the group
   */
  void join(TenantId member, TenantId group);

  /**
   * Returns the tenants whose usages {@code tenant} may read: itself, and the members of every
   * sharing group that it and they have joined. Never empty.
   */
  Set<TenantId> visibleTo(TenantId tenant);
}
