package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/**
 * The main theme of a usage, as in the Interconnectés library (with OTHER for themes outside its
 * list).
 */
public enum Theme implements Labelled {
  ECOLOGICAL_TRANSITION("Transition écologique", "Ecological transition"),
  ATTRACTIVENESS_DEVELOPMENT("Attractivité et développement", "Attractiveness and development"),
  CITIZENSHIP("Citoyenneté", "Citizenship"),
  HEALTH_SOLIDARITY("Santé et solidarité", "Health and solidarity"),
  MOBILITY("Mobilité", "Mobility"),
  GOVERNANCE_TECHNOLOGY(
      "Gouvernance et socles technologiques", "Governance and technology foundations"),
  INTERNAL_ADMINISTRATION(
      "Administration et organisation interne", "Internal administration and organisation"),
  OTHER("Autre", "Other");

  private final String labelFr;
  private final String labelEn;

  Theme(String labelFr, String labelEn) {
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
