package eu.civicai.governance.spi;

import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.internal.Check;

/**
 * An evaluation as the store keeps it: its number among the usage's evaluations (from 1, in the
 * order they were recorded) and the report, with its instant, charter id and version, library
 * version, content hash, verdict, score and findings. Immutable.
 *
 * @param tenant the tenant that owns the usage
 * @param number the position among the usage's evaluations, from 1
 * @param report the report
 */
public record StoredEvaluation(TenantId tenant, long number, EvaluationReport report) {

  /** Checks the components. */
  public StoredEvaluation {
    Check.notNull("tenant", tenant);
    Check.notNull("report", report);
  }
}
