package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/** The authority's role under the EU AI Act (Art. 3). */
public enum AiActRole implements Labelled {
  DEPLOYER("Déployeur", "Deployer"),
  PROVIDER("Fournisseur", "Provider"),
  PROVIDER_AND_DEPLOYER("Fournisseur et déployeur", "Provider and deployer");

  private final String labelFr;
  private final String labelEn;

  AiActRole(String labelFr, String labelEn) {
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
