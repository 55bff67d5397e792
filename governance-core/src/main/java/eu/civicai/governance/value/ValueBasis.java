package eu.civicai.governance.value;

import eu.civicai.governance.Labelled;

/** Where the amount of a valued benefit comes from. */
public enum ValueBasis implements Labelled {
  /** The measured value, the indicator having no baseline. */
  MEASURED("Valeur mesurée", "Measured value"),
  /** The difference between the measured value and the baseline. */
  CHANGE_FROM_BASELINE("Écart mesuré à la situation de départ", "Measured change from baseline"),
  /** No measured value yet: the amount is unknown (a target may be shown, never counted). */
  NOT_MEASURED("Non mesuré", "Not measured"),
  /**
   * The agents' hours saved per year, net of hours added when both are known, from the effects on
   * work the authority's strategy records for the usage.
   */
  WORK_EFFECTS("Effets sur le travail des agents", "Effects on agents' work");

  private final String labelFr;
  private final String labelEn;

  ValueBasis(String labelFr, String labelEn) {
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
