package eu.civicai.governance.store.internal;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.spi.StrategyRepository;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.strategy.Strategy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The strategies table and its history, in SQL (issue 21). Besides the JSON document each row keeps
 * the figures the barometer reads in SQL: authority kind and population, charter adoption,
 * indicators with a target, the last committee meeting with elected officials, sessions and the AI
 * literacy counts.
 */
public final class JdbcStrategies implements StrategyRepository {
  private static final String COLUMNS =
      "authority_kind = ?, population = ?, charter_adopted_on = ?, roadmap_indicators = ?,"
          + " committee_last_elected_on = ?, sessions = ?, agents_using_ai = ?,"
          + " agents_using_ai_trained = ?, updated_at = ?, document = ?";

  private final Database db;

  /** Creates the repository. */
  public JdbcStrategies(Database db) {
    this.db = db;
  }

  @Override
  public int put(TenantId tenant, Strategy strategy, String author) {
    Check.notNull("tenant", tenant);
    Check.notNull("strategy", strategy);
    Check.notBlank("author", author);
    return db.write("strategies.put", tenant, c -> putIn(c, tenant, strategy, author));
  }

  private int putIn(Connection c, TenantId tenant, Strategy strategy, String author)
      throws SQLException {
    String now = db.clock().instant().toString();
    String document = db.documents().write(strategy);
    int updated;
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE strategies SET revision = revision + 1, "
                + COLUMNS
                + " WHERE tenant_id = ? AND authority_name = ?")) {
      int next = bindFigures(s, 1, strategy, now, document);
      s.setString(next, tenant.value());
      s.setString(next + 1, strategy.key());
      updated = s.executeUpdate();
    }
    if (updated == 0) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO strategies (tenant_id, authority_name, revision, authority_kind,"
                  + " population, charter_adopted_on, roadmap_indicators,"
                  + " committee_last_elected_on, sessions, agents_using_ai,"
                  + " agents_using_ai_trained, updated_at, document)"
                  + " VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        s.setString(1, tenant.value());
        s.setString(2, strategy.key());
        bindFigures(s, 3, strategy, now, document);
        s.executeUpdate();
      }
    }
    int revision = revisions(c, tenant, strategy.key());
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO strategy_revisions (tenant_id, authority_name, revision, author,"
                + " changed_at, document) VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setString(1, tenant.value());
      s.setString(2, strategy.key());
      s.setInt(3, revision);
      s.setString(4, author);
      s.setString(5, now);
      s.setString(6, document);
      s.executeUpdate();
    }
    return revision;
  }

  /** Binds the figure columns from {@code at} on, in {@link #COLUMNS} order; returns the next. */
  private static int bindFigures(
      PreparedStatement s, int at, Strategy strategy, String now, String document)
      throws SQLException {
    s.setString(at, strategy.authority().kind().name());
    setLong(s, at + 1, strategy.authority().population());
    s.setString(at + 2, text(strategy.charterAdoptedOn()));
    s.setInt(
        at + 3,
        strategy.roadmap() == null
            ? 0
            : (int)
                strategy.roadmap().indicators().stream().filter(i -> i.target() != null).count());
    s.setString(
        at + 4,
        strategy.committee() == null
            ? null
            : text(strategy.committee().lastMeetingWithElectedOfficials().orElse(null)));
    s.setInt(
        at + 5, strategy.acculturation() == null ? 0 : strategy.acculturation().sessions().size());
    setInt(
        s,
        at + 6,
        strategy.acculturation() == null ? null : strategy.acculturation().agentsUsingAi());
    setInt(
        s,
        at + 7,
        strategy.acculturation() == null ? null : strategy.acculturation().agentsUsingAiTrained());
    s.setString(at + 8, now);
    s.setString(at + 9, document);
    return at + 10;
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static void setLong(PreparedStatement s, int i, Long value) throws SQLException {
    if (value == null) {
      s.setNull(i, Types.BIGINT);
    } else {
      s.setLong(i, value);
    }
  }

  private static void setInt(PreparedStatement s, int i, Integer value) throws SQLException {
    if (value == null) {
      s.setNull(i, Types.INTEGER);
    } else {
      s.setInt(i, value);
    }
  }

  private static int revisions(Connection c, TenantId tenant, String authority)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT revision FROM strategies WHERE tenant_id = ? AND authority_name = ?")) {
      s.setString(1, tenant.value());
      s.setString(2, authority);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getInt(1) : 0;
      }
    }
  }

  @Override
  public Optional<Strategy> find(TenantId tenant, String authorityName) {
    Check.notNull("tenant", tenant);
    Check.notNull("authorityName", authorityName);
    return db.read(
        "strategies.find",
        tenant,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT document FROM strategies WHERE tenant_id = ? AND authority_name = ?")) {
            s.setString(1, tenant.value());
            s.setString(2, authorityName);
            try (ResultSet r = s.executeQuery()) {
              return r.next()
                  ? Optional.of(db.documents().strategy(r.getString(1)))
                  : Optional.empty();
            }
          }
        });
  }

  @Override
  public int revisions(TenantId tenant, String authorityName) {
    Check.notNull("tenant", tenant);
    Check.notNull("authorityName", authorityName);
    return db.read("strategies.revisions", tenant, c -> revisions(c, tenant, authorityName));
  }

  @Override
  public List<Strategy> list(TenantId tenant) {
    Check.notNull("tenant", tenant);
    return db.read(
        "strategies.list",
        tenant,
        c -> {
          // Sorted in Java as the in-memory store sorts (String order), whatever the collation.
          List<String[]> rows = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT authority_name, document FROM strategies WHERE tenant_id = ?")) {
            s.setString(1, tenant.value());
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                rows.add(new String[] {r.getString(1), r.getString(2)});
              }
            }
          }
          rows.sort(java.util.Comparator.comparing(row -> row[0]));
          List<Strategy> out = new ArrayList<>(rows.size());
          for (String[] row : rows) {
            out.add(db.documents().strategy(row[1]));
          }
          return List.copyOf(out);
        });
  }
}
