package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/** A category of risk raised by an AI usage. */
public enum RiskCategory implements Labelled {
  FUNDAMENTAL_RIGHTS("Droits fondamentaux", "Fundamental rights"),
  DISCRIMINATION("Discrimination et équité", "Discrimination and fairness"),
  PRIVACY("Vie privée", "Privacy"),
  SECURITY("Sécurité informatique", "Cybersecurity"),
  SAFETY("Sécurité des personnes et des biens", "Safety"),
  RELIABILITY("Fiabilité et erreurs", "Reliability and errors"),
  ENVIRONMENT("Environnement", "Environment"),
  DEPENDENCY("Dépendance et réversibilité", "Dependency and reversibility"),
  WORKING_CONDITIONS("Conditions de travail", "Working conditions"),
  TRANSPARENCY("Transparence et explicabilité", "Transparency and explainability"),
  OTHER("Autre", "Other");

  private final String labelFr;
  private final String labelEn;

  RiskCategory(String labelFr, String labelEn) {
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
