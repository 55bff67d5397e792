package eu.civicai.governance.data;

import eu.civicai.governance.Labelled;

/** Whether a dataset holds personal data, and of which sensitivity (GDPR Art. 4, 9, 10). */
public enum PersonalDataLevel implements Labelled {
  NONE("Aucune donnée personnelle", "No personal data"),
  PERSONAL("Données personnelles", "Personal data"),
  SPECIAL_CATEGORIES("Catégories particulières (RGPD art. 9)", "Special categories (GDPR Art. 9)"),
  OFFENCES(
      "Infractions et condamnations (RGPD art. 10)",
      "Criminal convictions and offences (GDPR Art. 10)");

  private final String labelFr;
  private final String labelEn;

  PersonalDataLevel(String labelFr, String labelEn) {
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
