package eu.civicai.governance.data;

import eu.civicai.governance.Labelled;

/** How data is collected (Interconnectés "mode de collecte"). */
public enum CollectionMode implements Labelled {
  API("Par API", "Through an API"),
  AUTOMATED("Automatisée", "Automated"),
  MANUAL("Par récupération manuelle", "Manual");

  private final String labelFr;
  private final String labelEn;

  CollectionMode(String labelFr, String labelEn) {
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
