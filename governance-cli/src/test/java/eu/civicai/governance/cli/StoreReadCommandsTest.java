package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.JsonLinesLedgerStore;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.store.JdbcRegisterStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read commands read a tenant of a store (issue 17) as they read files: the same register in a
 * file and in a store gives the same output, byte for byte, and the same exit code; the store is
 * never created or written.
 */
class StoreReadCommandsTest {
  private static final String TENANT = "243100633";
  private static final String AT = "2026-06-01T10:00:00Z";

  @TempDir Path dir;

  /**
   * The register as the store holds it, exported by {@code store export}: importing stamps each
   * usage with the store's revision instants, so this file, not the imported one, is the same
   * register as the store's.
   */
  private Path registerFile;

  /** A SQLite store holding CliTest's register (imported) and its ledger as ledger "main". */
  private String sqliteStore() throws Exception {
    Path db = dir.resolve("governance.db");
    fill(db.toString());
    return db.toString();
  }

  private void fill(String location) throws Exception {
    // CliTest's register, ledger and checkpoint, written here (its own folder may be gone).
    Path files = dir.resolve("files-" + System.nanoTime());
    Files.createDirectories(files);
    CliTest.dir = files;
    CliTest.writeFiles();
    assertThat(CliTest.run("store", "--store", location, "init").code()).isZero();
    CliTest.Run imported =
        CliTest.run(
            "store",
            "--store",
            location,
            "import",
            "--tenant",
            TENANT,
            CliTest.registerFile.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    try (JdbcRegisterStore store = JdbcRegisterStore.connect(location, Clock.systemUTC());
        JsonLinesLedgerStore file =
            JsonLinesLedgerStore.openReadOnly(CliTest.ledgerFile, GovernanceJson.create());
        Stream<eu.civicai.governance.data.LedgerEntry> entries = file.entries()) {
      store.ledgers().appendAll(TenantId.of(TENANT), "main", entries.toList());
    }
    registerFile = dir.resolve("exported-" + System.nanoTime() + ".json");
    CliTest.Run exported =
        CliTest.run(
            "store",
            "--store",
            location,
            "export",
            "--tenant",
            TENANT,
            "--out",
            registerFile.toString());
    assertThat(exported.code()).as(exported.err()).isZero();
  }

  /** Each command twice: from the files, then from the store; outputs and codes must match. */
  private void assertSameAsFiles(String store) {
    String register = registerFile.toString();
    String ledger = CliTest.ledgerFile.toString();
    List<String[][]> pairs = new ArrayList<>();
    for (String format : new String[] {"text", "json", "markdown"}) {
      pairs.add(
          new String[][] {
            {"evaluate", "--at", AT, "--format", format, "--ledger", ledger, register},
            {
              "evaluate",
              "--at",
              AT,
              "--format",
              format,
              "--ledger",
              "main",
              "--store",
              store,
              "--tenant",
              TENANT
            }
          });
    }
    pairs.add(
        new String[][] {
          {"--lang", "en", "classify", "--at", AT, register},
          {"--lang", "en", "classify", "--at", AT, "--store", store, "--tenant", TENANT}
        });
    pairs.add(
        new String[][] {
          {"ledger", "verify", ledger, "--checkpoint", CliTest.checkpointFile.toString()},
          {
            "ledger",
            "verify",
            "main",
            "--checkpoint",
            CliTest.checkpointFile.toString(),
            "--store",
            store,
            "--tenant",
            TENANT
          }
        });
    pairs.add(
        new String[][] {
          {"ledger", "deadlines", ledger, "--register", register, "--at", AT},
          {"ledger", "deadlines", "main", "--store", store, "--tenant", TENANT, "--at", AT}
        });
    for (String[][] pair : pairs) {
      CliTest.Run fromFiles = CliTest.run(pair[0]);
      CliTest.Run fromStore = CliTest.run(pair[1]);
      assertThat(fromFiles.err()).as(String.join(" ", pair[0])).doesNotContain("governance:");
      assertThat(fromStore.out()).as(String.join(" ", pair[1])).isEqualTo(fromFiles.out());
      assertThat(fromStore.code()).as(fromStore.err()).isEqualTo(fromFiles.code());
      assertThat(fromFiles.out()).isNotBlank();
    }
  }

  @Test
  void sqlite_evaluateClassifyAndLedgerCommands_printWhatTheFilesGive() throws Exception {
    assertSameAsFiles(sqliteStore());
  }

  @Test
  void sqlite_report_writesTheSameFilesAsFromTheRegisterFile() throws Exception {
    String store = sqliteStore();
    Path fromFiles = dir.resolve("files");
    Path fromStore = dir.resolve("store");
    CliTest.Run a =
        CliTest.run(
            "report",
            "--at",
            AT,
            "--out",
            fromFiles.toString(),
            "--ledger",
            CliTest.ledgerFile.toString(),
            registerFile.toString());
    CliTest.Run b =
        CliTest.run(
            "report",
            "--at",
            AT,
            "--out",
            fromStore.toString(),
            "--ledger",
            "main",
            "--store",
            store,
            "--tenant",
            TENANT);
    assertThat(b.code()).as(b.err()).isEqualTo(a.code());
    for (String name : new String[] {"report.json", "report.md"}) {
      assertThat(Files.readString(fromStore.resolve(name)))
          .isEqualTo(Files.readString(fromFiles.resolve(name)))
          .isNotBlank();
    }
  }

  @Test
  void aMissingStore_isReportedNamingIt_andNeverCreated() {
    Path missing = dir.resolve("absent.db");
    CliTest.Run en =
        CliTest.run("--lang", "en", "evaluate", "--store", missing.toString(), "--tenant", TENANT);
    assertThat(en.code()).isEqualTo(3);
    assertThat(en.err())
        .contains("store " + missing)
        .contains("no store at " + missing)
        .contains("store init");
    CliTest.Run fr =
        CliTest.run("ledger", "verify", "main", "--store", missing.toString(), "--tenant", TENANT);
    assertThat(fr.code()).isEqualTo(3);
    assertThat(fr.err()).contains("stockage " + missing).contains("aucun stockage à " + missing);
    assertThat(missing).doesNotExist();
  }

  @Test
  void anUnknownLedger_aBadTenant_andBothAFileAndAStore_areRefused() throws Exception {
    String store = sqliteStore();
    CliTest.Run badTenant =
        CliTest.run("--lang", "en", "evaluate", "--store", store, "--tenant", "12");
    assertThat(badTenant.code()).isEqualTo(3);
    assertThat(badTenant.err()).contains("store " + store).contains("SIREN").contains("'12'");
    CliTest.Run noTenant = CliTest.run("--lang", "en", "classify", "--store", store);
    assertThat(noTenant.code()).isEqualTo(3);
    assertThat(noTenant.err()).contains("store " + store).contains("--tenant");
    CliTest.Run badName =
        CliTest.run(
            "--lang", "en", "ledger", "verify", "Main!", "--store", store, "--tenant", TENANT);
    assertThat(badName.code()).isEqualTo(3);
    assertThat(badName.err()).contains("store " + store).contains("ledger");
    CliTest.Run both =
        CliTest.run("evaluate", "--store", store, "--tenant", TENANT, registerFile.toString());
    assertThat(both.code()).isEqualTo(2);
    CliTest.Run tenantAlone = CliTest.run("evaluate", "--tenant", TENANT, registerFile.toString());
    assertThat(tenantAlone.code()).isEqualTo(2);
  }

  /**
   * Issue 17: {@code ledger verify --store} verifies against the latest checkpoint the store holds
   * when none is given, and a checkpoint given on the command line is used instead.
   */
  @Test
  void ledgerVerify_fromAStore_usesItsLatestCheckpoint_unlessOneIsGiven() throws Exception {
    String store = sqliteStore();
    String[] verify = {
      "--lang", "en", "ledger", "verify", "main", "--store", store, "--tenant", TENANT
    };
    CliTest.Run before = CliTest.run(verify);
    assertThat(before.code()).as(before.err()).isZero();
    long size;
    eu.civicai.governance.data.Checkpoint head;
    try (JdbcRegisterStore s = JdbcRegisterStore.connect(store, Clock.systemUTC())) {
      TenantId tenant = TenantId.of(TENANT);
      size = s.ledgers().ledger(tenant, "main").size();
      head = JsonLinesLedgerStore.readCheckpoint(CliTest.checkpointFile, GovernanceJson.create());
      s.ledgers().saveCheckpoint(tenant, "main", head);
      // What an auditor saw later: one entry more than the store now holds, as after a truncation.
      s.ledgers()
          .saveCheckpoint(
              tenant, "main", new eu.civicai.governance.data.Checkpoint(size + 1, head.headHash()));
    }
    CliTest.Run truncated = CliTest.run(verify);
    assertThat(truncated.code()).isEqualTo(1);
    assertThat(truncated.out())
        .isEqualToIgnoringNewLines(
            "The ledger was truncated: entry "
                + (size + 1)
                + " and later ones, covered by the checkpoint, are missing");
    List<String> withFile = new ArrayList<>(List.of(verify));
    withFile.addAll(List.of("--checkpoint", CliTest.checkpointFile.toString()));
    CliTest.Run explicit = CliTest.run(withFile.toArray(String[]::new));
    assertThat(explicit.code()).as(explicit.out()).isZero();
  }

  @Test
  void readCommands_leaveTheStoreFileUnchanged() throws Exception {
    String store = sqliteStore();
    // Checkpointed so that the WAL is folded into the main file before the bytes are taken.
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    byte[] before = Files.readAllBytes(Path.of(store));
    assertSameAsFiles(store);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    assertThat(Files.readAllBytes(Path.of(store))).isEqualTo(before);
  }

  @Test
  void postgresql_evaluateClassifyAndLedgerCommands_printWhatTheFilesGive() throws Exception {
    String url = System.getenv("GOVERNANCE_TEST_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      url = System.getProperty("governance.test.postgres.url");
    }
    if (url == null || url.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError(
            "CI=true but no PostgreSQL server: set GOVERNANCE_TEST_POSTGRES_URL");
      }
      Assumptions.abort("PostgreSQL test skipped: no server (GOVERNANCE_TEST_POSTGRES_URL)");
    }
    String schema = "cli" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    try {
      String location = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      fill(location);
      assertSameAsFiles(location);
    } finally {
      try (Connection c = DriverManager.getConnection(url);
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }
}
