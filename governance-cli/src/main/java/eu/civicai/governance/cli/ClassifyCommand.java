package eu.civicai.governance.cli;

import eu.civicai.governance.aiact.AiActClassification;
import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.json.PortfolioReportWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Classifies usages under the AI Act. */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    description =
        "AI Act classification of each usage for the authority in its role: the tier, the reasons"
            + " and duties with their articles (to the point and letter) and dates, the open"
            + " questions, and the rule set followed.")
final class ClassifyCommand implements Callable<Integer> {
  @ParentCommand GovernanceCli root;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  EvaluateCommand.Format format;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description =
          "Classify as of this instant (ISO-8601, default now): duties that apply later say from"
              + " which date.")
  java.time.Instant at;

  @picocli.CommandLine.Mixin StoreOption store = new StoreOption();

  @Parameters(
      paramLabel = "FILE",
      arity = "0..1",
      description = "A usage or a register document (or --store and --tenant).")
  Path input;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    // The records as written (issue 15): read from the file, never re-added to a register.
    java.time.Clock clock = Inputs.clock(at);
    try (UsageSource register = ReadSources.usages(store, input, clock, spec)) {
      return classify(register, clock);
    }
  }

  private int classify(UsageSource register, java.time.Clock clock) {
    java.time.LocalDate on = java.time.LocalDate.ofInstant(clock.instant(), clock.getZone());
    var out = spec.commandLine().getOut();
    PortfolioReportWriter json =
        format == EvaluateCommand.Format.json ? Inputs.JSON.portfolioReportWriter(out) : null;
    register.forEachUsage(
        usage -> {
          AiActClassification c = AiActClassifier.classify(usage, on);
          if (json != null) {
            json.usage(new PortfolioReport.UsageEvaluation(usage.id(), c, List.of()));
          } else {
            out.print(Text.classification(usage.id(), c, root.locale()));
          }
        });
    if (json != null) {
      json.close();
    }
    out.flush();
    return GovernanceCli.OK;
  }
}
