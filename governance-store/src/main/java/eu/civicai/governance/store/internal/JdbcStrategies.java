package eu.civicai.governance.store.internal;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.spi.StrategyRepository;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.strategy.Strategy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The strategies table and its history, in SQL (issue 21). Besides the JSON document each row keeps
 * the figures the barometer reads in SQL: authority kind and population, charter adoption,
 * indicators with a target, the last committee meeting with elected officials, sessions and the AI
 * literacy counts.
 */
public final class JdbcStrategies implements StrategyRepository {
  private final Database db;
  private final RevisedTable<Strategy> table;

  /** Creates the repository. */
  public JdbcStrategies(Database db) {
    this.db = db;
    this.table =
        new RevisedTable<>(
            db,
            "strategies",
            "strategy_revisions",
            "authority_name",
            List.of(
                "authority_kind",
                "population",
                "charter_adopted_on",
                "roadmap_indicators",
                "committee_last_elected_on",
                "sessions",
                "agents_using_ai",
                "agents_using_ai_trained",
                "updated_at"),
            JdbcStrategies::bindFigures,
            db.documents()::write,
            db.documents()::strategy);
  }

  @Override
  public int put(TenantId tenant, Strategy strategy, String author) {
    Check.notNull("tenant", tenant);
    Check.notNull("strategy", strategy);
    Check.notBlank("author", author);
    return db.write(
        "strategies.put", tenant, c -> table.put(c, tenant, strategy.key(), strategy, author));
  }

  /**
   * Stores the strategy as the next revision of its authority's, in the caller's open transaction
   * (a batch import's), and returns the revision.
   */
  public int putIn(Connection c, TenantId tenant, Strategy strategy, String author)
      throws SQLException {
    Check.notNull("strategy", strategy);
    return table.put(c, tenant, strategy.key(), strategy, author);
  }

  /** Binds the figure columns from {@code at} on, in the table's order; returns the next. */
  private static int bindFigures(PreparedStatement s, int at, Strategy strategy, String now)
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
    return at + 9;
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

  @Override
  public Optional<Strategy> find(TenantId tenant, String authorityName) {
    Check.notNull("tenant", tenant);
    Check.notNull("authorityName", authorityName);
    return table.find("strategies.find", tenant, authorityName);
  }

  @Override
  public int revisions(TenantId tenant, String authorityName) {
    Check.notNull("tenant", tenant);
    Check.notNull("authorityName", authorityName);
    return db.read("strategies.revisions", tenant, c -> table.revision(c, tenant, authorityName));
  }

  @Override
  public List<Strategy> list(TenantId tenant) {
    Check.notNull("tenant", tenant);
    return table.list("strategies.list", tenant);
  }
}
