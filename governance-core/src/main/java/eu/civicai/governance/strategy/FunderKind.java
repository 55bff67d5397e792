package eu.civicai.governance.strategy;

import eu.civicai.governance.Labelled;

/** Who funds a roadmap: the programmes collectivités name most, their own budget, or another. */
public enum FunderKind implements Labelled {
  BANQUE_DES_TERRITOIRES("Banque des Territoires", "Banque des Territoires"),
  FRANCE_2030("France 2030", "France 2030"),
  OWN_BUDGET("Budget propre", "Own budget"),
  EUROPEAN_FUNDS("Fonds européens", "European funds"),
  STATE("État", "State"),
  REGION("Région", "Region"),
  OTHER("Autre financeur", "Other funder");

  private final String labelFr;
  private final String labelEn;

  FunderKind(String labelFr, String labelEn) {
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
