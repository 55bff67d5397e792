package eu.civicai.governance.charter;

import eu.civicai.governance.Labelled;

/** The overall verdict of a charter evaluation. */
public enum Verdict implements Labelled {
  /** Every applicable criterion is satisfied or waived. */
  COMPLIANT("Conforme", "Compliant"),
  /** No blocking criterion is unmet or unknown, but others are. */
  COMPLIANT_WITH_RESERVATIONS("Conforme avec réserves", "Compliant with reservations"),
  /** A blocking criterion cannot be decided for lack of information. */
  INCOMPLETE("Incomplet", "Incomplete"),
  /** A blocking criterion is not satisfied. */
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
