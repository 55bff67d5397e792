package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/** A public-policy goal a usage serves. */
public enum PolicyGoal implements Labelled {
  SOCIAL("Social", "Social"),
  ENVIRONMENTAL("Environnemental", "Environmental"),
  ECONOMIC("Économique", "Economic"),
  DEMOCRATIC("Démocratique", "Democratic"),
  PUBLIC_SERVICE_QUALITY("Qualité du service public", "Public service quality"),
  ADMINISTRATIVE_EFFICIENCY("Efficacité administrative", "Administrative efficiency"),
  SAFETY("Sécurité et prévention des risques", "Safety and risk prevention"),
  HEALTH("Santé", "Health");

  private final String labelFr;
  private final String labelEn;

  PolicyGoal(String labelFr, String labelEn) {
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
