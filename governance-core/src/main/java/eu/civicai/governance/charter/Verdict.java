package eu.civicai.governance.charter;

import eu.civicai.governance.Labelled;

/**
 * The overall verdict of a charter evaluation, as an elected official reads it. It follows from the
 * blocking failures, the major failures and the charter's minimum score (default 50 %), over the
 * criteria that apply; {@link Charter} gives the rule and a worked example, {@code
 * docs/verdicts.md} the same in French and English. In short: a usage that meets none of a
 * charter's criteria is never "compliant with reservations"; it is non-compliant, or incomplete
 * when its record lacks what would decide.
 */
public enum Verdict implements Labelled {
  /** Every criterion that applies is satisfied (or waived). */
  COMPLIANT("Conforme", "Compliant"),
  /**
   * No blocking criterion is unmet or unknown, the score and the score of the major criteria reach
   * the minimum, and some criterion is unmet or unknown: the reservations. However the unknown ones
   * turn out, the usage cannot become non-compliant.
   */
  COMPLIANT_WITH_RESERVATIONS("Conforme avec réserves", "Compliant with reservations"),
  /**
   * The record lacks what decides: a blocking criterion is unknown, or a score is below the minimum
   * only because unknown criteria count as not satisfied. Answering them gives another verdict.
   */
  INCOMPLETE("Incomplet", "Incomplete"),
  /**
   * A blocking criterion is not satisfied, or the score (or the score of the major criteria) stays
   * below the minimum even if every unknown criterion turned out satisfied.
   */
  NON_COMPLIANT("Non conforme", "Non-compliant");

  private final String labelFr;
  private final String labelEn;

  Verdict(String labelFr, String labelEn) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  @Override
  public String labelFr() {
    return labelFr;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }
}
