package eu.civicai.governance.charter;

import eu.civicai.governance.Labelled;

/** The outcome of one criterion for one usage. */
public enum Outcome implements Labelled {
  SATISFIED("Satisfait", "Satisfied"),
  NOT_SATISFIED("Non satisfait", "Not satisfied"),
  /** The record lacks the information to decide. */
  UNKNOWN("Inconnu", "Unknown"),
  NOT_APPLICABLE("Sans objet", "Not applicable"),
  /** A waiver in force exempts the usage. */
  WAIVED("Dérogation", "Waived");

  private final String labelFr;
  private final String labelEn;

  Outcome(String labelFr, String labelEn) {
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
