package eu.civicai.governance.benchmarks;

import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.report.CommitteeReport;
import eu.civicai.governance.report.ReportSummary;
import eu.civicai.governance.report.ReportWriter;
import eu.civicai.governance.usage.AiUsage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Issue 20, "a report over 35,000 usages in bounded memory; time per usage flat from 1k to 100k":
 * generates usages one at a time ({@link BenchData}'s mix, one in three sparse), evaluates each
 * against every built-in charter and hands it to the committee report's writer, which writes the
 * HTML, Markdown and JSON (sections split 200 a file). For each size it reports the time per usage
 * of the writer alone and of evaluation plus writer, their ratio to the first size measured in the
 * same run, the peak heap (every heap pool's peak, summed, garbage included) and the bytes written.
 * Run it under {@code -Xmx512m}:
 *
 * <pre>
 * java -Xmx512m -cp governance-benchmarks/target/benchmarks.jar \
 *   eu.civicai.governance.benchmarks.ReportScale 1000 10000 35000 100000
 * </pre>
 *
 * <p>Not a test: a harness whose figures go to docs/scaling.md.
 */
public final class ReportScale {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-27T16:00:00Z"), ZoneOffset.UTC);

  private ReportScale() {}

  /**
   * Runs the sizes given (default 1,000, 10,000, 35,000 and 100,000), after a warm-up of 1,000.
   *
   * @param args the sizes
   * @throws IOException when the temporary directory cannot be written
   */
  public static void main(String[] args) throws IOException {
    int[] sizes =
        args.length == 0
            ? new int[] {1_000, 10_000, 35_000, 100_000}
            : Stream.of(args).mapToInt(Integer::parseInt).toArray();
    run(1_000); // warm-up
    double[] base = null;
    System.out.printf(
        "%9s %14s %14s %9s %9s %11s %10s%n",
        "usages", "report µs/u", "total µs/u", "ratio", "ratio all", "peak MiB", "MiB out");
    for (int n : sizes) {
      double[] r = run(n);
      if (base == null) {
        base = r;
      }
      System.out.printf(
          Locale.ROOT,
          "%9d %14.1f %14.1f %9.2f %9.2f %11d %10d%n",
          n,
          r[0],
          r[1],
          r[0] / base[0],
          r[1] / base[1],
          (long) r[2],
          (long) r[3]);
    }
    System.out.printf("max heap %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
  }

  /** Returns µs per usage (report only, total), peak heap MiB, MiB written. */
  private static double[] run(int n) throws IOException {
    Path dir = Files.createTempDirectory("report-scale-");
    CharterEvaluator evaluator = CharterEvaluator.of(BuiltInCharters.all());
    EvaluationContext context = EvaluationContext.of(CLOCK, Locale.FRENCH);
    LocalDate on = LocalDate.of(2026, 11, 27);
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    Random random = new Random(42);
    long reportNanos = 0;
    long start = System.nanoTime();
    ReportSummary summary;
    try (ReportWriter writer = CommitteeReport.builder().clock(CLOCK).build().open(dir)) {
      for (int i = 0; i < n; i++) {
        AiUsage usage = i % 3 == 2 ? BenchData.sparse(i, random) : BenchData.complete(i, random);
        PortfolioReport.UsageEvaluation e =
            new PortfolioReport.UsageEvaluation(
                usage.id(),
                AiActClassifier.classify(usage, on),
                evaluator.evaluate(usage, context));
        long t = System.nanoTime();
        writer.add(usage, e);
        reportNanos += System.nanoTime() - t;
      }
      long t = System.nanoTime();
      summary = writer.finish();
      reportNanos += System.nanoTime() - t;
    }
    long total = System.nanoTime() - start;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long bytes;
    try (Stream<Path> walk = Files.walk(dir)) {
      bytes = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    if (summary.usages() != n) {
      throw new IllegalStateException("the report counted " + summary.usages() + " usages of " + n);
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    return new double[] {reportNanos / 1e3 / n, total / 1e3 / n, peak >> 20, bytes >> 20};
  }
}
