package eu.civicai.governance.cli;

import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.charter.PortfolioTally;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.RetentionStatus;
import eu.civicai.governance.spi.LedgerStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Evaluates a register usage by usage, as written in its file, handing each evaluation to sinks as
 * it is made (so that memory stays flat in the number of usages), and showing progress on stderr
 * when it is a terminal.
 */
final class Progress {
  private Progress() {}

  /** The retention deadlines a ledger gives, for reports. */
  record Deadlines(List<RetentionStatus> overdue, List<RetentionStatus> upcoming) {
    static final Deadlines NONE = new Deadlines(List.of(), List.of());
  }

  /**
   * Runs {@code work} with the context, given the ledger read-only when one is named (a file or a
   * store's ledger), and returns the deadlines at the clock's instant (none without a ledger).
   */
  static Deadlines withLedger(
      LedgerSource ledgerSource,
      UsageSource input,
      EvaluationContext context,
      Clock clock,
      Function<EvaluationContext, ?> work) {
    if (ledgerSource == null) {
      work.apply(context);
      return Deadlines.NONE;
    }
    try (LedgerStore store = ledgerSource.open()) {
      Ledger ledger = ledgerSource.replay(store, input.datasets(), clock);
      work.apply(context.withLedger(ledger));
      return new Deadlines(
          ledger.overdue(clock.instant()),
          ledger.deadlinesWithin(clock.instant(), Duration.ofDays(90)));
    }
  }

  /**
   * Evaluates every usage of the input in its order and hands each evaluation to the sinks.
   *
   * @return the summary (a portfolio report without its usages)
   */
  static PortfolioReport evaluate(
      UsageSource input,
      CharterEvaluator evaluator,
      EvaluationContext context,
      PrintWriter err,
      PortfolioSink... sinks) {
    ProgressBar bar =
        new ProgressBar(err, System.console() != null, input.count(), context.locale());
    PortfolioTally tally = new PortfolioTally();
    java.time.LocalDate on =
        java.time.LocalDate.ofInstant(context.clock().instant(), context.clock().getZone());
    input.forEachUsage(
        usage -> {
          PortfolioReport.UsageEvaluation evaluation =
              new PortfolioReport.UsageEvaluation(
                  usage.id(),
                  AiActClassifier.classify(usage, on),
                  evaluator.evaluate(usage, context));
          tally.add(evaluation);
          for (PortfolioSink sink : sinks) {
            sink.usage(usage, evaluation);
          }
          bar.step();
        });
    bar.finish("usage évalué", "usages évalués", "usage evaluated", "usages evaluated");
    PortfolioReport summary = tally.summary();
    for (PortfolioSink sink : sinks) {
      sink.finish(summary);
    }
    return summary;
  }
}
