package eu.civicai.governance.store.internal;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.spi.TenantRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Groups and memberships, in SQL. */
public final class JdbcTenants implements TenantRepository {
  private final Database db;

  /** Creates the repository. */
  public JdbcTenants(Database db) {
    this.db = db;
  }

  @Override
  public void declareGroup(TenantId group, Collection<TenantId> members, boolean sharesUsages) {
    Check.notNull("group", group);
    Set<TenantId> all = new TreeSet<>(Check.list("members", members));
    // The group is a member of itself, so that the visibility rule is one join.
    all.add(group);
    db.write(
        "tenants.declareGroup",
        group,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("DELETE FROM group_members WHERE tenant_id = ?")) {
            s.setString(1, group.value());
            s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO group_members (tenant_id, member_id, shares_usages)"
                      + " VALUES (?, ?, ?)")) {
            for (TenantId member : all) {
              s.setString(1, group.value());
              s.setString(2, member.value());
              s.setInt(3, sharesUsages ? 1 : 0);
              s.addBatch();
            }
            s.executeBatch();
          }
          joinIn(c, group, group);
          return null;
        });
  }

  @Override
  public void join(TenantId member, TenantId group) {
    Check.notNull("member", member);
    Check.notNull("group", group);
    db.write(
        "tenants.join",
        member,
        c -> {
          joinIn(c, member, group);
          return null;
        });
  }

  private void joinIn(java.sql.Connection c, TenantId member, TenantId group)
      throws java.sql.SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO memberships (tenant_id, group_id, joined_at) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING")) {
      s.setString(1, member.value());
      s.setString(2, group.value());
      s.setString(3, db.clock().instant().toString());
      s.executeUpdate();
    }
  }

  @Override
  public Set<TenantId> visibleTo(TenantId tenant) {
    Check.notNull("tenant", tenant);
    return db.read(
        "tenants.visibleTo",
        tenant,
        c -> {
          Set<TenantId> out = new TreeSet<>(List.of(tenant));
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT DISTINCT g2.member_id FROM group_members g1"
                      + " JOIN memberships m1 ON m1.tenant_id = g1.member_id"
                      + " AND m1.group_id = g1.tenant_id"
                      + " JOIN group_members g2 ON g2.tenant_id = g1.tenant_id"
                      + " JOIN memberships m2 ON m2.tenant_id = g2.member_id"
                      + " AND m2.group_id = g2.tenant_id"
                      + " WHERE g1.shares_usages = 1 AND g1.member_id = ?")) {
            s.setString(1, tenant.value());
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(TenantId.of(r.getString(1)));
              }
            }
          }
          return Set.copyOf(out);
        });
  }
}
