package eu.civicai.governance.store.internal;

import eu.civicai.governance.ConflictException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.register.PortfolioStatistics;
import eu.civicai.governance.spi.Page;
import eu.civicai.governance.spi.PageRequest;
import eu.civicai.governance.spi.StoredUsage;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.spi.TenantRepository;
import eu.civicai.governance.spi.UsageChanges;
import eu.civicai.governance.spi.UsageFilter;
import eu.civicai.governance.spi.UsageRepository;
import eu.civicai.governance.spi.UsageRevision;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Theme;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The usages table and its history, in SQL. */
public final class JdbcUsages implements UsageRepository {
  private static final String COLUMNS =
      "revision, name, search_name, search_summary, authority_name, authority_siren,"
          + " authority_kind, stage, theme, ai_act_tier, updated_at, updated_by, document";

  private final Database db;
  private final TenantRepository tenants;

  /** Creates the repository. */
  public JdbcUsages(Database db, TenantRepository tenants) {
    this.db = db;
    this.tenants = tenants;
  }

  @Override
  public AiUsage add(TenantId tenant, AiUsage usage, String author) {
    check(tenant, usage, author);
    return db.write("usages.add", tenant, c -> insert(c, tenant, usage, author));
  }

  @Override
  public AiUsage replace(TenantId tenant, AiUsage usage, String author) {
    check(tenant, usage, author);
    return db.write(
        "usages.replace", tenant, c -> update(c, tenant, usage, author, usage.revision()));
  }

  /** Stores a usage in an open transaction: revision 1, or the next one whatever it carries. */
  public AiUsage upsert(Connection c, TenantId tenant, AiUsage usage, String author)
      throws SQLException {
    Integer current = currentRevision(c, tenant, usage.id());
    return current == null
        ? insert(c, tenant, usage, author)
        : update(c, tenant, usage, author, current);
  }

  /**
   * Imports usages in an open transaction: the ones the tenant does not have are inserted in JDBC
   * batches (one round trip per table), the others get their next revision one by one.
   */
  public void importAll(
      Connection c,
      TenantId tenant,
      List<AiUsage> usages,
      String author,
      boolean noneYet,
      Runnable stored)
      throws SQLException {
    java.util.Map<String, Integer> existing = new java.util.HashMap<>();
    if (!noneYet) {
      try (PreparedStatement s =
          c.prepareStatement("SELECT usage_id, revision FROM usages WHERE tenant_id = ?")) {
        s.setString(1, tenant.value());
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            existing.put(r.getString(1), r.getInt(2));
          }
        }
      }
    }
    List<AiUsage> fresh = new ArrayList<>();
    List<AiUsage> again = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (AiUsage u : usages) {
      if (existing.containsKey(u.id().value()) || !seen.add(u.id().value())) {
        again.add(u);
      } else {
        fresh.add(u);
      }
    }
    insertAll(c, tenant, fresh, author, stored);
    for (AiUsage u : again) {
      upsert(c, tenant, u, author);
      stored.run();
    }
  }

  private void insertAll(
      Connection c, TenantId tenant, List<AiUsage> usages, String author, Runnable stored)
      throws SQLException {
    if (usages.isEmpty()) {
      return;
    }
    Instant now = db.clock().instant();
    try (PreparedStatement rows =
            c.prepareStatement(
                "INSERT INTO usages (tenant_id, usage_id, "
                    + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement revisions =
            c.prepareStatement(
                "INSERT INTO usage_revisions (tenant_id, usage_id, revision, author, changed_at,"
                    + " changed_fields, document) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int pending = 0;
      for (AiUsage usage : usages) {
        AiUsage recorded = asRecorded(usage, now);
        Instant at = recorded.metadata().updatedAt();
        String document = db.documents().write(recorded);
        rows.setString(1, tenant.value());
        rows.setString(2, usage.id().value());
        bindColumns(rows, 3, recorded, author, at, document);
        rows.addBatch();
        revisions.setString(1, tenant.value());
        revisions.setString(2, usage.id().value());
        revisions.setInt(3, recorded.revision());
        revisions.setString(4, author);
        revisions.setString(5, at.toString());
        revisions.setString(6, String.join(",", UsageChanges.between(null, recorded)));
        revisions.setString(7, document);
        revisions.addBatch();
        if (++pending == Sql.BATCH) {
          rows.executeBatch();
          revisions.executeBatch();
          pending = 0;
        }
        stored.run();
      }
      if (pending > 0) {
        rows.executeBatch();
        revisions.executeBatch();
      }
    }
  }

  /**
   * A usage new to the tenant, as an import stores it: as its document recorded it (its revision
   * and the instant it carries), or, when it carries no instant, as revision 1 at {@code now}.
   */
  static AiUsage asRecorded(AiUsage usage, Instant now) {
    if (usage.metadata().updatedAt() != null) {
      return usage;
    }
    return usage.toBuilder().metadata(usage.metadata().withRevision(1, now)).build();
  }

  private static void check(TenantId tenant, AiUsage usage, String author) {
    Check.notNull("tenant", tenant);
    Check.notNull("usage", usage);
    Check.notBlank("author", author);
  }

  private AiUsage insert(Connection c, TenantId tenant, AiUsage usage, String author)
      throws SQLException {
    Instant now = db.clock().instant();
    AiUsage stored = usage.toBuilder().metadata(usage.metadata().withRevision(1, now)).build();
    String document = db.documents().write(stored);
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO usages (tenant_id, usage_id, "
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (tenant_id, usage_id) DO NOTHING")) {
      s.setString(1, tenant.value());
      s.setString(2, usage.id().value());
      bindColumns(s, 3, stored, author, now, document);
      if (s.executeUpdate() == 0) {
        throw new ConflictException(
            "id", "register.duplicate", Messages.raw("usage"), Messages.raw(usage.id()));
      }
    }
    insertRevision(c, tenant, stored, author, now, UsageChanges.between(null, stored), document);
    return stored;
  }

  private AiUsage update(Connection c, TenantId tenant, AiUsage usage, String author, int expected)
      throws SQLException {
    Instant now = db.clock().instant();
    AiUsage next =
        usage.toBuilder().metadata(usage.metadata().withRevision(expected + 1, now)).build();
    String document = db.documents().write(next);
    // The revision check is in the UPDATE itself: of two writers racing on one revision, the
    // database lets one through and the other finds no row to change.
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE usages SET revision = ?, name = ?, search_name = ?, search_summary = ?,"
                + " authority_name = ?, authority_siren = ?, authority_kind = ?, stage = ?,"
                + " theme = ?, ai_act_tier = ?, updated_at = ?, updated_by = ?, document = ?"
                + " WHERE tenant_id = ? AND usage_id = ? AND revision = ?")) {
      int i = bindColumns(s, 1, next, author, now, document);
      s.setString(i++, tenant.value());
      s.setString(i++, usage.id().value());
      s.setInt(i, expected);
      if (s.executeUpdate() == 0) {
        Integer current = currentRevision(c, tenant, usage.id());
        if (current == null) {
          throw new ConflictException(
              "id", "register.notFound", Messages.raw("usage"), Messages.raw(usage.id()));
        }
        throw new ConflictException(
            "metadata.revision",
            "register.staleRevision",
            Messages.raw(usage.id()),
            Messages.raw(expected),
            Messages.raw(current));
      }
    }
    AiUsage previous = revision(c, tenant, usage.id(), expected).orElse(null);
    insertRevision(c, tenant, next, author, now, UsageChanges.between(previous, next), document);
    return next;
  }

  private static int bindColumns(
      PreparedStatement s, int from, AiUsage u, String author, Instant now, String document)
      throws SQLException {
    int i = from;
    s.setInt(i++, u.revision());
    s.setString(i++, u.name());
    s.setString(i++, UsageFilter.fold(u.name()));
    s.setString(i++, u.summary() == null ? "" : UsageFilter.fold(u.summary()));
    s.setString(i++, u.authority().name());
    s.setString(i++, u.authority().siren() == null ? null : u.authority().siren().value());
    s.setString(i++, u.authority().kind().name());
    s.setString(
        i++, u.status() == null || u.status().stage() == null ? null : u.status().stage().name());
    s.setString(
        i++,
        u.purpose() == null || u.purpose().theme() == null ? null : u.purpose().theme().name());
    s.setString(i++, AiActClassifier.classify(u).tier().name());
    s.setString(i++, now.toString());
    s.setString(i++, author);
    s.setString(i++, document);
    return i;
  }

  private void insertRevision(
      Connection c,
      TenantId tenant,
      AiUsage usage,
      String author,
      Instant at,
      List<String> changed,
      String document)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO usage_revisions (tenant_id, usage_id, revision, author, changed_at,"
                + " changed_fields, document) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, tenant.value());
      s.setString(2, usage.id().value());
      s.setInt(3, usage.revision());
      s.setString(4, author);
      s.setString(5, at.toString());
      s.setString(6, String.join(",", changed));
      s.setString(7, document);
      s.executeUpdate();
    }
  }

  private static Integer currentRevision(Connection c, TenantId tenant, UsageId id)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT revision FROM usages WHERE tenant_id = ? AND usage_id = ?")) {
      s.setString(1, tenant.value());
      s.setString(2, id.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getInt(1) : null;
      }
    }
  }

  /** Whether the tenant has this usage, locking its row until the transaction ends. */
  static boolean lock(Connection c, TenantId tenant, UsageId id) throws SQLException {
    // A no-op UPDATE is the portable row lock: SQLite has no SELECT … FOR UPDATE.
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE usages SET revision = revision WHERE tenant_id = ? AND usage_id = ?")) {
      s.setString(1, tenant.value());
      s.setString(2, id.value());
      return s.executeUpdate() == 1;
    }
  }

  private Optional<AiUsage> revision(Connection c, TenantId tenant, UsageId id, int revision)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT document FROM usage_revisions"
                + " WHERE tenant_id = ? AND usage_id = ? AND revision = ?")) {
      s.setString(1, tenant.value());
      s.setString(2, id.value());
      s.setInt(3, revision);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(db.documents().usage(r.getString(1))) : Optional.empty();
      }
    }
  }

  @Override
  public Optional<AiUsage> find(TenantId tenant, UsageId id) {
    Check.notNull("tenant", tenant);
    Check.notNull("id", id);
    return db.query(
        "usages.find",
        tenant,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT document FROM usages WHERE tenant_id = ? AND usage_id = ?")) {
            s.setString(1, tenant.value());
            s.setString(2, id.value());
            try (ResultSet r = s.executeQuery()) {
              return r.next()
                  ? Optional.of(db.documents().usage(r.getString(1)))
                  : Optional.empty();
            }
          }
        });
  }

  @Override
  public Optional<AiUsage> find(TenantId tenant, UsageId id, int revision) {
    Check.notNull("tenant", tenant);
    Check.notNull("id", id);
    return db.query("usages.findRevision", tenant, c -> revision(c, tenant, id, revision));
  }

  @Override
  public List<UsageRevision> history(TenantId tenant, UsageId id) {
    Check.notNull("tenant", tenant);
    Check.notNull("id", id);
    return db.query(
        "usages.history",
        tenant,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT author, changed_at, changed_fields, document FROM usage_revisions"
                      + " WHERE tenant_id = ? AND usage_id = ? ORDER BY revision")) {
            s.setString(1, tenant.value());
            s.setString(2, id.value());
            List<UsageRevision> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                String fields = r.getString(3);
                out.add(
                    new UsageRevision(
                        tenant,
                        db.documents().usage(r.getString(4)),
                        r.getString(1),
                        Instant.parse(r.getString(2)),
                        fields.isEmpty() ? List.of() : Arrays.asList(fields.split(","))));
              }
            }
            return List.copyOf(out);
          }
        });
  }

  @Override
  public Page<StoredUsage> query(TenantId tenant, UsageFilter filter, PageRequest page) {
    Check.notNull("tenant", tenant);
    Check.notNull("filter", filter);
    Check.notNull("page", page);
    Set<TenantId> owners = filter.shared() ? tenants.visibleTo(tenant) : Set.of(tenant);
    Sql sql = new Sql("SELECT u.tenant_id, u.document FROM usages u WHERE ");
    where(sql, owners, filter);
    if (!page.after().isEmpty()) {
      int slash = page.after().indexOf('/');
      String afterTenant = slash < 0 ? page.after() : page.after().substring(0, slash);
      String afterId = slash < 0 ? "" : page.after().substring(slash + 1);
      sql.append(" AND (u.tenant_id > ? OR (u.tenant_id = ? AND u.usage_id > ?))")
          .bind(afterTenant)
          .bind(afterTenant)
          .bind(afterId);
    }
    sql.append(" ORDER BY u.tenant_id, u.usage_id LIMIT ?").bind(page.limit() + 1);
    List<StoredUsage> items =
        db.query(
            "usages.query",
            tenant,
            c -> {
              List<StoredUsage> out = new ArrayList<>();
              // One owner: every row is the tenant's, and its column need not be read. Several: the
              // owner is one of them, found by its value rather than parsed again.
              TenantId only = owners.size() == 1 ? owners.iterator().next() : null;
              try (PreparedStatement s = sql.prepare(c);
                  ResultSet r = s.executeQuery()) {
                while (r.next()) {
                  TenantId owner = only != null ? only : owner(owners, r.getString(1));
                  out.add(new StoredUsage(owner, db.documents().usage(r.getString(2))));
                }
              }
              return out;
            });
    if (items.size() > page.limit()) {
      List<StoredUsage> shown = items.subList(0, page.limit());
      return new Page<>(shown, Optional.of(shown.get(shown.size() - 1).key()));
    }
    return new Page<>(items, Optional.empty());
  }

  /** The owner among those asked for whose value a row holds. */
  private static TenantId owner(Set<TenantId> owners, String value) {
    for (TenantId owner : owners) {
      if (owner.value().equals(value)) {
        return owner;
      }
    }
    return TenantId.of(value); // not reached: the query asks for these owners only
  }

  @Override
  public long count(TenantId tenant, UsageFilter filter) {
    Check.notNull("tenant", tenant);
    Check.notNull("filter", filter);
    Set<TenantId> owners = filter.shared() ? tenants.visibleTo(tenant) : Set.of(tenant);
    Sql sql = new Sql("SELECT COUNT(*) FROM usages u WHERE ");
    where(sql, owners, filter);
    return db.query(
        "usages.count",
        tenant,
        c -> {
          try (PreparedStatement s = sql.prepare(c);
              ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
          }
        });
  }

  private void where(Sql sql, Set<TenantId> owners, UsageFilter f) {
    sql.append("u.tenant_id IN ");
    owners(sql, owners);
    if (f.authoritySiren() != null) {
      sql.append(" AND u.authority_siren = ?").bind(f.authoritySiren().value());
    }
    if (f.stage() != null) {
      sql.append(" AND u.stage = ?").bind(f.stage().name());
    }
    if (f.theme() != null) {
      sql.append(" AND u.theme = ?").bind(f.theme().name());
    }
    if (f.tier() != null) {
      sql.append(" AND u.ai_act_tier = ?").bind(f.tier().name());
    }
    if (f.verdict() != null) {
      sql.append(
              " AND EXISTS (SELECT 1 FROM latest_verdicts v WHERE v.tenant_id = u.tenant_id"
                  + " AND v.usage_id = u.usage_id AND v.charter_id = ? AND v.verdict = ?)")
          .bind(f.verdictCharter())
          .bind(f.verdict().name());
    }
    if (f.text() != null) {
      String pattern = "%" + Sql.escapeLike(f.text()) + "%";
      if (db.dialect() == Dialect.SQLITE) {
        // The folded texts are read from their tenant-first index (schema version 6), and only
        // the matching rows, with their documents, from the table.
        sql.append(" AND u.rowid IN (SELECT rowid FROM usages INDEXED BY ix_usages_search")
            .append(" WHERE tenant_id IN ");
        owners(sql, owners);
        sql.append(" AND (search_name LIKE ? ESCAPE '!' OR search_summary LIKE ? ESCAPE '!'))");
      } else {
        // PostgreSQL's planner weighs the trigram indexes (version 6) against the tenant's.
        sql.append(" AND (u.search_name LIKE ? ESCAPE '!' OR u.search_summary LIKE ? ESCAPE '!')");
      }
      sql.bind(pattern).bind(pattern);
    }
  }

  private static void owners(Sql sql, Set<TenantId> owners) {
    sql.append("(");
    boolean first = true;
    for (TenantId owner : owners) {
      sql.append(first ? "?" : ", ?").bind(owner.value());
      first = false;
    }
    sql.append(")");
  }

  /**
   * The tenant's figures in one statement (one snapshot, one round trip): the usages grouped by
   * stage, by theme and by authority kind, then the datasets counted.
   */
  private static final String STATISTICS =
      "SELECT 0, stage, COUNT(*) FROM usages WHERE tenant_id = ? GROUP BY stage"
          + " UNION ALL SELECT 1, theme, COUNT(*) FROM usages WHERE tenant_id = ? GROUP BY theme"
          + " UNION ALL SELECT 2, authority_kind, COUNT(*) FROM usages WHERE tenant_id = ?"
          + " GROUP BY authority_kind"
          + " UNION ALL SELECT 3, NULL, COUNT(*) FROM datasets WHERE tenant_id = ?";

  @Override
  public PortfolioStatistics statistics(TenantId tenant) {
    Check.notNull("tenant", tenant);
    return db.query(
        "usages.statistics",
        tenant,
        c -> {
          Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
          Map<Theme, Long> byTheme = new EnumMap<>(Theme.class);
          Map<AuthorityKind, Long> byKind = new EnumMap<>(AuthorityKind.class);
          long unknownStage = 0;
          long unknownTheme = 0;
          long total = 0;
          long datasets = 0;
          try (PreparedStatement s = c.prepareStatement(STATISTICS)) {
            for (int i = 1; i <= 4; i++) {
              s.setString(i, tenant.value());
            }
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                int group = r.getInt(1);
                String value = r.getString(2);
                long count = r.getLong(3);
                switch (group) {
                  case 0 -> {
                    total += count;
                    if (value == null) {
                      unknownStage = count;
                    } else {
                      byStage.put(Stage.valueOf(value), count);
                    }
                  }
                  case 1 -> {
                    if (value == null) {
                      unknownTheme = count;
                    } else {
                      byTheme.put(Theme.valueOf(value), count);
                    }
                  }
                  case 2 -> byKind.put(AuthorityKind.valueOf(value), count);
                  default -> datasets = count;
                }
              }
            }
          }
          return new PortfolioStatistics(
              total, datasets, byStage, unknownStage, byTheme, unknownTheme, byKind);
        });
  }
}
