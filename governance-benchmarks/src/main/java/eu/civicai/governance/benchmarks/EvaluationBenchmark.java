package eu.civicai.governance.benchmarks;

import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.Finding;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.usage.AiUsage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/**
 * Benchmark 1: ten ethics criteria over N usages, four ways, in the same run. Each operation
 * evaluates every usage; scores are microseconds per operation, so ratios are per usage too.
 *
 * <p>(a) is hand-written Java producing the same findings (outcome, message, evidence,
 * remediation), checked equal to the library's before timing; (b) and (c) are the library's full
 * reports (findings, principle scores, verdict), whose content hash is computed when first read and
 * so not here: (f) measures it alone. (e) and the hand-written outcomes-only code compare the
 * outcomes-only API; (d) is CEL, which computes outcomes only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class EvaluationBenchmark {
  @Param({"1000"})
  int n;

  List<AiUsage> usages;
  List<Map<String, Object>> activations;
  CharterEvaluator dsl;
  CharterEvaluator json;
  EvaluationContext context;
  CelRuntime.Program[][] cel;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    usages = BenchData.usages(n, 42);
    activations = usages.stream().map(SubsetCharter::facts).toList();
    Charter charter = SubsetCharter.dsl();
    dsl = CharterEvaluator.of(charter);
    GovernanceJson g = GovernanceJson.create();
    json =
        CharterEvaluator.of(g.read(DocumentType.CHARTER, g.write(DocumentType.CHARTER, charter)));
    context =
        EvaluationContext.of(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), Locale.ENGLISH);
    CelCompiler compiler =
        CelCompilerFactory.standardCelCompilerBuilder()
            .setStandardMacros(dev.cel.parser.CelStandardMacro.STANDARD_MACROS)
            .addVar("u", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .build();
    CelRuntime runtime = CelRuntimeFactory.standardCelRuntimeBuilder().build();
    cel = new CelRuntime.Program[SubsetCharter.CEL.length][2];
    for (int i = 0; i < cel.length; i++) {
      for (int j = 0; j < 2; j++) {
        cel[i][j] = runtime.createProgram(compiler.compile(SubsetCharter.CEL[i][j]).getAst());
      }
    }
    // The four ways must agree before they are timed: the same findings for the hand-written
    // code and the library (DSL and JSON), the same outcomes for CEL.
    for (int i = 0; i < usages.size(); i++) {
      List<Finding> byHand = SubsetCharter.handWrittenFindings(usages.get(i));
      for (CharterEvaluator library : List.of(dsl, json)) {
        List<Finding> found = library.evaluate(usages.get(i), context).get(0).findings();
        if (!byHand.equals(found)) {
          throw new IllegalStateException(
              "usage " + i + ": hand-written " + byHand + "\nlibrary " + found);
        }
      }
      Outcome[] hand = SubsetCharter.handWritten(usages.get(i));
      Outcome[] lib =
          dsl.evaluate(usages.get(i), context).get(0).findings().stream()
              .map(Finding::outcome)
              .toArray(Outcome[]::new);
      Outcome[] viaCel = celOutcomes(activations.get(i));
      if (!Arrays.equals(hand, lib) || !Arrays.equals(hand, viaCel)) {
        throw new IllegalStateException(
            "usage "
                + i
                + ": hand "
                + Arrays.toString(hand)
                + " library "
                + Arrays.toString(lib)
                + " cel "
                + Arrays.toString(viaCel));
      }
    }
  }

  @Benchmark
  public void a_handWritten(Blackhole bh) {
    for (AiUsage u : usages) {
      bh.consume(SubsetCharter.handWrittenFindings(u));
    }
  }

  /** Hand-written outcomes only, without findings: the limit of the outcomes-only API. */
  @Benchmark
  public void a_handWrittenOutcomesOnly(Blackhole bh) {
    for (AiUsage u : usages) {
      bh.consume(SubsetCharter.handWritten(u));
    }
  }

  @Benchmark
  public void b_libraryDsl(Blackhole bh) {
    for (AiUsage u : usages) {
      bh.consume(dsl.evaluate(u, context));
    }
  }

  @Benchmark
  public void c_libraryJson(Blackhole bh) {
    for (AiUsage u : usages) {
      bh.consume(json.evaluate(u, context));
    }
  }

  @Benchmark
  public void e_libraryOutcomesOnly(Blackhole bh) {
    for (AiUsage u : usages) {
      bh.consume(dsl.outcomes(u, context));
    }
  }

  /** The content hash alone, which every full report carries and the hand-written code omits. */
  @Benchmark
  public void f_contentHashOnly(Blackhole bh) {
    for (AiUsage u : usages) {
      bh.consume(CharterEvaluator.contentHash(u, null));
    }
  }

  @Benchmark
  public void d_cel(Blackhole bh) {
    for (Map<String, Object> facts : activations) {
      bh.consume(celOutcomes(facts));
    }
  }

  Outcome[] celOutcomes(Map<String, Object> facts) {
    Map<String, Object> activation = Map.of("u", facts);
    Outcome[] out = new Outcome[cel.length];
    for (int i = 0; i < cel.length; i++) {
      Boolean applies = eval(cel[i][0], activation);
      if (Boolean.FALSE.equals(applies)) {
        out[i] = Outcome.NOT_APPLICABLE;
        continue;
      }
      Boolean holds = eval(cel[i][1], activation);
      out[i] =
          Boolean.TRUE.equals(holds)
              ? Outcome.SATISFIED
              : Boolean.FALSE.equals(holds) && Boolean.TRUE.equals(applies)
                  ? Outcome.NOT_SATISFIED
                  : Outcome.UNKNOWN;
    }
    return out;
  }

  private static Boolean eval(CelRuntime.Program program, Map<String, Object> activation) {
    try {
      return (Boolean) program.eval(activation);
    } catch (CelEvaluationException e) {
      return null; // a missing fact: unknown
    }
  }
}
