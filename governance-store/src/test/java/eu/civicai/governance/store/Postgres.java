package eu.civicai.governance.store;

import static org.assertj.core.api.Assertions.fail;

import eu.civicai.governance.store.internal.SimpleDataSource;
import eu.civicai.governance.store.testing.ReusingDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of the tests, named by {@code GOVERNANCE_TEST_POSTGRES_URL} (or the system
 * property {@code governance.test.postgres.url}); {@code .ci/with-postgres} starts one and sets it.
 * Without it, the tests fail when {@code CI=true} and are skipped, saying why, otherwise. Each test
 * gets a schema of its own, dropped afterwards.
 */
final class Postgres {
  static final String VARIABLE = "GOVERNANCE_TEST_POSTGRES_URL";
  private static final AtomicInteger SCHEMAS = new AtomicInteger();

  private Postgres() {}

  static String url() {
    String url = System.getenv(VARIABLE);
    if (url == null || url.isBlank()) {
      url = System.getProperty("governance.test.postgres.url");
    }
    if (url == null || url.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(
            "CI=true but no PostgreSQL server for the store's tests: set "
                + VARIABLE
                + " (.ci/run starts one with .ci/with-postgres)");
      }
      Assumptions.abort(
          "PostgreSQL tests skipped: no server. Run `.ci/with-postgres mvn -B verify`, or set "
              + VARIABLE
              + " to a jdbc:postgresql: URL");
    }
    return url;
  }

  /** Creates an empty schema and returns its name. */
  static String createSchema() throws SQLException {
    String schema =
        "t"
            + ProcessHandle.current().pid()
            + "_"
            + SCHEMAS.incrementAndGet()
            + "_"
            + System.nanoTime() % 100000;
    try (Connection c = DriverManager.getConnection(url());
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    return schema;
  }

  static void dropSchema(String schema) throws SQLException {
    ReusingDataSource pool = POOLS.remove(schema);
    if (pool != null) {
      pool.closeAll();
    }
    try (Connection c = DriverManager.getConnection(url());
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  /** Returns the URL of a schema. */
  static String url(String schema) {
    String url = url();
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  static final String REPORTING_VARIABLE = "GOVERNANCE_TEST_POSTGRES_REPORTING_URL";

  /**
   * Returns the URL of a schema for the barometer's reporting role ({@code .ci/with-postgres}
   * creates it: it bypasses row-level security and is granted nothing by default). Without it, the
   * test fails when {@code CI=true} and is skipped otherwise.
   */
  static String reportingUrl(String schema) {
    String url = System.getenv(REPORTING_VARIABLE);
    if (url == null || url.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true but no reporting role for the barometer's tests: set " + REPORTING_VARIABLE);
      }
      Assumptions.abort("Reporting-role test skipped: set " + REPORTING_VARIABLE);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static final java.util.Map<String, ReusingDataSource> POOLS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Returns a data source whose connections work in a schema, reused as a pool would. */
  static DataSource dataSource(String schema) {
    return POOLS.computeIfAbsent(schema, s -> new ReusingDataSource(SimpleDataSource.url(url(s))));
  }
}
