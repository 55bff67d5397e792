package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/** Who a usage serves, as in the Interconnectés library. */
public enum Audience implements Labelled {
  GENERAL_PUBLIC("Grand public", "General public"),
  BENEFICIARIES("Bénéficiaires", "Beneficiaries"),
  AGENTS("Agents", "Agents (staff)"),
  ASSOCIATIONS("Associations", "Associations"),
  ELECTED_OFFICIALS("Élus", "Elected officials"),
  BUSINESSES("Entreprises", "Businesses"),
  PUBLIC_AUTHORITIES("Collectivités", "Public authorities"),
  SCHOOLS("Établissements scolaires", "Schools"),
  HEALTH_FACILITIES("Établissements de santé", "Health facilities");

  private final String labelFr;
  private final String labelEn;

  Audience(String labelFr, String labelEn) {
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
