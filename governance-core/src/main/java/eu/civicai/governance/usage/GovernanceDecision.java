package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A decision of a governing body about a usage: a council deliberation, a committee opinion.
 *
 * @param body the body (conseil communautaire, comité de veille…), null when unknown, otherwise not
 *     blank
 * @param date when it decided
 * @param outcome the outcome
 * @param reference the deliberation reference
 */
public record GovernanceDecision(
    @NotBlank @Size(max = 200) @Nullable String body,
    LocalDate date,
    DecisionOutcome outcome,
    @Size(max = 200) @Nullable String reference) {

  /** Checks the components; see the class description for the rules. */
  public GovernanceDecision {
    Check.notNull("date", date);
    Check.notNull("outcome", outcome);
    Constraints.checkRecord(GovernanceDecision.class, body, date, outcome, reference);
  }

  /** Returns a decision. */
  public static GovernanceDecision of(String body, LocalDate date, DecisionOutcome outcome) {
    return new GovernanceDecision(body, date, outcome, null);
  }

  /** Returns a copy with the deliberation reference. */
  public GovernanceDecision withReference(String reference) {
    return new GovernanceDecision(body, date, outcome, reference);
  }
}
