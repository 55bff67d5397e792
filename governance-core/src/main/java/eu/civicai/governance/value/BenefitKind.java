package eu.civicai.governance.value;

import eu.civicai.governance.Labelled;
import eu.civicai.governance.measure.Dimension;
import eu.civicai.governance.measure.Quantity;

/**
 * What a benefit is, read from the unit of its values: money, agents' time, water, energy, avoided
 * emissions, or something else (buildings steered, tonnes reused…) that is shown as recorded and
 * not converted.
 */
public enum BenefitKind implements Labelled {
  /** An amount of money (€, k€, M€), counted as euros. */
  MONEY("Argent", "Money"),
  /** Agents' time (hours, days), counted in hours and valued at the hourly cost. */
  TIME("Temps des agents", "Agents' time"),
  /** A volume (m³, litres), counted as water and converted into household-years of consumption. */
  WATER("Eau", "Water"),
  /** Energy (kWh…), counted as electricity and converted into avoided kgCO2e. */
  ENERGY("Énergie", "Energy"),
  /** Emissions avoided (kgCO2e…). */
  CARBON("Émissions évitées", "Emissions avoided"),
  /** Any other unit, or no value at all: shown, not converted. */
  OTHER("Autre", "Other");

  private final String labelFr;
  private final String labelEn;

  BenefitKind(String labelFr, String labelEn) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  /** Returns the kind of a benefit whose values are in the unit of {@code value}. */
  static BenefitKind of(Quantity value) {
    if (value == null) {
      return OTHER;
    }
    Dimension d = value.unit().dimension();
    return switch (d) {
      case MONEY -> MONEY;
      case TIME -> TIME;
      case VOLUME -> WATER;
      case ENERGY -> ENERGY;
      case CARBON -> CARBON;
      default -> OTHER;
    };
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
