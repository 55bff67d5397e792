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

  /**
   * What an evaluation with an optional ledger gives: the portfolio, and the deadlines when a
   * ledger was read.
   */
  record Outcome(
      PortfolioReport portfolio,
      java.util.List<eu.civicai.governance.data.RetentionStatus> overdue,
      java.util.List<eu.civicai.governance.data.RetentionStatus> upcoming) {}

  /** Evaluates a register, reading the ledger file when one is given. */
  static Outcome evaluate(
      CharterEvaluator evaluator,
      Register register,
      EvaluationContext context,
      java.nio.file.Path ledgerFile,
      java.time.Clock clock,
      PrintWriter err) {
    if (ledgerFile == null) {
      return new Outcome(
          evaluate(evaluator, register, context, err), java.util.List.of(), java.util.List.of());
    }
    try (eu.civicai.governance.json.JsonLinesLedgerStore store = Inputs.store(ledgerFile)) {
      eu.civicai.governance.data.Ledger ledger = Inputs.ledger(store, register, clock);
      PortfolioReport portfolio = evaluate(evaluator, register, context.withLedger(ledger), err);
      return new Outcome(
          portfolio,
          ledger.overdue(clock.instant()),
          ledger.deadlinesWithin(clock.instant(), java.time.Duration.ofDays(90)));
    }
  }

  static PortfolioReport evaluate(
      CharterEvaluator evaluator, Register register, EvaluationContext context, PrintWriter err) {
    boolean terminal = System.console() != null;
    List<AiUsage> usages = register.usages();
    List<PortfolioReport.UsageEvaluation> evaluations = new ArrayList<>(usages.size());
    for (int i = 0; i < usages.size(); i++) {
      AiUsage usage = usages.get(i);
      evaluations.add(
          new PortfolioReport.UsageEvaluation(
              usage.id(),
              AiActClassifier.classify(
                  usage,
                  java.time.LocalDate.ofInstant(
                      context.clock().instant(), context.clock().getZone())),
              evaluator.evaluate(usage, context)));
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
