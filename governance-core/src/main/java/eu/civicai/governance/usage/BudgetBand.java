package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/** The budget band of the Interconnectés library. */
public enum BudgetBand implements Labelled {
  UNDER_50K("moins de 50k€", "under €50k"),
  FROM_50K_TO_100K("de 50k€ à 100k€", "€50k to €100k"),
  OVER_100K("plus de 100k€", "over €100k");

  private final String labelFr;
  private final String labelEn;

  BudgetBand(String labelFr, String labelEn) {
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
