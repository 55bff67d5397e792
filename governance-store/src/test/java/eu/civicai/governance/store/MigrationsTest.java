package eu.civicai.governance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.UsageId;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.store.internal.Dialect;
import eu.civicai.governance.store.internal.Migrations;
import eu.civicai.governance.store.internal.SimpleDataSource;
import eu.civicai.governance.usage.AiUsage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations: an empty database and one at the previous schema version are brought to this
 * library's version, keeping their rows; a database at a newer version is refused.
 */
class MigrationsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
  private static final TenantId TENANT = TenantId.of("243100633");

  @TempDir Path dir;

  @Test
  void sqlite_emptyDatabase_isMigratedToTheLatestVersion() throws Exception {
    DataSource ds = SimpleDataSource.sqlite(dir.resolve("empty.db"));
    JdbcRegisterStore.open(ds, CLOCK).close();
    assertThat(version(ds)).isEqualTo(JdbcRegisterStore.SCHEMA_VERSION).isEqualTo(3);
  }

  @Test
  void sqlite_previousVersion_isMigratedWithItsRows() throws Exception {
    previousVersion_isMigratedWithItsRows(
        SimpleDataSource.sqlite(dir.resolve("v1.db")), Dialect.SQLITE);
  }

  @Test
  void postgresql_previousVersion_isMigratedWithItsRows() throws Exception {
    String schema = Postgres.createSchema();
    try {
      previousVersion_isMigratedWithItsRows(Postgres.dataSource(schema), Dialect.POSTGRESQL);
    } finally {
      Postgres.dropSchema(schema);
    }
  }

  private void previousVersion_isMigratedWithItsRows(DataSource ds, Dialect dialect)
      throws Exception {
    Migrations.migrate(ds, dialect, 1);
    assertThat(version(ds)).isEqualTo(1);
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      if (dialect == Dialect.POSTGRESQL) {
        s.execute("SELECT set_config('app.tenant', '" + TENANT.value() + "', false)");
      }
      // A row as version 1 of the library wrote it.
      s.execute("INSERT INTO tenants VALUES ('" + TENANT.value() + "', '2025-01-01T00:00:00Z')");
      String document =
          new eu.civicai.governance.store.internal.Documents()
              .write(
                  AiUsage.builder("ancien")
                      .name("Usage d'avant")
                      .authority(Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION))
                      .build());
      s.execute(
          "INSERT INTO usages VALUES ('"
              + TENANT.value()
              + "', 'ancien', 1, 'Usage d''avant',"
              + " 'usage d''avant', '', 'Sicoval', NULL, 'COMMUNAUTE_AGGLOMERATION', NULL, NULL,"
              + " 'UNDETERMINED', '2025-01-01T00:00:00Z', 'dpo', '"
              + document.replace("'", "''")
              + "')");
    }

    JdbcRegisterStore store = JdbcRegisterStore.open(ds, CLOCK);

    assertThat(version(ds)).isEqualTo(3);
    assertThat(store.usages().find(TENANT, UsageId.of("ancien")).orElseThrow().name())
        .isEqualTo("Usage d'avant");
    store.datasets().put(TENANT, RegisterStoreContract.dataset("d"), "dpo");
    assertThat(store.ledgers().ledger(TENANT, "main").size()).isZero();
  }

  @Test
  void sqlite_newerVersion_isRefusedWithAClearMessage() throws Exception {
    DataSource ds = SimpleDataSource.sqlite(dir.resolve("future.db"));
    JdbcRegisterStore.open(ds, CLOCK).close();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      // What a later library would have left: a version 4 applied.
      s.execute(
          "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
              + " checksum, installed_by, installed_on, execution_time, success)"
              + " VALUES (4, '4', 'from the future', 'SQL', 'V4__from_the_future.sql', 0, 'x',"
              + " '2030-01-01 00:00:00', 1, 1)");
    }

    assertThatThrownBy(() -> JdbcRegisterStore.open(ds, CLOCK))
        .isInstanceOfSatisfying(
            StoreException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("store.schemaTooNew");
              assertThat(e.message(Locale.ENGLISH))
                  .isEqualTo(
                      "`schema`: the database is at schema version 4, newer than this library's"
                          + " 3; use a library at least as recent, or another database");
              assertThat(e.message(Locale.FRENCH))
                  .isEqualTo(
                      "`schema` : la base de données est au schéma version 4, plus récent que"
                          + " celui de cette bibliothèque (3) ; utilisez une bibliothèque au moins"
                          + " aussi récente, ou une autre base");
            });
    assertThat(version(ds)).isEqualTo(4);
  }

  private static int version(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL")) {
      int max = 0;
      while (r.next()) {
        max = Math.max(max, Integer.parseInt(r.getString(1)));
      }
      return max;
    }
  }
}
