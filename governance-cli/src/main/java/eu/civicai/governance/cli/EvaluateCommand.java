package eu.civicai.governance.cli;

import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.charter.Severity;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.register.Register;
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
      description = "The data-lifecycle ledger (JSON Lines).")
  Path ledger;

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

  @Parameters(paramLabel = "REGISTER_OR_USAGE_FILE")
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
    Register register = Inputs.register(input, clock);
    CharterEvaluator evaluator = CharterEvaluator.of(Inputs.charters(charters));
    EvaluationContext context =
        EvaluationContext.of(clock, root.locale())
            .withWaivers(Inputs.waivers(waivers))
            .withDatasets(register);
    PortfolioReport portfolio =
        Progress.evaluate(evaluator, register, context, ledger, clock, spec.commandLine().getErr())
            .portfolio();
    var out = spec.commandLine().getOut();
    switch (format) {
      case json -> out.print(Inputs.JSON.write(DocumentType.PORTFOLIO_REPORT, portfolio));
      case markdown -> out.print(Markdown.portfolio(register, portfolio, root.locale()));
      default -> out.print(Text.portfolio(portfolio, root.locale()));
    }
    return failing(portfolio, failOn) ? GovernanceCli.PROBLEMS : GovernanceCli.OK;
  }

  static boolean failing(PortfolioReport portfolio, Severity failOn) {
    return portfolio.usages().stream()
        .flatMap(u -> u.reports().stream())
        .flatMap(r -> r.findings().stream())
        .anyMatch(f -> f.outcome() == Outcome.NOT_SATISFIED && f.severity().compareTo(failOn) >= 0);
  }
}
