package eu.civicai.governance.cli;

import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.charter.Severity;
import eu.civicai.governance.usage.AiUsage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Evaluates a register or a usage against charters. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Evaluates every usage against charters (all built-in charters by default).")
final class EvaluateCommand implements Callable<Integer> {
  @ParentCommand GovernanceCli root;

  @Option(
      names = "--charter",
      paramLabel = "ID|FILE",
      description = "A built-in charter id or a charter file; repeatable.")
  List<String> charters;

  @Option(names = "--waivers", paramLabel = "FILE", description = "A waiver or waivers document.")
  Path waivers;

  @Option(
      names = "--ledger",
      paramLabel = "FILE",
      description =
          "The data-lifecycle ledger (JSON Lines); with --store, the name of a ledger of the store.")
  Path ledger;

  @picocli.CommandLine.Mixin StoreOption store = new StoreOption();

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description =
          "Evaluate as of this instant (ISO-8601, default now), to replay an evaluation byte for byte.")
  Instant at;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--fail-on",
      defaultValue = "BLOCKING",
      paramLabel = "SEVERITY",
      description =
          "Exit 1 when a finding of this severity or above is not satisfied: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Severity failOn;

  @Parameters(
      paramLabel = "REGISTER_OR_USAGE_FILE",
      arity = "0..1",
      description = "The register or usage file (or --store and --tenant).")
  Path input;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  enum Format {
    text,
    json,
    markdown
  }

  @Override
  public Integer call() {
    Clock clock = Inputs.clock(at);
    try (UsageSource register = ReadSources.usages(store, input, clock, spec)) {
      return evaluate(register, clock);
    }
  }

  private int evaluate(UsageSource register, Clock clock) {
    CharterEvaluator evaluator = CharterEvaluator.of(Inputs.charters(charters));
    EvaluationContext context =
        EvaluationContext.of(clock, root.locale())
            .withWaivers(Inputs.waivers(waivers))
            .withDatasets(register.datasets())
            .withStrategies(register.strategies());
    var out = spec.commandLine().getOut();
    Failing failing = new Failing(failOn);
    PortfolioReport[] summary = new PortfolioReport[1];
    Progress.withLedger(
        ReadSources.ledger(register, ledger),
        register,
        context,
        clock,
        withLedger -> {
          try (PortfolioSink sink =
              switch (format) {
                case json -> PortfolioSink.json(out);
                case markdown -> PortfolioSink.markdown(out, root.locale(), null);
                default -> PortfolioSink.text(out, root.locale());
              }) {
            summary[0] =
                Progress.evaluate(
                    register, evaluator, withLedger, spec.commandLine().getErr(), sink, failing);
            return summary[0];
          }
        });
    if (format == Format.text) {
      out.print(
          Text.summary(
              failing.usages, summary[0], failing.count, failing.unknown, failOn, root.locale()));
      out.flush();
    }
    return failing.found ? GovernanceCli.PROBLEMS : GovernanceCli.OK;
  }

  /** Whether a finding of the severity or above is not satisfied, seen usage by usage. */
  static final class Failing implements PortfolioSink {
    private final Severity failOn;
    boolean found;
    long usages;
    long count;
    long unknown;

    Failing(Severity failOn) {
      this.failOn = failOn;
    }

    @Override
    public void usage(AiUsage usage, PortfolioReport.UsageEvaluation evaluation) {
      usages++;
      // Only unmet findings at or above --fail-on fail the run; unknown ones are counted apart.
      for (var report : evaluation.reports()) {
        for (var f : report.findings()) {
          if (f.outcome() == Outcome.NOT_SATISFIED && f.severity().compareTo(failOn) >= 0) {
            count++;
          } else if (f.outcome() == Outcome.UNKNOWN) {
            unknown++;
          }
        }
      }
      found = count > 0;
    }

    @Override
    public void finish(PortfolioReport summary) {
      // Nothing follows the usages.
    }
  }
}
