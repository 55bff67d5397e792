package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/** How a system was developed or obtained (Interconnectés "mise en œuvre"). */
public enum Sourcing implements Labelled {
  IN_HOUSE("Développé en interne", "Developed in-house"),
  EXTERNAL_DEVELOPMENT("Développé en externe", "Developed externally"),
  PROVIDER("Mobilisation de prestataires", "Provided by contractors"),
  PUBLIC_PROCUREMENT("Marché public", "Public procurement");

  private final String labelFr;
  private final String labelEn;

  Sourcing(String labelFr, String labelEn) {
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
