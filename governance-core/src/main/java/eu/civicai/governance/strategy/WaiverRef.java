package eu.civicai.governance.strategy;

import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Which waiver a committee decision is about: the usage and the criterion waived (see {@link
 * eu.civicai.governance.charter.Waiver}).
 *
 * @param usage the usage
 * @param criterionId the criterion, not blank, at most 200 characters
 */
public record WaiverRef(UsageId usage, @NotBlank @Size(max = 200) String criterionId) {

  /**
   * Checks the components.
   *
   * @throws eu.civicai.governance.InvalidInputException naming the field that breaks a rule
   */
  public WaiverRef {
    Check.notNull("usage", usage);
    Check.notNull("criterionId", criterionId);
    Constraints.checkRecord(WaiverRef.class, usage, criterionId);
  }

  /** Returns a reference to the waiver of a criterion for a usage (its id, a slug). */
  public static WaiverRef of(String usage, String criterionId) {
    return new WaiverRef(UsageId.of(usage), criterionId);
  }
}
