package eu.civicai.governance.report;

import eu.civicai.governance.UsageId;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.spi.EvaluationRepository;
import eu.civicai.governance.spi.StoredEvaluation;
import eu.civicai.governance.spi.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the report finds the evaluation a usage had at the previous report, for the trend chart.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface PreviousEvaluations {

  /**
   * Returns the usage's latest evaluation against a charter before the current report.
   *
   * @param usage the usage
   * @param charterId the charter
   * @return the previous report, or empty when the usage was never evaluated against it before
   */
  Optional<EvaluationReport> previous(UsageId usage, String charterId);

  /**
   * Reads the previous evaluations from a store's history: the latest evaluation of the usage
   * against the charter made strictly before {@code before}.
   *
   * @param repository the store's evaluations
   * @param tenant the tenant the usages belong to
   * @param before the current report's instant
   * @return the previous evaluations
   * @throws eu.civicai.governance.InvalidInputException when an argument is null
   */
  static PreviousEvaluations from(
      EvaluationRepository repository, TenantId tenant, Instant before) {
    Checks.notNull("repository", repository);
    Checks.notNull("tenant", tenant);
    Checks.notNull("before", before);
    return (usage, charterId) -> {
      EvaluationReport latest = null;
      for (StoredEvaluation e : repository.history(tenant, usage)) {
        EvaluationReport r = e.report();
        if (r.charterId().equals(charterId) && r.evaluatedAt().isBefore(before)) {
          latest = r;
        }
      }
      return Optional.ofNullable(latest);
    };
  }
}
