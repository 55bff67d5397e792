package eu.civicai.governance.charter;

import eu.civicai.governance.internal.Check;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one criterion for one usage, with what it rests on.
 *
 * @param criterionId the criterion
 * @param principleId its principle
 * @param severity its severity
 * @param outcome the outcome
 * @param message the outcome and the criterion, in the report's language
 * @param evidence the facts read and their values (never null; empty when none)
 * @param remediation what to do, for an unmet or unknown criterion
 * @param references the texts the criterion rests on (never null; empty when none)
 * @param waiver the justification of the waiver applied
 */
public record Finding(
    String criterionId,
    String principleId,
    Severity severity,
    Outcome outcome,
    String message,
    List<Evidence> evidence,
    @Nullable String remediation,
    List<String> references,
    @Nullable String waiver) {

  /** Checks the components; see the class description for the rules. */
  public Finding {
    evidence = Check.listOrEmpty("evidence", evidence);
    references = Check.listOrEmpty("references", references);
    Check.notNull("criterionId", criterionId);
    Check.notNull("principleId", principleId);
    Check.notNull("severity", severity);
    Check.notNull("outcome", outcome);
    Check.notNull("message", message);
  }
}
