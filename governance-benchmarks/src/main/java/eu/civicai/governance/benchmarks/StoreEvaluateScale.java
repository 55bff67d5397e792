package eu.civicai.governance.benchmarks;

import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.spi.Page;
import eu.civicai.governance.spi.PageRequest;
import eu.civicai.governance.spi.StoredUsage;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.spi.UsageFilter;
import eu.civicai.governance.store.JdbcRegisterStore;
import eu.civicai.governance.store.testing.ReusingDataSource;
import eu.civicai.governance.usage.AiUsage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 17, "evaluating all built-in charters over the stored usages, streaming, under -Xmx512m":
 * fills a store (when asked) with {@link StoreScale}'s generated register, then evaluates every
 * built-in charter over every stored usage of every tenant in a child JVM of 512 MiB, page by page
 * (500 usages a query, by key), and reports usages per second and the peak heap (the highest use of
 * each heap pool, summed, garbage included).
 *
 * <pre>
 * java -cp governance-benchmarks/target/benchmarks.jar \
 *   eu.civicai.governance.benchmarks.StoreEvaluateScale eval.db 1000 100000
 * </pre>
 *
 * <p>Arguments: the store (a SQLite file or a {@code jdbc:postgresql:} URL), tenants, usages. The
 * store is filled when it holds no usage of the first tenant; an existing one is evaluated as it
 * is. Not a test: a harness whose figures go to docs/scaling.md.
 */
public final class StoreEvaluateScale {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-27T16:00:00Z"), ZoneOffset.UTC);
  private static final int PAGE = 500;

  private StoreEvaluateScale() {}

  /**
   * Fills the store when empty, then runs the evaluation in a child JVM of 512 MiB.
   *
   * @param args the store, tenants, usages
   * @throws Exception when the store cannot be filled or the child fails
   */
  public static void main(String[] args) throws Exception {
    String location = args[0];
    int tenants = Integer.parseInt(args[1]);
    int usages = Integer.parseInt(args[2]);
    int perTenant = Math.max(1, usages / tenants);
    try (JdbcRegisterStore store = JdbcRegisterStore.connect(location, CLOCK)) {
      if (store.usages().count(StoreScale.tenant(0), UsageFilter.all()) == 0) {
        long start = System.nanoTime();
        for (int t = 0; t < tenants; t++) {
          List<Dataset> datasets = new ArrayList<>();
          List<AiUsage> list = new ArrayList<>();
          for (int i = 0; i < perTenant; i++) {
            Dataset d = StoreScale.dataset(t, i);
            datasets.add(d);
            list.add(StoreScale.usage(t, i, d.id()));
          }
          store.importBatch(StoreScale.tenant(t), datasets, list, "import");
        }
        System.out.printf(
            Locale.ROOT,
            "filled %s: %d tenants, %d usages in %.1f s%n",
            location,
            tenants,
            (long) perTenant * tenants,
            (System.nanoTime() - start) / 1e9);
      }
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx512m",
            "-cp",
            System.getProperty("java.class.path"),
            Child.class.getName(),
            location,
            Integer.toString(tenants)));
    Process child = new ProcessBuilder(command).inheritIO().start();
    int code = child.waitFor();
    if (code != 0) {
      throw new IllegalStateException("the evaluating JVM exited with " + code);
    }
  }

  /** The evaluation, in the JVM of 512 MiB. */
  public static final class Child {
    private Child() {}

    /**
     * Evaluates every tenant's usages page by page.
     *
     * @param args the store, tenants
     */
    public static void main(String[] args) {
      String location = args[0];
      int tenants = Integer.parseInt(args[1]);
      CharterEvaluator evaluator = CharterEvaluator.of(BuiltInCharters.all());
      LocalDate on = LocalDate.ofInstant(CLOCK.instant(), ZoneOffset.UTC);
      long usages = 0;
      long reports = 0;
      long findings = 0;
      long start = System.nanoTime();
      // SQLite: as `governance evaluate --store` opens it (a connection per call, cheap on a file).
      // PostgreSQL: through a pool, as a SaaS embedder would; a connection per call there is a
      // server process per dataset looked up (the 2 December attempt opened 85,000 in 16 minutes).
      boolean postgres = location.startsWith("jdbc:postgresql:");
      try (JdbcRegisterStore store =
          postgres
              ? JdbcRegisterStore.open(
                  new ReusingDataSource(new StoreScale.DriverManagerSource(location)), CLOCK)
              : JdbcRegisterStore.connectExisting(location, CLOCK)) {
        for (int t = 0; t < tenants; t++) {
          TenantId tenant = StoreScale.tenant(t);
          EvaluationContext context =
              EvaluationContext.of(CLOCK, Locale.FRENCH)
                  .withDatasets(store.datasets().lookup(tenant));
          PageRequest request = PageRequest.first(PAGE);
          while (true) {
            Page<StoredUsage> page = store.usages().query(tenant, UsageFilter.all(), request);
            for (StoredUsage stored : page.items()) {
              AiActClassifier.classify(stored.usage(), on);
              for (EvaluationReport report : evaluator.evaluate(stored.usage(), context)) {
                reports++;
                findings += report.findings().size();
              }
              usages++;
            }
            if (page.next().isEmpty()) {
              break;
            }
            request = PageRequest.after(page.next().get(), PAGE);
          }
          if ((t + 1) % Math.max(1, tenants / 10) == 0) {
            System.out.printf(
                Locale.ROOT,
                "  %d/%d tenants, %d usages, %.0f s%n",
                t + 1,
                tenants,
                usages,
                (System.nanoTime() - start) / 1e9);
          }
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.out.printf(
          Locale.ROOT,
          "evaluated %d usages (%d charters each: %d reports, %d findings) in %.1f s: %.0f"
              + " usages/s; peak heap %d MiB of %d MiB (-Xmx); store %s%n",
          usages,
          BuiltInCharters.all().size(),
          reports,
          findings,
          seconds,
          usages / seconds,
          peak >> 20,
          Runtime.getRuntime().maxMemory() >> 20,
          postgres ? "PostgreSQL (pooled connections)" : sizeOf(location));
    }

    private static String sizeOf(String file) {
      try {
        return "SQLite, " + (Files.size(Path.of(file)) >> 20) + " MiB";
      } catch (java.io.IOException e) {
        return "SQLite";
      }
    }
  }
}
