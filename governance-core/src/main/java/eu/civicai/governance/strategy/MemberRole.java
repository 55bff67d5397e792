package eu.civicai.governance.strategy;

import eu.civicai.governance.Labelled;

/** The role of a member of a watch committee. */
public enum MemberRole implements Labelled {
  ELECTED_OFFICIAL("Élu", "Elected official"),
  TECHNICIAN("Technicien", "Technician"),
  EXTERNAL("Personnalité extérieure", "External member"),
  RESIDENT("Habitant", "Resident");

  private final String labelFr;
  private final String labelEn;

  MemberRole(String labelFr, String labelEn) {
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
