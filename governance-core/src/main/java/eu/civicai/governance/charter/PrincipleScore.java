package eu.civicai.governance.charter;

import eu.civicai.governance.internal.Check;

/**
 * How a usage fares on one principle: outcomes counted, and the share of applicable criteria
 * satisfied (waived and not applicable ones left out).
 *
 * @param principleId the principle
 * @param title its title in the report's language
 * @param satisfied criteria satisfied
 * @param notSatisfied criteria not satisfied
 * @param unknown criteria unknown
 * @param notApplicable criteria not applicable
 * @param waived criteria waived
 */
public record PrincipleScore(
    String principleId,
    String title,
    int satisfied,
    int notSatisfied,
    int unknown,
    int notApplicable,
    int waived) {

  /** Checks the components; see the class description for the rules. */
  public PrincipleScore {
    Check.notNull("principleId", principleId);
    Check.notNull("title", title);
  }

  /** Returns the percentage of applicable criteria satisfied, rounded down; 100 when none apply. */
  public int score() {
    int applicable = satisfied + notSatisfied + unknown;
    return applicable == 0 ? 100 : satisfied * 100 / applicable;
  }
}
