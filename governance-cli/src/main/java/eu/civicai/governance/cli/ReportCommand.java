package eu.civicai.governance.cli;

import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.report.CommitteeReport;
import eu.civicai.governance.report.ReportWriter;
import eu.civicai.governance.usage.AiUsage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Writes a watch-committee report. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Writes the watch committee's report: report.html (self-contained, with charts; prints to"
            + " A4), report.md, report-data.json (the figures behind them) and report.json (every"
            + " evaluation); with --public, the residents' page of each usage (fiches/).")
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

  @Option(
      names = "--public",
      description = "Also write the public page of each usage whose identity is public (fiches/).")
  boolean publicPages;

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
        EvaluationContext.of(clock, root.locale())
            .withDatasets(register.datasets())
            .withStrategies(register.strategies());
    Path jsonFile = out.resolve("report.json");
    PortfolioReport[] summary = new PortfolioReport[1];
    Path staging = null;
    // Every file is written to a temporary sibling and moved into place together: a failure
    // leaves the previous report, or none (issue 16). The committee report is first written to a
    // staging directory, then copied in with the others.
    try (OutputFiles files = new OutputFiles()) {
      staging = Files.createTempDirectory("governance-report-");
      Path stagingDir = staging;
      OutputStream json = files.open(jsonFile);
      Progress.Deadlines deadlines =
          Progress.withLedger(
              ReadSources.ledger(register, ledger),
              register,
              context,
              clock,
              withLedger -> {
                CommitteeReport.Builder committee =
                    CommitteeReport.builder()
                        .clock(clock)
                        .locale(root.locale())
                        .datasets(register.datasets())
                        .strategies(register.strategies())
                        .waivers(withLedger.waivers())
                        .publicPages(publicPages);
                if (withLedger.ledger() != null) {
                  committee.ledger(withLedger.ledger());
                }
                try (ReportWriter writer = committee.build().open(stagingDir);
                    PortfolioSink data = PortfolioSink.json(json)) {
                  summary[0] =
                      Progress.evaluate(
                          register,
                          evaluator,
                          withLedger,
                          spec.commandLine().getErr(),
                          data,
                          committeeSink(writer));
                  writer.finish();
                  return summary[0];
                }
              });
      copyInto(files, staging, out);
      files.commit();
      spec.commandLine()
          .getErr()
          .println(out.resolve("report.html") + ", " + out.resolve("report.md") + ", " + jsonFile);
      return summary[0].blockingUsages().isEmpty() && deadlines.overdue().isEmpty()
          ? GovernanceCli.OK
          : GovernanceCli.PROBLEMS;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(staging);
    }
  }

  private static PortfolioSink committeeSink(ReportWriter writer) {
    return new PortfolioSink() {
      @Override
      public void usage(AiUsage usage, PortfolioReport.UsageEvaluation evaluation) {
        writer.add(usage, evaluation);
      }

      @Override
      public void finish(PortfolioReport summary) {
        // The writer finishes once the ledger's deadlines are read, after the usages.
      }
    };
  }

  /** Copies every file the report wrote into the output files, under the same relative names. */
  private static void copyInto(OutputFiles files, Path from, Path to) throws IOException {
    List<Path> written;
    try (Stream<Path> walk = Files.walk(from)) {
      written = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : written) {
      try (OutputStream target = files.open(to.resolve(from.relativize(file).toString()))) {
        Files.copy(file, target);
      }
    }
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
      for (Path p : paths) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // A staging directory left in the temporary directory holds no more than the report did.
    }
  }
}
