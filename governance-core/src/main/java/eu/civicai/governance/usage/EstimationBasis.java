package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/** Whether a footprint figure was measured or estimated. */
public enum EstimationBasis implements Labelled {
  MEASURED("Mesuré", "Measured"),
  ESTIMATED("Estimé", "Estimated");

  private final String labelFr;
  private final String labelEn;

  EstimationBasis(String labelFr, String labelEn) {
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
