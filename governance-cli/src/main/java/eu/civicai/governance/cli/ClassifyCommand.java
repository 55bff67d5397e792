package eu.civicai.governance.cli;

import eu.civicai.governance.aiact.AiActClassification;
import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.usage.AiUsage;
import java.nio.file.Path;
import java.util.ArrayList;
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

  @Parameters(paramLabel = "FILE", description = "A usage or a register document.")
  Path input;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    java.time.Clock clock = Inputs.clock(at);
    Register register = Inputs.register(input, clock);
    java.time.LocalDate on = java.time.LocalDate.ofInstant(clock.instant(), clock.getZone());
    List<PortfolioReport.UsageEvaluation> classified = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (AiUsage usage : register.usages()) {
      AiActClassification c = AiActClassifier.classify(usage, on);
      classified.add(new PortfolioReport.UsageEvaluation(usage.id(), c, List.of()));
      text.append(Text.classification(usage.id(), c, root.locale()));
    }
    if (format == EvaluateCommand.Format.json) {
      spec.commandLine()
          .getOut()
          .print(Inputs.JSON.write(DocumentType.PORTFOLIO_REPORT, PortfolioReport.of(classified)));
    } else {
      spec.commandLine().getOut().print(text);
    }
    return GovernanceCli.OK;
  }
}
