package eu.civicai.governance.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the migrated schema and checks that every table's primary key, and every foreign key, leads
 * with {@code tenant_id}: what lets the schema be distributed by tenant (Citus) or partitioned
 * without change.
 */
class SchemaRulesTest {
  @TempDir Path dir;

  @Test
  void sqlite_everyKeyLeadsWithTheTenant() throws Exception {
    DataSource ds =
        eu.civicai.governance.store.internal.SimpleDataSource.sqlite(dir.resolve("s.db"));
    JdbcRegisterStore.open(ds, Clock.systemUTC()).close();
    try (Connection c = ds.getConnection()) {
      assertThat(tables(c, null)).hasSizeGreaterThanOrEqualTo(12);
      assertThat(violations(c, null)).isEmpty();
    }
  }

  @Test
  void postgresql_everyKeyLeadsWithTheTenant() throws Exception {
    String schema = Postgres.createSchema();
    try {
      DataSource ds = Postgres.dataSource(schema);
      JdbcRegisterStore.open(ds, Clock.systemUTC()).close();
      try (Connection c = ds.getConnection()) {
        assertThat(tables(c, schema)).hasSizeGreaterThanOrEqualTo(12);
        assertThat(violations(c, schema)).isEmpty();
      }
    } finally {
      Postgres.dropSchema(schema);
    }
  }

  @Test
  void aTableBreakingTheRule_isReported() throws Exception {
    DataSource ds =
        eu.civicai.governance.store.internal.SimpleDataSource.sqlite(dir.resolve("b.db"));
    JdbcRegisterStore.open(ds, Clock.systemUTC()).close();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE notes (note_id INTEGER NOT NULL, tenant_id VARCHAR(9) NOT NULL,"
              + " PRIMARY KEY (note_id, tenant_id))");
      s.execute(
          "CREATE TABLE links (tenant_id VARCHAR(9) NOT NULL, usage_id VARCHAR(100),"
              + " PRIMARY KEY (tenant_id), FOREIGN KEY (usage_id, tenant_id)"
              + " REFERENCES usages (usage_id, tenant_id))");
      s.execute("CREATE TABLE loose (x INTEGER)");

      assertThat(violations(c, null))
          .containsExactlyInAnyOrder(
              "notes: primary key starts with note_id",
              "links: foreign key to usages starts with usage_id",
              "loose: no primary key");
    }
  }

  static List<String> tables(Connection c, String schema) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet r = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (r.next()) {
        String name = r.getString("TABLE_NAME");
        if (!name.equals("flyway_schema_history") && !name.startsWith("sqlite_")) {
          out.add(name);
        }
      }
    }
    return out;
  }

  static List<String> violations(Connection c, String schema) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    List<String> out = new ArrayList<>();
    for (String table : tables(c, schema)) {
      Map<Integer, String> pk = new TreeMap<>();
      try (ResultSet r = meta.getPrimaryKeys(null, schema, table)) {
        while (r.next()) {
          pk.put(r.getInt("KEY_SEQ"), r.getString("COLUMN_NAME"));
        }
      }
      if (pk.isEmpty()) {
        out.add(table + ": no primary key");
      } else if (!pk.values().iterator().next().equalsIgnoreCase("tenant_id")) {
        out.add(table + ": primary key starts with " + pk.values().iterator().next());
      }
      try (ResultSet r = meta.getImportedKeys(null, schema, table)) {
        while (r.next()) {
          if (r.getInt("KEY_SEQ") == 1
              && !r.getString("FKCOLUMN_NAME").equalsIgnoreCase("tenant_id")) {
            out.add(
                table
                    + ": foreign key to "
                    + r.getString("PKTABLE_NAME")
                    + " starts with "
                    + r.getString("FKCOLUMN_NAME"));
          }
        }
      }
    }
    return out;
  }
}
