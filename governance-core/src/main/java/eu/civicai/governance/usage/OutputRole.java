package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/** What the system's output is used for. */
public enum OutputRole implements Labelled {
  /** Informs people; no decision rests on it. */
  INFORMATION("Information", "Information"),
  /** A person decides, helped by the output. */
  DECISION_SUPPORT("Aide à la décision", "Decision support"),
  /** The output is the decision, or is applied without human review. */
  AUTOMATED_DECISION("Décision automatisée", "Automated decision");

  private final String labelFr;
  private final String labelEn;

  OutputRole(String labelFr, String labelEn) {
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
