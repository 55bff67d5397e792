package eu.civicai.governance.measure;

import eu.civicai.governance.Labelled;

/** What a unit measures. Quantities of different dimensions never combine. */
public enum Dimension implements Labelled {
  MONEY("argent", "money"),
  ENERGY("énergie", "energy"),
  CARBON("émissions de CO2e", "carbon emissions"),
  VOLUME("volume", "volume"),
  MASS("masse", "mass"),
  TIME("durée", "time"),
  STAFF("effectif", "staff"),
  LENGTH("longueur", "length"),
  COUNT("dénombrement", "count"),
  RATIO("proportion", "ratio");

  private final String labelFr;
  private final String labelEn;

  Dimension(String labelFr, String labelEn) {
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
