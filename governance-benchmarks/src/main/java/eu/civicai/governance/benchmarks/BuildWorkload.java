package eu.civicai.governance.benchmarks;

import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.data.LedgerVerifier;
import eu.civicai.governance.data.LifecycleEvent;
import eu.civicai.governance.usage.AiUsage;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * One workload of {@link CompareBuilds}, defined once per build being compared: the library classes
 * it names resolve to that build's. It reaches the benchmark's package-private charter by
 * reflection, because it is defined by another class loader than the build's benchmark classes.
 */
public final class BuildWorkload implements LongSupplier {
  private final LongSupplier run;

  /**
   * Prepares a workload.
   *
   * @param name {@code evaluate}, {@code outcomes} or {@code handwritten} (1,000 usages, twenty
   *     times), {@code append} or {@code verify} (N events from {@code -Dn}, default 100,000)
   * @throws ReflectiveOperationException when the build lacks the benchmark's charter
   */
  public BuildWorkload(String name) throws ReflectiveOperationException {
    run =
        switch (name) {
          case "evaluate", "outcomes", "handwritten" -> evaluation(name);
          case "append", "verify" -> ledger(name, Integer.getInteger("n", 100_000));
          default -> throw new IllegalArgumentException("unknown workload: " + name);
        };
  }

  @Override
  public long getAsLong() {
    return run.getAsLong();
  }

  private static LongSupplier evaluation(String name) throws ReflectiveOperationException {
    List<AiUsage> usages = BenchData.usages(1000, 42);
    // By name: a class literal of a package-private class fails to link from another loader.
    Class<?> subset =
        Class.forName(
            "eu.civicai.governance.benchmarks.SubsetCharter",
            true,
            BenchData.class.getClassLoader());
    Method dsl = subset.getDeclaredMethod("dsl");
    dsl.setAccessible(true);
    Method handWritten = subset.getDeclaredMethod("handWrittenFindings", AiUsage.class);
    handWritten.setAccessible(true);
    CharterEvaluator evaluator = CharterEvaluator.of((Charter) dsl.invoke(null));
    EvaluationContext context =
        EvaluationContext.of(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), Locale.ENGLISH);
    return () -> {
      long sink = 0;
      for (int round = 0; round < 20; round++) {
        for (AiUsage u : usages) {
          sink +=
              switch (name) {
                case "evaluate" -> evaluator.evaluate(u, context).get(0).findings().size();
                case "outcomes" -> evaluator.outcomes(u, context).get(0).size();
                default -> invoke(handWritten, u).size();
              };
        }
      }
      return sink;
    };
  }

  private static List<?> invoke(Method method, AiUsage usage) {
    try {
      return (List<?>) method.invoke(null, usage);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LongSupplier ledger(String name, int n) {
    List<LifecycleEvent> events = BenchData.events(n);
    DatasetLookup datasets = DatasetLookup.of(BenchData.datasets());
    Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
    Ledger built = Ledger.inMemory(datasets, clock);
    events.forEach(built::append);
    List<LedgerEntry> entries = built.entries();
    Checkpoint checkpoint = built.checkpoint();
    if (name.equals("verify")) {
      return () -> LedgerVerifier.verify(entries, checkpoint).intact() ? 1 : 0;
    }
    return () -> {
      Ledger ledger = Ledger.inMemory(datasets, clock);
      events.forEach(ledger::append);
      return ledger.size();
    };
  }
}
