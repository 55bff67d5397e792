package eu.civicai.governance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LifecycleEvent;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.usage.AiUsage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Row-level security holds isolation below the library: a connection bound to tenant A, running SQL
 * of its own with B's ids, neither reads nor changes B's rows, in every table (the strategy tables
 * of issue 21 included); the histories are append-only.
 */
class PostgresRowLevelSecurityTest {
  private static final TenantId A = Tenants.tenant(21310001);
  private static final TenantId B = Tenants.tenant(21310002);
  private static final TenantId EPCI = TenantId.of("243100633");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);

  private String schema;
  private JdbcRegisterStore store;

  @BeforeEach
  void open() throws Exception {
    schema = Postgres.createSchema();
    store = JdbcRegisterStore.open(Postgres.dataSource(schema), CLOCK);
    store.usages().add(A, usage("a-usage", "Usage de A"), "dpo");
    store.usages().add(B, usage("b-usage", "Usage de B"), "dpo");
    store.datasets().put(B, RegisterStoreContract.dataset("b-data"), "dpo");
    Ledger ledger =
        Ledger.open(store.ledgers().ledger(B, "main"), store.datasets().lookup(B), CLOCK);
    ledger.append(LifecycleEvent.collected(DatasetId.of("b-data")).by("agent"));
    store
        .strategies()
        .put(A, StrategySamples.full("Commune A", AuthorityKind.COMMUNE, 2_000), "dgs");
    store
        .strategies()
        .put(B, StrategySamples.full("Commune B", AuthorityKind.COMMUNE, 9_000), "dgs");
  }

  @AfterEach
  void drop() throws Exception {
    if (schema != null) { // null when the test was skipped for want of a server
      Postgres.dropSchema(schema);
    }
  }

  private static AiUsage usage(String id, String name) {
    return AiUsage.builder(id)
        .name(name)
        .authority(Authority.of("Commune", AuthorityKind.COMMUNE))
        .build();
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
  void craftedSql_boundToA_readsNothingOfB() throws Exception {
    String b = "'" + B.value() + "'";
    try (Connection c = boundTo(A)) {
      assertThat(count(c, "SELECT COUNT(*) FROM usages")).isEqualTo(1);
      assertThat(count(c, "SELECT COUNT(*) FROM strategies")).isEqualTo(1);
      assertThat(count(c, "SELECT COUNT(*) FROM strategy_revisions")).isEqualTo(1);
      for (String table :
          List.of(
              "tenants",
              "usages",
              "usage_revisions",
              "datasets",
              "dataset_revisions",
              "ledger_entries",
              "strategies",
              "strategy_revisions")) {
        assertThat(count(c, "SELECT COUNT(*) FROM " + table + " WHERE tenant_id = " + b))
            .as(table)
            .isZero();
      }
    }
  }

  @Test
  void craftedSql_boundToA_changesNothingOfB() throws Exception {
    String b = "'" + B.value() + "'";
    try (Connection c = boundTo(A)) {
      assertThat(update(c, "UPDATE usages SET name = 'pris' WHERE tenant_id = " + b)).isZero();
      assertThat(update(c, "DELETE FROM usage_revisions WHERE tenant_id = " + b)).isZero();
      assertThat(update(c, "DELETE FROM datasets WHERE tenant_id = " + b)).isZero();
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
      assertThatThrownBy(
              () ->
                  update(
                      c,
                      "UPDATE usages SET tenant_id = "
                          + b
                          + " WHERE tenant_id = '"
                          + A.value()
                          + "'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("row-level security");
      assertThatThrownBy(
              () ->
                  update(
                      c,
                      "INSERT INTO ledger_checkpoints VALUES ("
                          + b
                          + ", 'main', 9, 'x', 0, '"
                          + "0".repeat(64)
                          + "')"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("row-level security");
    }
    assertThat(store.usages().find(B, UsageId.of("b-usage")).orElseThrow().name())
        .isEqualTo("Usage de B");
    assertThat(store.usages().history(B, UsageId.of("b-usage"))).hasSize(1);
    assertThat(store.datasets().list(B)).hasSize(1);
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

  @Test
  void ledger_isAppendOnly_evenForItsOwnTenant() throws Exception {
    try (Connection c = boundTo(B)) {
      assertThat(count(c, "SELECT COUNT(*) FROM ledger_entries")).isEqualTo(1);
      // No UPDATE or DELETE policy: the rows are out of reach of both statements.
      assertThat(update(c, "UPDATE ledger_entries SET hash = previous_hash")).isZero();
      assertThat(update(c, "DELETE FROM ledger_entries")).isZero();
    }
    assertThat(store.ledgers().ledger(B, "main").size()).isEqualTo(1);
  }

  @Test
  void unboundConnection_seesNothing() throws Exception {
    try (Connection c = DriverManager.getConnection(Postgres.url(schema))) {
      assertThat(count(c, "SELECT COUNT(*) FROM usages")).isZero();
      assertThat(count(c, "SELECT COUNT(*) FROM ledger_entries")).isZero();
    }
  }

  @Test
  void sharingGroup_letsMembersRead_butNotChange() throws Exception {
    store.tenants().declareGroup(EPCI, List.of(A, B), true);
    store.tenants().join(A, EPCI);
    store.tenants().join(B, EPCI);
    String b = "'" + B.value() + "'";
    try (Connection c = boundTo(A)) {
      assertThat(count(c, "SELECT COUNT(*) FROM usages WHERE tenant_id = " + b)).isEqualTo(1);
      assertThat(update(c, "UPDATE usages SET name = 'pris' WHERE tenant_id = " + b)).isZero();
      assertThat(count(c, "SELECT COUNT(*) FROM usage_revisions WHERE tenant_id = " + b)).isZero();
    }
    store.tenants().declareGroup(EPCI, List.of(A, B), false);
    try (Connection c = boundTo(A)) {
      assertThat(count(c, "SELECT COUNT(*) FROM usages WHERE tenant_id = " + b)).isZero();
    }
  }

  @Test
  void groupClaimingAMember_withoutItsJoining_seesNothing() throws Exception {
    // A declares itself a sharing group of B: B never joined, so A sees nothing of B.
    store.tenants().declareGroup(A, List.of(B), true);
    try (Connection c = boundTo(A)) {
      assertThat(count(c, "SELECT COUNT(*) FROM usages WHERE tenant_id = '" + B.value() + "'"))
          .isZero();
      // Nor can A write B's membership for it.
      assertThatThrownBy(
              () ->
                  update(
                      c,
                      "INSERT INTO memberships VALUES ('"
                          + B.value()
                          + "', '"
                          + A.value()
                          + "', 'x')"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("row-level security");
    }
  }
}
