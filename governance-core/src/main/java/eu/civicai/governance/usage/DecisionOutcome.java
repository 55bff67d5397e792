package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/** The outcome of a governance decision. */
public enum DecisionOutcome implements Labelled {
  APPROVED("Approuvé", "Approved"),
  APPROVED_WITH_CONDITIONS("Approuvé sous conditions", "Approved with conditions"),
  DEFERRED("Ajourné", "Deferred"),
  REJECTED("Rejeté", "Rejected");

  private final String labelFr;
  private final String labelEn;

  DecisionOutcome(String labelFr, String labelEn) {
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
