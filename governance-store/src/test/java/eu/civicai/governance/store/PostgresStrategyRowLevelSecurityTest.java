package eu.civicai.governance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.spi.TenantId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: the strategy tables hold tenant isolation below the library on PostgreSQL, as the other
 * tables do (row-level security), and their history is append-only.
 */
class PostgresStrategyRowLevelSecurityTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
  private static final TenantId A = Tenants.tenant(21310555);
  private static final TenantId B = Tenants.tenant(21310666);

  private String schema;
  private JdbcRegisterStore store;

  @BeforeEach
  void open() throws Exception {
    schema = Postgres.createSchema();
    store = JdbcRegisterStore.open(Postgres.dataSource(schema), CLOCK);
    store
        .strategies()
        .put(A, StrategySamples.full("Commune A", AuthorityKind.COMMUNE, 2_000), "dgs");
    store
        .strategies()
        .put(B, StrategySamples.full("Commune B", AuthorityKind.COMMUNE, 9_000), "dgs");
  }

  @AfterEach
  void drop() throws Exception {
    if (store != null) {
      store.close();
    }
    if (schema != null) { // null when the test was skipped for want of a server
      Postgres.dropSchema(schema);
    }
  }

  private Connection boundTo(TenantId tenant) throws SQLException {
    Connection c = DriverManager.getConnection(Postgres.url(schema));
    try (PreparedStatement s = c.prepareStatement("SELECT set_config('app.tenant', ?, false)")) {
      s.setString(1, tenant.value());
      s.execute();
    }
    return c;
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static int update(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    }
  }

  @Test
  void craftedSql_boundToA_neitherReadsNorChangesTheStrategiesOfB() throws Exception {
    String b = "'" + B.value() + "'";
    try (Connection c = boundTo(A)) {
      assertThat(count(c, "SELECT COUNT(*) FROM strategies")).isEqualTo(1);
      assertThat(count(c, "SELECT COUNT(*) FROM strategy_revisions")).isEqualTo(1);
      assertThat(count(c, "SELECT COUNT(*) FROM strategies WHERE tenant_id = " + b)).isZero();
      assertThat(update(c, "UPDATE strategies SET sessions = 99 WHERE tenant_id = " + b)).isZero();
      assertThat(update(c, "DELETE FROM strategies WHERE tenant_id = " + b)).isZero();
      assertThatThrownBy(
              () ->
                  update(
                      c,
                      "UPDATE strategies SET tenant_id = "
                          + b
                          + " WHERE tenant_id = '"
                          + A.value()
                          + "'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("row-level security");
    }
    assertThat(store.strategies().revisions(B, "Commune B")).isEqualTo(1);
  }

  @Test
  void strategyRevisions_areAppendOnly_evenForTheirOwnTenant() throws Exception {
    try (Connection c = boundTo(A)) {
      // No UPDATE or DELETE policy: the rows are out of reach of both statements.
      assertThat(update(c, "UPDATE strategy_revisions SET author = 'x'")).isZero();
      assertThat(update(c, "DELETE FROM strategy_revisions")).isZero();
      assertThat(count(c, "SELECT COUNT(*) FROM strategy_revisions WHERE author = 'dgs'"))
          .isEqualTo(1);
    }
  }
}
