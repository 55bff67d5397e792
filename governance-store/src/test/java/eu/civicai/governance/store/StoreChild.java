package eu.civicai.governance.store;

import eu.civicai.governance.ConflictException;
import eu.civicai.governance.DatasetId;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.data.LifecycleEvent;
import eu.civicai.governance.store.internal.SimpleDataSource;
import eu.civicai.governance.usage.AiUsage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A child process for the fault and load tests: {@code import LOCATION COUNT PAUSE_AT}, {@code
 * ledger LOCATION COUNT PAUSE_AT} (a batch that stops, printing {@code HALFWAY}, at its PAUSE_AT-th
 * row written, or just before it commits when PAUSE_AT is negative, waiting to be killed; 0 never
 * stops) and {@code replace LOCATION THREADS EACH} (replacements of one usage with retries). Prints
 * {@code DONE} when it finishes.
 */
public final class StoreChild {
  private StoreChild() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String location = args[1];
    int a = Integer.parseInt(args[2]);
    int b = Integer.parseInt(args[3]);
    AtomicBoolean armed = new AtomicBoolean();
    DataSource ds =
        pausing(
            location.startsWith("jdbc:")
                ? SimpleDataSource.url(location)
                : SimpleDataSource.sqlite(java.nio.file.Path.of(location)),
            armed,
            b);
    Clock clock = Clock.systemUTC();
    try (JdbcRegisterStore store = JdbcRegisterStore.open(ds, clock)) {
      switch (mode) {
        case "import" -> {
          List<AiUsage> usages = usages(a);
          armed.set(true);
          store.importBatch(RegisterStoreContract.SICOVAL, List.of(), usages, "import");
        }
        case "ledger" -> {
          List<LedgerEntry> entries = entries(store, clock, a);
          armed.set(true);
          store.ledgers().appendAll(RegisterStoreContract.SICOVAL, "main", entries);
        }
        case "replace" -> replace(store, a, b);
        default -> throw new IllegalArgumentException(mode);
      }
    }
    System.out.println("DONE");
    System.out.flush();
  }

  static List<AiUsage> usages(int count) {
    List<AiUsage> usages = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      usages.add(RegisterStoreContract.usage("batch-" + i, "Usage " + i));
    }
    return usages;
  }

  static List<LedgerEntry> entries(JdbcRegisterStore store, Clock clock, int count) {
    // A fixed lookup: the batch is built in memory, then stored in one call.
    Ledger scratch =
        Ledger.inMemory(
            eu.civicai.governance.data.DatasetLookup.of(
                List.of(RegisterStoreContract.dataset("compteurs"))),
            clock);
    List<LedgerEntry> entries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      entries.add(
          scratch.append(
              (i == 0
                      ? LifecycleEvent.collected(DatasetId.of("compteurs"))
                      : LifecycleEvent.of(
                          eu.civicai.governance.data.EventKind.TRANSFORMED,
                          DatasetId.of("compteurs")))
                  .by("agent")));
    }
    return entries;
  }

  private static void replace(JdbcRegisterStore store, int threads, int each) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      long pid = ProcessHandle.current().pid();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < each; i++) {
                    while (true) {
                      AiUsage current =
                          store
                              .usages()
                              .find(RegisterStoreContract.SICOVAL, UsageId.of("shared"))
                              .orElseThrow();
                      try {
                        store
                            .usages()
                            .replace(
                                RegisterStoreContract.SICOVAL,
                                current.toBuilder().summary(pid + "-" + thread + "-" + i).build(),
                                "process-" + pid);
                        break;
                      } catch (ConflictException e) {
                        // Another writer won this revision: read again and retry.
                      }
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Counts row writes once armed; at the pause-th it prints HALFWAY and waits to be killed. */
  private static DataSource pausing(DataSource target, AtomicBoolean armed, int pauseAt) {
    AtomicInteger rows = new AtomicInteger();
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (p, m, args) -> {
              Object result = invoke(m, target, args);
              if (!(result instanceof Connection connection)) {
                return result;
              }
              return Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (pc, mc, argsc) -> {
                    if (armed.get() && pauseAt < 0 && mc.getName().equals("commit")) {
                      // Every row sent, nothing committed: the worst moment to die.
                      halfway();
                    }
                    Object r = invoke(mc, connection, argsc);
                    if (!(r instanceof PreparedStatement statement)) {
                      return r;
                    }
                    return Proxy.newProxyInstance(
                        PreparedStatement.class.getClassLoader(),
                        new Class<?>[] {PreparedStatement.class},
                        (ps, ms, argss) -> {
                          String name = ms.getName();
                          if (armed.get()
                              && (name.equals("addBatch") || name.equals("executeUpdate"))
                              && rows.incrementAndGet() == pauseAt
                              && pauseAt > 0) {
                            halfway();
                          }
                          return invoke(ms, statement, argss);
                        });
                  });
            });
  }

  private static void halfway() throws InterruptedException {
    System.out.println("HALFWAY");
    System.out.flush();
    Thread.sleep(120_000);
  }

  private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args)
      throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
