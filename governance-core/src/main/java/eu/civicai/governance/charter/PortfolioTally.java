package eu.civicai.governance.charter;

import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summary of a {@link PortfolioReport}, counted one usage evaluation at a time, so that a
 * register of any size is summarised without keeping its evaluations: verdicts counted, criteria
 * most often not satisfied, usages with a blocking criterion not satisfied. Memory grows with the
 * number of distinct criteria and of blocking usages only.
 *
 * <p>Not thread-safe: one tally per thread, or external locking.
 */
public final class PortfolioTally {
  private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
  private final Map<String, Long> unmet = new TreeMap<>();
  private final List<UsageId> blocking = new ArrayList<>();
  private long usages;

  /** Returns an empty tally. */
  public PortfolioTally() {
    // Nothing counted yet.
  }

  /**
   * Counts one usage's evaluation.
   *
   * @param usage the evaluation
   * @return this tally
   * @throws eu.civicai.governance.InvalidInputException when {@code usage} is null
   */
  public PortfolioTally add(PortfolioReport.UsageEvaluation usage) {
    Check.notNull("usage", usage);
    usages++;
    boolean block = false;
    for (EvaluationReport r : usage.reports()) {
      verdicts.merge(r.verdict(), 1L, Long::sum);
      for (Finding f : r.findings()) {
        if (f.outcome() == Outcome.NOT_SATISFIED) {
          unmet.merge(f.criterionId(), 1L, Long::sum);
          block |= f.severity() == Severity.BLOCKING;
        }
      }
    }
    if (block) {
      blocking.add(usage.usage());
    }
    return this;
  }

  /** Returns how many usage evaluations were counted. */
  public long usages() {
    return usages;
  }

  /** Returns the portfolio report of the given evaluations with the summary counted so far. */
  public PortfolioReport report(List<PortfolioReport.UsageEvaluation> evaluations) {
    List<PortfolioReport.CriterionCount> top =
        unmet.entrySet().stream()
            .map(e -> new PortfolioReport.CriterionCount(e.getKey(), e.getValue()))
            .sorted(
                Comparator.comparingLong(PortfolioReport.CriterionCount::count)
                    .reversed()
                    .thenComparing(PortfolioReport.CriterionCount::criterionId))
            .limit(10)
            .toList();
    return new PortfolioReport(evaluations, verdicts, top, blocking);
  }

  /**
   * Returns the summary alone: a portfolio report without its usages, for a writer that streamed
   * them already.
   */
  public PortfolioReport summary() {
    return report(List.of());
  }
}
