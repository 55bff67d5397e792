package eu.civicai.governance.cli;

import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.usage.AiUsage;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Evaluates a register usage by usage, showing progress on stderr when it is a terminal. */
final class Progress {
  private Progress() {}

  static PortfolioReport evaluate(
      CharterEvaluator evaluator, Register register, EvaluationContext context, PrintWriter err) {
    boolean terminal = System.console() != null;
    List<AiUsage> usages = register.usages();
    List<PortfolioReport.UsageEvaluation> evaluations = new ArrayList<>(usages.size());
    for (int i = 0; i < usages.size(); i++) {
      AiUsage usage = usages.get(i);
      evaluations.add(
          new PortfolioReport.UsageEvaluation(
              usage.id(), AiActClassifier.classify(usage), evaluator.evaluate(usage, context)));
      if (terminal && usages.size() > 50 && (i % 50 == 0 || i == usages.size() - 1)) {
        err.print("\r" + (i + 1) + "/" + usages.size());
        err.flush();
      }
    }
    if (terminal && usages.size() > 50) {
      err.println();
    }
    return PortfolioReport.of(evaluations);
  }
}
