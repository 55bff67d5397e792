package eu.civicai.governance.charter;

import eu.civicai.governance.Labelled;

/** What a fact is read from: the usage, or one element of a list fact. */
public enum Scope implements Labelled {
  USAGE("usage", "usage"),
  DATASET("jeu de données", "dataset"),
  RISK("risque", "risk"),
  BENEFIT("indicateur de bénéfice", "benefit indicator"),
  ALTERNATIVE("alternative", "alternative"),
  MODEL("modèle", "model"),
  CONSULTATION("consultation", "consultation");

  private final String labelFr;
  private final String labelEn;

  Scope(String labelFr, String labelEn) {
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
