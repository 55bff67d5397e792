package eu.civicai.governance.charter;

import eu.civicai.governance.UsageId;
import eu.civicai.governance.aiact.AiActClassification;
import eu.civicai.governance.internal.Check;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation of a whole register: the reports of each usage and a summary for a watch
 * committee.
 *
 * @param usages each usage's classification and reports, by usage id
 * @param verdicts how many reports have each verdict (every charter of every usage)
 * @param mostOftenUnmet the criteria most often not satisfied, most frequent first (ties by id), at
 *     most ten
 * @param blockingUsages the usages with at least one blocking criterion not satisfied
 */
public record PortfolioReport(
    List<UsageEvaluation> usages,
    Map<Verdict, Long> verdicts,
    List<CriterionCount> mostOftenUnmet,
    List<UsageId> blockingUsages) {

  /** Copies. */
  public PortfolioReport {
    usages = Check.listOrEmpty("usages", usages);
    verdicts =
        java.util.Collections.unmodifiableMap(
            verdicts == null || verdicts.isEmpty()
                ? new EnumMap<>(Verdict.class)
                : new EnumMap<>(verdicts));
    mostOftenUnmet = Check.listOrEmpty("mostOftenUnmet", mostOftenUnmet);
    blockingUsages = Check.listOrEmpty("blockingUsages", blockingUsages);
  }

  /**
   * One usage's classification and reports.
   *
   * @param usage the usage
   * @param classification its AI Act classification
   * @param reports one per charter
   */
  public record UsageEvaluation(
      UsageId usage, AiActClassification classification, List<EvaluationReport> reports) {
    /** Copies. */
    public UsageEvaluation {
      Check.notNull("usage", usage);
      Check.notNull("classification", classification);
      reports = Check.listOrEmpty("reports", reports);
    }
  }

  /**
   * A criterion and how many usages do not satisfy it.
   *
   * @param criterionId the criterion
   * @param count how many usages
   */
  public record CriterionCount(String criterionId, long count) {}

  /**
   * Summarises evaluations of usages: verdicts counted, most often unmet criteria, usages with a
   * blocking criterion not satisfied.
   *
   * @param usages the evaluations
   * @return the portfolio report
   */
  public static PortfolioReport of(List<UsageEvaluation> usages) {
    PortfolioTally tally = new PortfolioTally();
    usages.forEach(tally::add);
    return tally.report(usages);
  }
}
