package eu.civicai.governance.spi;

import eu.civicai.governance.UsageId;
import eu.civicai.governance.charter.EvaluationReport;
import java.util.List;
import java.util.Optional;

/**
 * Every evaluation of every usage, so that a report can say what changed since the last committee.
 * Append-only; thread-safe.
 */
public interface EvaluationRepository {

  /**
   * Records an evaluation of one of the tenant's usages.
   *
   * @param tenant the owning tenant
   * @param report the report
   * @return the evaluation as stored, with its number
   * @throws eu.civicai.governance.ConflictException {@code register.notFound} when the tenant has
   *     no such usage
   */
  StoredEvaluation record(TenantId tenant, EvaluationReport report);

  /** Returns every evaluation of one of the tenant's usages, oldest first. */
  List<StoredEvaluation> history(TenantId tenant, UsageId usage);

  /** Returns the latest evaluation of a usage against a charter, if any. */
  Optional<StoredEvaluation> latest(TenantId tenant, UsageId usage, String charterId);
}
