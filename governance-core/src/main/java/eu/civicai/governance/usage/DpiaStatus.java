package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/** Where the data protection impact assessment (GDPR Art. 35, CNIL PIA) stands. */
public enum DpiaStatus implements Labelled {
  NOT_REQUIRED("Non requise", "Not required"),
  REQUIRED("Requise, non commencée", "Required, not started"),
  IN_PROGRESS("En cours", "In progress"),
  COMPLETED("Réalisée", "Completed");

  private final String labelFr;
  private final String labelEn;

  DpiaStatus(String labelFr, String labelEn) {
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
