package eu.civicai.governance.store.internal;

import eu.civicai.governance.ConflictException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.charter.Waiver;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.spi.WaiverRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The waivers table, in SQL. */
public final class JdbcWaivers implements WaiverRepository {
  private final Database db;

  /** Creates the repository. */
  public JdbcWaivers(Database db) {
    this.db = db;
  }

  @Override
  public void add(TenantId tenant, Waiver waiver) {
    Check.notNull("tenant", tenant);
    Check.notNull("waiver", waiver);
    db.write(
        "waivers.add",
        tenant,
        c -> {
          if (!JdbcUsages.lock(c, tenant, waiver.usage())) {
            throw new ConflictException(
                "id", "register.notFound", Messages.raw("usage"), Messages.raw(waiver.usage()));
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO waivers (tenant_id, usage_id, criterion_id, granted_on,"
                      + " expires_on, granted_by, justification, document)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, tenant.value());
            s.setString(2, waiver.usage().value());
            s.setString(3, waiver.criterionId());
            s.setString(4, waiver.grantedOn().toString());
            s.setString(5, waiver.expiresOn().toString());
            s.setString(6, waiver.grantedBy());
            s.setString(7, waiver.justification());
            s.setString(8, db.documents().write(waiver));
            if (s.executeUpdate() == 0) {
              throw new ConflictException(
                  "criterionId",
                  "register.duplicate",
                  Messages.raw("waiver"),
                  Messages.raw(waiver.criterionId()));
            }
          }
          return null;
        });
  }

  @Override
  public List<Waiver> list(TenantId tenant, UsageId usage) {
    Check.notNull("tenant", tenant);
    Check.notNull("usage", usage);
    return select(tenant, " AND usage_id = ?", usage.value());
  }

  @Override
  public List<Waiver> list(TenantId tenant) {
    Check.notNull("tenant", tenant);
    return select(tenant, "", null);
  }

  private List<Waiver> select(TenantId tenant, String condition, String usage) {
    return db.read(
        "waivers.list",
        tenant,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT document FROM waivers WHERE tenant_id = ?"
                      + condition
                      + " ORDER BY usage_id, criterion_id, granted_on")) {
            s.setString(1, tenant.value());
            if (usage != null) {
              s.setString(2, usage);
            }
            List<Waiver> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(db.documents().waiver(r.getString(1)));
              }
            }
            return List.copyOf(out);
          }
        });
  }
}
