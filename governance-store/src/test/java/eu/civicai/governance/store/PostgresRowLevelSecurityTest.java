package eu.civicai.governance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.barometer.Barometer;
import eu.civicai.governance.barometer.BarometerWeights;
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

  private static final String FIGURES =
      "SELECT tenant_id, authority_name, usages, strategy_recorded"
          + " FROM governance_barometer_figures(CAST('2026-03-01' AS DATE), ARRAY[?, ?])"
          + " ORDER BY tenant_id, authority_name";

  /**
   * Issue 21: the barometer's function gives a connection bound to A the figures of B, and nothing
   * else: no column holds a document or a usage's name, and after the call the connection is still
   * bound to A and reads no row of B.
   */
  @Test
  void barometerFunction_boundToA_givesBsFigures_butNoRowOfB() throws Exception {
    String b = "'" + B.value() + "'";
    try (Connection c = boundTo(A)) {
      List<String> rows = new java.util.ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(FIGURES)) {
        s.setString(1, A.value());
        s.setString(2, B.value());
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            rows.add(
                r.getString(1) + " " + r.getString(2) + " " + r.getLong(3) + " " + r.getBoolean(4));
          }
        }
      }
      assertThat(rows)
          .containsExactly(
              A.value() + " Commune 1 false",
              A.value() + " Commune A 0 true",
              B.value() + " Commune 1 false",
              B.value() + " Commune B 0 true");
      // Only figures come out: no document, no usage name or id, no ledger entry.
      List<String> columns = new java.util.ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT * FROM governance_barometer_figures(CURRENT_DATE, ARRAY['"
                      + B.value()
                      + "']) LIMIT 0")) {
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          columns.add(r.getMetaData().getColumnName(i));
        }
      }
      assertThat(columns).doesNotContain("document", "entry", "name", "usage_id", "summary");
      // The binding is the caller's again, and B's rows are still out of reach.
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT current_setting('app.tenant')")) {
        r.next();
        assertThat(r.getString(1)).isEqualTo(A.value());
      }
      for (String table : List.of("usages", "strategies", "ledger_entries", "tenants")) {
        assertThat(count(c, "SELECT COUNT(*) FROM " + table + " WHERE tenant_id = " + b))
            .as(table)
            .isZero();
      }
      assertThat(count(c, "SELECT COUNT(*) FROM usages")).isEqualTo(1);
    }
  }

  /** The function is not PUBLIC's: only its owner and the roles granted it may execute it. */
  @Test
  void barometerFunction_isNotExecutableByPublic() throws Exception {
    try (Connection c = boundTo(A)) {
      assertThat(
              count(
                  c,
                  "SELECT CASE WHEN has_function_privilege('public',"
                      + " 'governance_barometer_figures(date, varchar[])', 'EXECUTE')"
                      + " THEN 1 ELSE 0 END"))
          .isZero();
      // SECURITY DEFINER with a fixed search_path, so that a caller cannot shadow its tables.
      assertThat(
              count(
                  c,
                  "SELECT COUNT(*) FROM pg_proc WHERE proname = 'governance_barometer_figures'"
                      + " AND prosecdef AND array_to_string(proconfig, ',') LIKE '%search_path=%'"))
          .isEqualTo(1);
    }
  }

  /**
   * The reporting role of docs/store-schema.md: it bypasses row-level security but is granted only
   * the tenants' ids and EXECUTE on the barometer's function. It lists the tenants and computes the
   * barometer across them, and reads no row of any table, bound or not.
   */
  @Test
  void reportingRole_computesTheBarometerAcrossTenants_butReadsNoRow() throws Exception {
    String reporting = Postgres.reportingUrl(schema);
    try (Connection owner = DriverManager.getConnection(Postgres.url(schema));
        Statement s = owner.createStatement()) {
      s.execute("GRANT USAGE ON SCHEMA " + schema + " TO governance_reporting");
      s.execute("GRANT SELECT (tenant_id) ON tenants TO governance_reporting");
      s.execute("GRANT SELECT ON flyway_schema_history TO governance_reporting");
    }
    try (JdbcRegisterStore asReporting = JdbcRegisterStore.connectExisting(reporting, CLOCK)) {
      assertThat(asReporting.barometerTenants()).containsExactly(A, B);
      // Not yet granted EXECUTE: refused by the database, as the library's exception.
      assertThatThrownBy(() -> asReporting.barometerOfAll(BarometerWeights.defaults()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("42501");
    }
    try (Connection owner = DriverManager.getConnection(Postgres.url(schema));
        Statement s = owner.createStatement()) {
      s.execute(
          "GRANT EXECUTE ON FUNCTION governance_barometer_figures(DATE, VARCHAR[])"
              + " TO governance_reporting");
    }
    try (JdbcRegisterStore asReporting = JdbcRegisterStore.connectExisting(reporting, CLOCK)) {
      Barometer all = asReporting.barometerOfAll(BarometerWeights.defaults());
      assertThat(all).isEqualTo(store.barometer(List.of(A, B), BarometerWeights.defaults()));
      assertThat(all.authorities())
          .extracting(m -> m.authorityName())
          .containsExactly("Commune", "Commune A", "Commune B");
      // Usages of A and B name one authority "Commune" (no SIREN): one authority, two usages.
      assertThat(all.find("Commune").orElseThrow().figures().usages()).isEqualTo(2);
    }
    try (Connection c = DriverManager.getConnection(reporting)) {
      for (String table :
          List.of("usages", "usage_revisions", "strategies", "ledger_entries", "datasets")) {
        assertThatThrownBy(() -> count(c, "SELECT COUNT(*) FROM " + table))
            .as(table)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("permission denied");
      }
      assertThatThrownBy(() -> count(c, "SELECT COUNT(created_at) FROM tenants"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("permission denied");
    }
    try (Connection c = DriverManager.getConnection(reporting)) {
      try (PreparedStatement s = c.prepareStatement("SELECT set_config('app.tenant', ?, false)")) {
        s.setString(1, B.value());
        s.execute();
      }
      assertThatThrownBy(() -> count(c, "SELECT COUNT(*) FROM usages"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("permission denied");
    }
  }

  /** An ordinary connection may list no tenant: the barometer of all says how to proceed. */
  @Test
  void ordinaryRole_barometerOfAll_isRefusedSayingWhy() {
    assertThat(store.barometerTenants()).isEmpty();
    assertThatThrownBy(() -> store.barometerOfAll(BarometerWeights.defaults()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("may list no tenant");
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
