package eu.civicai.governance.cli;

import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.charters.BuiltInCharters;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
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
      description =
          "The data-lifecycle ledger (JSON Lines); with --store, the name of a ledger of the store.")
  Path ledger;

  @picocli.CommandLine.Mixin StoreOption store = new StoreOption();

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = "Report as of this instant (default now).")
  Instant at;

  @Parameters(
      paramLabel = "REGISTER_FILE",
      arity = "0..1",
      description = "The register file (or --store and --tenant).")
  Path input;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Clock clock = Inputs.clock(at);
    try (UsageSource register = ReadSources.usages(store, input, clock, spec)) {
      return report(register, clock);
    }
  }

  private int report(UsageSource register, Clock clock) {
    CharterEvaluator evaluator = CharterEvaluator.of(BuiltInCharters.all());
    EvaluationContext context =
        EvaluationContext.of(clock, root.locale()).withDatasets(register.datasets());
    Path markdownFile = out.resolve("report.md");
    Path jsonFile = out.resolve("report.json");
    PortfolioReport[] summary = new PortfolioReport[1];
    // Both files are written to temporary siblings and moved into place together: a failure
    // leaves the previous report, or none (issue 16).
    try (OutputFiles files = new OutputFiles()) {
      Writer markdown = PortfolioSink.utf8(files.open(markdownFile));
      OutputStream json = files.open(jsonFile);
      Progress.Deadlines deadlines =
          Progress.withLedger(
              ReadSources.ledger(register, ledger),
              register,
              context,
              clock,
              withLedger -> {
                try (PortfolioSink md =
                        PortfolioSink.markdown(
                            markdown, root.locale(), markdownFile.toAbsolutePath().getParent());
                    PortfolioSink data = PortfolioSink.json(json)) {
                  summary[0] =
                      Progress.evaluate(
                          register, evaluator, withLedger, spec.commandLine().getErr(), md, data);
                  return summary[0];
                }
              });
      if (ledger != null) {
        markdown.write(
            Markdown.deadlines(deadlines.overdue(), deadlines.upcoming(), root.locale()));
      }
      markdown.flush();
      files.commit();
      spec.commandLine().getErr().println(markdownFile + ", " + jsonFile);
      return summary[0].blockingUsages().isEmpty() && deadlines.overdue().isEmpty()
          ? GovernanceCli.OK
          : GovernanceCli.PROBLEMS;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
