package eu.civicai.governance.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the whole suite and writes {@code docs/benchmarks.md}: the machine, the date, each
 * benchmark's score and error, and the ratios to their baselines measured in the same run.
 *
 * <p>Usage: {@code java -jar governance-benchmarks/target/benchmarks.jar [output file] [regex]}.
 */
public final class RunBenchmarks {
  private RunBenchmarks() {}

  record Row(String name, String params, double score, double error, String unit) {}

  /**
   * Runs the benchmarks.
   *
   * @param args the output file (default docs/benchmarks.md) and a benchmark regex (default all)
   * @throws RunnerException when JMH fails
   * @throws IOException when the report cannot be written
   */
  public static void main(String[] args) throws RunnerException, IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
    String include = args.length > 1 ? args[1] : "eu.civicai.governance.benchmarks.*";
    Collection<RunResult> results = new Runner(new OptionsBuilder().include(include).build()).run();
    Map<String, Row> rows = new LinkedHashMap<>();
    for (RunResult r : results) {
      var p = r.getParams();
      String params =
          String.join(",", p.getParamsKeys().stream().map(k -> k + "=" + p.getParam(k)).toList());
      String name = p.getBenchmark().replace("eu.civicai.governance.benchmarks.", "");
      var score = r.getPrimaryResult();
      rows.put(
          name + (params.isEmpty() ? "" : " [" + params + "]"),
          new Row(name, params, score.getScore(), score.getScoreError(), score.getScoreUnit()));
    }
    Files.writeString(out, report(rows));
    System.out.println("Wrote " + out);
  }

  static double score(Map<String, Row> rows, String key) {
    Row row = rows.get(key);
    return row == null ? Double.NaN : row.score();
  }

  static String report(Map<String, Row> rows) {
    StringBuilder md = new StringBuilder("# Benchmarks\n\n");
    Runtime rt = Runtime.getRuntime();
    md.append("Measured on ")
        .append(LocalDate.now(ZoneOffset.UTC))
        .append(" — ")
        .append(rt.availableProcessors())
        .append(" cores, ")
        .append(
            ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() / (1L << 30) + " GiB memory, "
                : "")
        .append(System.getProperty("java.vm.name"))
        .append(' ')
        .append(System.getProperty("java.version"))
        .append(", JMH 1.37. Regenerate with the README's benchmark command.\n\n");
    md.append("| benchmark | parameters | score | error | unit |\n|---|---|---|---|---|\n");
    rows.values()
        .forEach(
            r ->
                md.append("| ")
                    .append(r.name())
                    .append(" | ")
                    .append(r.params())
                    .append(" | ")
                    .append(fmt(r.score()))
                    .append(" | ")
                    .append(fmt(r.error()))
                    .append(" | ")
                    .append(r.unit())
                    .append(" |\n"));
    md.append("\n## Ratios (same run)\n\n| ratio | measured | target | met |\n|---|---|---|---|\n");
    String e = "EvaluationBenchmark.";
    String n = " [n=1000]";
    ratio(
        md,
        "1. library DSL / hand-written",
        score(rows, e + "b_libraryDsl" + n) / score(rows, e + "a_handWritten" + n),
        "≤ 1.5",
        true);
    ratio(
        md,
        "1. library JSON / hand-written",
        score(rows, e + "c_libraryJson" + n) / score(rows, e + "a_handWritten" + n),
        "≤ 2",
        true);
    ratio(
        md,
        "1. library outcomes only / hand-written outcomes only",
        score(rows, e + "e_libraryOutcomesOnly" + n)
            / score(rows, e + "a_handWrittenOutcomesOnly" + n),
        "≤ 1.5",
        true);
    ratio(
        md,
        "1. content hash alone (computed when a report's hash is first read) / hand-written (information)",
        score(rows, e + "f_contentHashOnly" + n) / score(rows, e + "a_handWritten" + n),
        "—",
        null);
    ratio(
        md,
        "1. CEL / library JSON",
        score(rows, e + "d_cel" + n) / score(rows, e + "c_libraryJson" + n),
        "≥ 10",
        false);
    ratio(
        md,
        "1. CEL / library outcomes only (CEL computes outcomes only)",
        score(rows, e + "d_cel" + n) / score(rows, e + "e_libraryOutcomesOnly" + n),
        "≥ 10",
        false);
    String j = "JsonBenchmark.";
    String k = " [n=100000]";
    ratio(
        md,
        "2. read+validate / plain Jackson read",
        score(rows, j + "readLibrary" + k) / score(rows, j + "readPlainJackson" + k),
        "≤ 1.5",
        true);
    ratio(
        md,
        "2. write / plain Jackson write",
        score(rows, j + "writeLibrary" + k) / score(rows, j + "writePlainJackson" + k),
        "≤ 1.2",
        true);
    ratio(
        md,
        "2. read+validate / tree parse (information)",
        score(rows, j + "readLibrary" + k) / score(rows, j + "parseTreeOnly" + k),
        "—",
        null);
    String l = "LedgerBenchmark.";
    String m = " [n=1000000]";
    ratio(
        md,
        "3. append: SHA-256 limit / library (fraction of the limit)",
        score(rows, l + "sha256Limit" + m) / score(rows, l + "appendLibrary" + m),
        "≥ 0.7",
        false);
    ratio(
        md,
        "3. verify: SHA-256 limit / library (fraction of the limit)",
        score(rows, l + "sha256Limit" + m) / score(rows, l + "verifyLibrary" + m),
        "≥ 0.7",
        false);
    ratio(
        md,
        "3. verify on one thread per core: SHA-256 limit (one thread) / library (information)",
        score(rows, l + "sha256Limit" + m) / score(rows, l + "verifyLibraryParallel" + m),
        "—",
        null);
    ratio(
        md,
        "3. encoding alone / SHA-256 limit (information: the format's own cost)",
        score(rows, l + "encodeOnly" + m) / score(rows, l + "sha256Limit" + m),
        "—",
        null);
    ratio(
        md,
        "3. verify: SHA-256 in two updates (the limit as measured before) / library (information)",
        score(rows, l + "sha256TwoUpdates" + m) / score(rows, l + "verifyLibrary" + m),
        "—",
        null);
    String s = "ScalingBenchmark.evaluateAllBuiltInCharters";
    ratio(
        md,
        "4. evaluation time per usage, 1M / 10k",
        (score(rows, s + " [n=1000000]") / 1_000_000) / (score(rows, s + " [n=10000]") / 10_000),
        "≤ 1.5",
        true);
    ratio(
        md,
        "4. evaluation time per usage, 100k / 10k",
        (score(rows, s + " [n=100000]") / 100_000) / (score(rows, s + " [n=10000]") / 10_000),
        "≤ 1.5",
        true);
    ratio(
        md,
        "4. verification time per event, 1M / 10k",
        (score(rows, l + "verifyLibrary" + m) / 1_000_000)
            / (score(rows, l + "verifyLibrary [n=10000]") / 10_000),
        "≤ 1.5",
        true);
    md.append("\nHeap per usage (complete and sparse mixed, 100,000 usages): ")
        .append(heapPerUsage())
        .append(" bytes.\n");
    return md.toString();
  }

  private static void ratio(
      StringBuilder md, String name, double value, String target, Boolean atMost) {
    String met;
    if (Double.isNaN(value) || atMost == null) {
      met = Double.isNaN(value) ? "not run" : "—";
    } else {
      double bound = Double.parseDouble(target.replaceAll("[^0-9.]", ""));
      met = (atMost ? value <= bound : value >= bound) ? "yes" : "no";
    }
    md.append("| ")
        .append(name)
        .append(" | ")
        .append(fmt(value))
        .append(" | ")
        .append(target)
        .append(" | ")
        .append(met)
        .append(" |\n");
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.3f", v);
  }

  static long heapPerUsage() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    List<Object> keep = new ArrayList<>(BenchData.usages(100_000, 3));
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    long perUsage = (after - before) / keep.size();
    keep.clear();
    return perUsage;
  }
}
