package eu.civicai.governance.benchmarks;

import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.usage.AiUsage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** Benchmark 4: all built-in charters over N usages; time per usage should not grow with N. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx8g"})
public class ScalingBenchmark {
  @Param({"1000", "10000", "100000", "1000000"})
  int n;

  List<AiUsage> usages;
  CharterEvaluator evaluator = CharterEvaluator.of(BuiltInCharters.all());
  EvaluationContext context =
      EvaluationContext.of(
          Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), Locale.FRENCH);

  @Setup(Level.Trial)
  public void setUp() {
    usages = BenchData.usages(n, 11);
  }

  @Benchmark
  public void evaluateAllBuiltInCharters(Blackhole bh) {
    for (AiUsage u : usages) {
      bh.consume(evaluator.evaluate(u, context));
    }
  }
}
