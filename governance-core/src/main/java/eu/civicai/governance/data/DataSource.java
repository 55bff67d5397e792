package eu.civicai.governance.data;

import eu.civicai.governance.Labelled;

/** Where a dataset comes from (Interconnectés "source des données", extended). */
public enum DataSource implements Labelled {
  CITIZENS("Usagers", "Citizens and users"),
  INTERNAL("Jeu de données interne", "Internal dataset"),
  OPEN_DATA("Open data", "Open data"),
  THIRD_PARTY("Données d'un tiers", "Third-party data"),
  SENSORS("Capteurs et objets connectés", "Sensors and IoT"),
  PARTNER_AUTHORITY("Collectivité partenaire", "Partner authority");

  private final String labelFr;
  private final String labelEn;

  DataSource(String labelFr, String labelEn) {
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
