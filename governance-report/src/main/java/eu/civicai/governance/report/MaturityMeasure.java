package eu.civicai.governance.report;

import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.usage.AiUsage;
import java.util.OptionalInt;

/**
 * How mature one usage's governance is, from 0 to 100, for the chart of maturity by authority size
 * band. A richer barometer (issue 21) plugs in here. Implementations must be thread-safe and
 * deterministic.
 */
@FunctionalInterface
public interface MaturityMeasure {

  /**
   * Measures one usage.
   *
   * @param usage the usage
   * @param evaluation its classification and reports
   * @return the maturity from 0 to 100, or empty when it cannot be measured
   */
  OptionalInt measure(AiUsage usage, PortfolioReport.UsageEvaluation evaluation);

  /**
   * The default measure: the mean score of the usage's charter reports (each the percentage of
   * applicable criteria satisfied); empty when the usage has no report.
   *
   * @return the measure
   */
  static MaturityMeasure meanScore() {
    return (usage, evaluation) -> {
      if (evaluation.reports().isEmpty()) {
        return OptionalInt.empty();
      }
      int sum = 0;
      for (EvaluationReport r : evaluation.reports()) {
        sum += r.score();
      }
      return OptionalInt.of(sum / evaluation.reports().size());
    };
  }
}
