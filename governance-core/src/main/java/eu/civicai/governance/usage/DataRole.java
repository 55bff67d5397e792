package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/** How a usage uses a dataset. */
public enum DataRole implements Labelled {
  TRAINING("Entraînement", "Training"),
  VALIDATION("Validation", "Validation"),
  EVALUATION("Évaluation", "Evaluation"),
  INPUT("Donnée d'entrée", "Input"),
  OUTPUT("Donnée produite", "Output");

  private final String labelFr;
  private final String labelEn;

  DataRole(String labelFr, String labelEn) {
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
