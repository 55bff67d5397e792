package eu.civicai.governance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.UsageId;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.data.EventKind;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.data.LedgerFormat;
import eu.civicai.governance.data.LedgerVerification;
import eu.civicai.governance.data.LifecycleEvent;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.store.internal.Dialect;
import eu.civicai.governance.store.internal.Documents;
import eu.civicai.governance.store.internal.Migrations;
import eu.civicai.governance.store.internal.SimpleDataSource;
import eu.civicai.governance.usage.AiUsage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
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
    assertThat(version(ds)).isEqualTo(JdbcRegisterStore.SCHEMA_VERSION).isEqualTo(7);
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

    assertThat(version(ds)).isEqualTo(JdbcRegisterStore.SCHEMA_VERSION);
    assertThat(store.usages().find(TENANT, UsageId.of("ancien")).orElseThrow().name())
        .isEqualTo("Usage d'avant");
    store.datasets().put(TENANT, RegisterStoreContract.dataset("d"), "dpo");
    assertThat(store.ledgers().ledger(TENANT, "main").size()).isZero();
  }

  @Test
  void sqlite_ledgerRowsOfVersion2_getTheirCanonicalBytes() throws Exception {
    ledgerRowsOfVersion2_getTheirCanonicalBytes(
        SimpleDataSource.sqlite(dir.resolve("v2.db")), Dialect.SQLITE);
  }

  @Test
  void postgresql_ledgerRowsOfVersion2_getTheirCanonicalBytes() throws Exception {
    String schema = Postgres.createSchema();
    try {
      ledgerRowsOfVersion2_getTheirCanonicalBytes(Postgres.dataSource(schema), Dialect.POSTGRESQL);
    } finally {
      Postgres.dropSchema(schema);
    }
  }

  /**
   * Issue 17: schema version 5 adds each entry's canonical bytes; rows written at version 2 get
   * theirs from their JSON, a row whose JSON was changed before the migration is still found, and
   * the table stays append-only.
   */
  private void ledgerRowsOfVersion2_getTheirCanonicalBytes(DataSource ds, Dialect dialect)
      throws Exception {
    Migrations.migrate(ds, dialect, 2);
    Dataset meters =
        Dataset.builder("compteurs").name("Compteurs").personalData(PersonalDataLevel.NONE).build();
    Ledger ledger = Ledger.inMemory(DatasetLookup.of(List.of(meters)), CLOCK);
    ledger.append(LifecycleEvent.collected(meters.id()).by("agent").note("télérelève"));
    for (int i = 0; i < 2_500; i++) { // more than a page of the migration
      ledger.append(LifecycleEvent.of(EventKind.TRANSFORMED, meters.id()).by("agent " + i));
    }
    List<LedgerEntry> entries = ledger.entries();
    Documents documents = new Documents();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        if (dialect == Dialect.POSTGRESQL) {
          s.execute("SELECT set_config('app.tenant', '" + TENANT.value() + "', true)");
        }
        s.execute("INSERT INTO tenants VALUES ('" + TENANT.value() + "', '2025-01-01T00:00:00Z')");
      }
      try (PreparedStatement s =
          c.prepareStatement("INSERT INTO ledger_entries VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (String name : List.of("main", "altered")) {
          for (LedgerEntry e : entries) {
            String json = documents.write(e);
            if (name.equals("altered") && e.sequence() == 1_200) {
              json = json.replace("agent 1198", "agent 1198 (modifié)");
            }
            s.setString(1, TENANT.value());
            s.setString(2, name);
            s.setLong(3, e.sequence());
            s.setString(4, e.event().at().toString());
            s.setString(5, e.previousHash());
            s.setString(6, e.hash());
            s.setString(7, json);
            s.addBatch();
          }
        }
        s.executeBatch();
      }
      c.commit();
      c.setAutoCommit(true);
    }

    JdbcRegisterStore store = JdbcRegisterStore.open(ds, CLOCK);

    assertThat(version(ds)).isEqualTo(JdbcRegisterStore.SCHEMA_VERSION);
    assertThat(store.ledgers().verify(TENANT, "main", ledger.checkpoint()))
        .isEqualTo(new LedgerVerification(true, entries.size(), 0, null));
    try (Stream<LedgerEntry> read = store.ledgers().ledger(TENANT, "main").entries()) {
      assertThat(read.toList()).isEqualTo(entries);
    }
    assertThat(LedgerBytesTest.canonical(ds, dialect, 7))
        .isEqualTo(LedgerFormat.canonicalBytes(7, entries.get(6).event()));
    LedgerVerification altered = store.ledgers().verify(TENANT, "altered", null);
    assertThat(altered.problem()).isEqualTo(LedgerVerification.Problem.HASH_MISMATCH);
    assertThat(altered.firstBadSequence()).isEqualTo(1_200);
    // Still append-only once migrated.
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      if (dialect == Dialect.POSTGRESQL) {
        s.execute("SELECT set_config('app.tenant', '" + TENANT.value() + "', false)");
        // No UPDATE policy: row-level security lets the update see no row, or the trigger refuses.
        int changed = 0;
        try {
          changed = s.executeUpdate("UPDATE ledger_entries SET canonical = NULL");
        } catch (SQLException refused) {
          assertThat(refused.getMessage()).contains("append-only");
        }
        assertThat(changed).isZero();
      } else {
        assertThatThrownBy(() -> s.executeUpdate("UPDATE ledger_entries SET canonical = NULL"))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("append-only");
      }
    }
    store.close();
  }

  @Test
  void sqlite_olderVersion_isRefusedByReads_namingTheCommandThatMigrates() throws Exception {
    Path file = dir.resolve("v2.db");
    DataSource ds = SimpleDataSource.sqlite(file);
    Migrations.migrate(ds, Dialect.SQLITE, 2);

    // Read commands never migrate (an auditor's copy, a replica): they say what to run.
    assertThatThrownBy(() -> JdbcRegisterStore.connectExisting(file.toString(), CLOCK))
        .isInstanceOfSatisfying(
            StoreException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("store.schemaOld");
              assertThat(e.message(Locale.ENGLISH))
                  .isEqualTo(
                      "`schema`: the database is at schema version 2, older than this library's"
                          + " 7; read commands never migrate: run `governance store init` on it"
                          + " first");
              assertThat(e.message(Locale.FRENCH))
                  .isEqualTo(
                      "`schema` : la base de données est au schéma version 2, plus ancien que"
                          + " celui de cette bibliothèque (7) ; les commandes de lecture ne"
                          + " migrent jamais : lancez d'abord `governance store init` sur cette"
                          + " base");
            });
    assertThat(version(ds)).isEqualTo(2);
    // Opened for writing (store init, store import), it is migrated, then reads open it.
    JdbcRegisterStore.open(ds, CLOCK).close();
    JdbcRegisterStore.connectExisting(file.toString(), CLOCK).close();
    assertThat(version(ds)).isEqualTo(7);
  }

  @Test
  void sqlite_textSearchIndex_isCreatedAndUsedByTextQueries() throws Exception {
    DataSource ds = SimpleDataSource.sqlite(dir.resolve("text.db"));
    JdbcRegisterStore.open(ds, CLOCK).close();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "EXPLAIN QUERY PLAN SELECT u.document FROM usages u WHERE u.tenant_id IN ('x')"
                    + " AND u.rowid IN (SELECT rowid FROM usages INDEXED BY ix_usages_search"
                    + " WHERE tenant_id IN ('x') AND search_name LIKE '%a%')")) {
      StringBuilder plan = new StringBuilder();
      while (r.next()) {
        plan.append(r.getString(4)).append('\n');
      }
      assertThat(plan.toString()).contains("COVERING INDEX ix_usages_search (tenant_id=?)");
    }
  }

  @Test
  void postgresql_textSearchIndexes_areTrigramIndexes() throws Exception {
    String schema = Postgres.createSchema();
    try {
      DataSource ds = Postgres.dataSource(schema);
      JdbcRegisterStore.open(ds, CLOCK).close();
      try (Connection c = ds.getConnection();
          PreparedStatement s =
              c.prepareStatement(
                  "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = ?"
                      + " AND tablename = 'usages' AND indexname LIKE 'ix_usages_search%'"
                      + " ORDER BY indexname")) {
        s.setString(1, schema);
        List<String> definitions = new java.util.ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            definitions.add(r.getString(1) + ": " + r.getString(2));
          }
        }
        assertThat(definitions)
            .hasSize(2)
            .allSatisfy(d -> assertThat(d).contains("USING gin").contains("gin_trgm_ops"));
        assertThat(definitions.get(0)).startsWith("ix_usages_search_name").contains("(search_name");
      }
    } finally {
      Postgres.dropSchema(schema);
    }
  }

  @Test
  void sqlite_newerVersion_isRefusedWithAClearMessage() throws Exception {
    DataSource ds = SimpleDataSource.sqlite(dir.resolve("future.db"));
    JdbcRegisterStore.open(ds, CLOCK).close();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      // What a later library would have left: a version 99 applied.
      s.execute(
          "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
              + " checksum, installed_by, installed_on, execution_time, success)"
              + " VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'x',"
              + " '2030-01-01 00:00:00', 1, 1)");
    }

    assertThatThrownBy(() -> JdbcRegisterStore.open(ds, CLOCK))
        .isInstanceOfSatisfying(
            StoreException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("store.schemaTooNew");
              assertThat(e.message(Locale.ENGLISH))
                  .isEqualTo(
                      "`schema`: the database is at schema version 99, newer than this library's"
                          + " 7; use a library at least as recent, or another database");
              assertThat(e.message(Locale.FRENCH))
                  .isEqualTo(
                      "`schema` : la base de données est au schéma version 99, plus récent que"
                          + " celui de cette bibliothèque (7) ; utilisez une bibliothèque au moins"
                          + " aussi récente, ou une autre base");
            });
    assertThat(version(ds)).isEqualTo(99);
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
