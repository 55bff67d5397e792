package eu.civicai.governance.value;

import eu.civicai.governance.Labelled;
import eu.civicai.governance.measure.Unit;

/**
 * What a conversion factor converts, and in which units it is written: {@link #unit()} per {@link
 * #per()}.
 */
public enum FactorKind implements Labelled {
  /** The loaded cost of one hour of a territorial agent's work, in euros per hour. */
  AGENT_HOURLY_COST(
      Unit.EUR,
      Unit.HOUR,
      "Coût horaire chargé d'un agent territorial",
      "Loaded hourly cost of a territorial agent"),
  /**
   * The water one household consumes in a year, in cubic metres per household: converts water saved
   * into household-years of consumption.
   */
  WATER_PER_HOUSEHOLD_YEAR(
      Unit.CUBIC_METRE,
      Unit.HOUSEHOLD,
      "Consommation d'eau annuelle d'un foyer",
      "Yearly water consumption of a household"),
  /** The emissions of one kilowatt-hour of electricity from the grid, in kgCO2e per kWh. */
  ELECTRICITY_CARBON(
      Unit.KG_CO2E,
      Unit.KWH,
      "Facteur d'émission de l'électricité du réseau",
      "Emission factor of grid electricity"),
  /**
   * The price the authority pays for one kilowatt-hour, in euros per kWh. No default: it depends on
   * the authority's contract.
   */
  ELECTRICITY_PRICE(Unit.EUR, Unit.KWH, "Prix de l'électricité payé", "Price paid for electricity");

  private final Unit unit;
  private final Unit per;
  private final String labelFr;
  private final String labelEn;

  FactorKind(Unit unit, Unit per, String labelFr, String labelEn) {
    this.unit = unit;
    this.per = per;
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  /** Returns the unit of the factor's value: what one {@link #per()} is worth. */
  public Unit unit() {
    return unit;
  }

  /** Returns the unit the factor is counted per. */
  public Unit per() {
    return per;
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
