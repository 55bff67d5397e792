package eu.civicai.governance.store;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.UsageId;
import eu.civicai.governance.spi.UsageFilter;
import eu.civicai.governance.spi.UsageRevision;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults and load across processes: a batch killed with SIGKILL in its middle leaves all or
 * nothing, and two processes of eight threads each replacing one usage lose no revision; on SQLite
 * and on PostgreSQL.
 */
class ChildProcessTest {
  private static final int BATCH = 300;

  @TempDir Path dir;

  @Test
  void sqlite_importKilledHalfway_storesNothing_andFinishedImportStoresAll() throws Exception {
    importKilledHalfway(dir.resolve("kill.db").toString());
  }

  @Test
  void postgresql_importKilledHalfway_storesNothing_andFinishedImportStoresAll() throws Exception {
    String schema = Postgres.createSchema();
    try {
      importKilledHalfway(Postgres.url(schema));
    } finally {
      Postgres.dropSchema(schema);
    }
  }

  @Test
  void sqlite_ledgerBatchKilledHalfway_storesNothing() throws Exception {
    ledgerKilledHalfway(dir.resolve("ledger.db").toString());
  }

  @Test
  void postgresql_ledgerBatchKilledHalfway_storesNothing() throws Exception {
    String schema = Postgres.createSchema();
    try {
      ledgerKilledHalfway(Postgres.url(schema));
    } finally {
      Postgres.dropSchema(schema);
    }
  }

  @Test
  void sqlite_twoProcessesOfEightThreads_loseNoRevision() throws Exception {
    twoProcesses(dir.resolve("race.db").toString());
  }

  @Test
  void postgresql_twoProcessesOfEightThreads_loseNoRevision() throws Exception {
    String schema = Postgres.createSchema();
    try {
      twoProcesses(Postgres.url(schema));
    } finally {
      Postgres.dropSchema(schema);
    }
  }

  private void importKilledHalfway(String location) throws Exception {
    JdbcRegisterStore.connect(location, Clock.systemUTC()).close(); // migrated here, warm
    killHalfway("import", location, BATCH / 2);
    try (JdbcRegisterStore store = JdbcRegisterStore.connect(location, Clock.systemUTC())) {
      assertThat(store.usages().count(RegisterStoreContract.SICOVAL, UsageFilter.all())).isZero();
    }
    // The same batch, not interrupted, is stored whole: the zero above is the kill's doing.
    try (JdbcRegisterStore store = JdbcRegisterStore.connect(location, Clock.systemUTC())) {
      store.importBatch(RegisterStoreContract.SICOVAL, List.of(), StoreChild.usages(BATCH), "x");
      assertThat(store.usages().count(RegisterStoreContract.SICOVAL, UsageFilter.all()))
          .isEqualTo(BATCH);
    }
  }

  private void ledgerKilledHalfway(String location) throws Exception {
    try (JdbcRegisterStore store = JdbcRegisterStore.connect(location, Clock.systemUTC())) {
      store
          .datasets()
          .put(RegisterStoreContract.SICOVAL, RegisterStoreContract.dataset("compteurs"), "dpo");
    }
    killHalfway("ledger", location, -1);
    try (JdbcRegisterStore store = JdbcRegisterStore.connect(location, Clock.systemUTC())) {
      assertThat(store.ledgers().ledger(RegisterStoreContract.SICOVAL, "main").size()).isZero();
    }
    try (JdbcRegisterStore store = JdbcRegisterStore.connect(location, Clock.systemUTC())) {
      store
          .ledgers()
          .appendAll(
              RegisterStoreContract.SICOVAL,
              "main",
              StoreChild.entries(store, Clock.systemUTC(), BATCH));
      assertThat(store.ledgers().ledger(RegisterStoreContract.SICOVAL, "main").size())
          .isEqualTo(BATCH);
    }
  }

  private void killHalfway(String mode, String location, int pauseAt) throws Exception {
    Process child = start(mode, location, BATCH, pauseAt);
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.equals("HALFWAY")) {
        // Skip whatever else the child prints.
      }
      assertThat(line).as("the child reached the middle of its batch").isEqualTo("HALFWAY");
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the child
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(child.exitValue()).isEqualTo(137);
  }

  private void twoProcesses(String location) throws Exception {
    int threads = 8;
    int each = 2;
    try (JdbcRegisterStore store = JdbcRegisterStore.connect(location, Clock.systemUTC())) {
      store
          .usages()
          .add(
              RegisterStoreContract.SICOVAL,
              RegisterStoreContract.usage("shared", "Partagé"),
              "dpo");
    }
    Process first = start("replace", location, threads, each);
    Process second = start("replace", location, threads, each);
    assertThat(finish(first)).isEqualTo("DONE");
    assertThat(finish(second)).isEqualTo("DONE");

    try (JdbcRegisterStore store = JdbcRegisterStore.connect(location, Clock.systemUTC())) {
      List<UsageRevision> history =
          store.usages().history(RegisterStoreContract.SICOVAL, UsageId.of("shared"));
      int expected = 1 + 2 * threads * each;
      assertThat(history)
          .extracting(UsageRevision::revision)
          .containsExactlyElementsOf(IntStream.rangeClosed(1, expected).boxed().toList());
      Set<String> summaries = new HashSet<>();
      history.stream().skip(1).forEach(r -> summaries.add(r.usage().summary()));
      assertThat(summaries).hasSize(expected - 1);
      assertThat(history.stream().map(UsageRevision::author).distinct().count()).isEqualTo(3);
    }
  }

  private static Process start(String mode, String location, int a, int b) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(StoreChild.class.getName());
    command.add(mode);
    command.add(location);
    command.add(Integer.toString(a));
    command.add(Integer.toString(b));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private static String finish(Process child) throws Exception {
    String last = null;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        last = line;
      }
    }
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isZero();
    return last;
  }
}
