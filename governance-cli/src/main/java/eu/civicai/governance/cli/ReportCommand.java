package eu.civicai.governance.cli;

import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.register.Register;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Writes a watch-committee report. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Writes report.md and report.json for a watch committee: summary, findings, classification, deadlines.")
final class ReportCommand implements Callable<Integer> {
  @ParentCommand GovernanceCli root;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The output directory.")
  Path out;

  @Option(
      names = "--ledger",
      paramLabel = "FILE",
      description = "The data-lifecycle ledger (JSON Lines).")
  Path ledger;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = "Report as of this instant (default now).")
  Instant at;

  @Parameters(paramLabel = "REGISTER_FILE")
  Path input;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Clock clock = Inputs.clock(at);
    Register register = Inputs.register(input, clock);
    CharterEvaluator evaluator = CharterEvaluator.of(BuiltInCharters.all());
    EvaluationContext context = EvaluationContext.of(clock, root.locale()).withDatasets(register);
    Progress.Outcome outcome =
        Progress.evaluate(evaluator, register, context, ledger, clock, spec.commandLine().getErr());
    PortfolioReport portfolio = outcome.portfolio();
    boolean overdue = !outcome.overdue().isEmpty();
    String markdown = Markdown.portfolio(register, portfolio, root.locale());
    if (ledger != null) {
      markdown += Markdown.deadlines(outcome.overdue(), outcome.upcoming(), root.locale());
    }
    try {
      Files.createDirectories(out);
      Files.writeString(out.resolve("report.md"), markdown);
      Files.writeString(
          out.resolve("report.json"), Inputs.JSON.write(DocumentType.PORTFOLIO_REPORT, portfolio));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    spec.commandLine()
        .getErr()
        .println(out.resolve("report.md") + ", " + out.resolve("report.json"));
    return portfolio.blockingUsages().isEmpty() && !overdue
        ? GovernanceCli.OK
        : GovernanceCli.PROBLEMS;
  }
}
