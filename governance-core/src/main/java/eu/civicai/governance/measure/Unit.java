package eu.civicai.governance.measure;

import eu.civicai.governance.Labelled;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Units of the quantities a collectivité reports: money, energy, carbon, water, time, staff,
 * households, buildings, distances.
 *
 * <p>Units of the same {@link Dimension} convert exactly into one another ({@code MWH} to {@code
 * KWH}); count units ({@link #HOUSEHOLD}, {@link #BUILDING}, …) each form a dimension of their own
 * in practice, since a household is not a building: they convert only to themselves.
 */
public enum Unit implements Labelled {
  EUR(Dimension.MONEY, "1", "€", "euros", "euros"),
  KEUR(Dimension.MONEY, "1000", "k€", "milliers d'euros", "thousand euros"),
  MEUR(Dimension.MONEY, "1000000", "M€", "millions d'euros", "million euros"),
  WH(Dimension.ENERGY, "1", "Wh", "wattheures", "watt-hours"),
  KWH(Dimension.ENERGY, "1000", "kWh", "kilowattheures", "kilowatt-hours"),
  MWH(Dimension.ENERGY, "1000000", "MWh", "mégawattheures", "megawatt-hours"),
  GWH(Dimension.ENERGY, "1000000000", "GWh", "gigawattheures", "gigawatt-hours"),
  G_CO2E(Dimension.CARBON, "1", "gCO2e", "grammes équivalent CO2", "grams CO2 equivalent"),
  KG_CO2E(
      Dimension.CARBON, "1000", "kgCO2e", "kilogrammes équivalent CO2", "kilograms CO2 equivalent"),
  T_CO2E(Dimension.CARBON, "1000000", "tCO2e", "tonnes équivalent CO2", "tonnes CO2 equivalent"),
  LITRE(Dimension.VOLUME, "0.001", "L", "litres", "litres"),
  CUBIC_METRE(Dimension.VOLUME, "1", "m³", "mètres cubes", "cubic metres"),
  KG(Dimension.MASS, "1", "kg", "kilogrammes", "kilograms"),
  TONNE(Dimension.MASS, "1000", "t", "tonnes", "tonnes"),
  HOUR(Dimension.TIME, "1", "h", "heures", "hours"),
  DAY(Dimension.TIME, "24", "j", "jours", "days"),
  FTE(Dimension.STAFF, "1", "ETP", "équivalents temps plein", "full-time equivalents"),
  METRE(Dimension.LENGTH, "1", "m", "mètres", "metres"),
  KM(Dimension.LENGTH, "1000", "km", "kilomètres", "kilometres"),
  HOUSEHOLD(Dimension.COUNT, null, "foyers", "foyers", "households"),
  PERSON(Dimension.COUNT, null, "personnes", "personnes", "persons"),
  BUILDING(Dimension.COUNT, null, "bâtiments", "bâtiments", "buildings"),
  AGENT(Dimension.COUNT, null, "agents", "agents", "agents"),
  DECISION(Dimension.COUNT, null, "décisions", "décisions", "decisions"),
  REQUEST(Dimension.COUNT, null, "demandes", "demandes", "requests"),
  ITEM(Dimension.COUNT, null, "éléments", "éléments", "items"),
  PERCENT(Dimension.RATIO, "1", "%", "pour cent", "per cent");

  private final Dimension dimension;
  private final BigDecimal factor;
  private final String symbol;
  private final String labelFr;
  private final String labelEn;

  Unit(Dimension dimension, String factor, String symbol, String labelFr, String labelEn) {
    this.dimension = dimension;
    this.factor = factor == null ? null : new BigDecimal(factor);
    this.symbol = symbol;
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  /** Returns what this unit measures. */
  public Dimension dimension() {
    return dimension;
  }

  /** Returns the symbol written after a value, such as {@code kWh} or {@code M€}. */
  public String symbol() {
    return symbol;
  }

  /** Returns whether a value in this unit can be converted exactly to {@code other}. */
  public boolean convertibleTo(Unit other) {
    if (other == this) {
      return true;
    }
    return other != null && dimension == other.dimension && factor != null && other.factor != null;
  }

  /** Converts a value in this unit to {@code target}, exactly (BigDecimal arithmetic). */
  BigDecimal convert(BigDecimal value, Unit target) {
    if (target == this) {
      return value;
    }
    // Exact for every factor but DAY to HOUR-like thirds; those keep 34 significant digits.
    BigDecimal base = value.multiply(factor);
    try {
      return base.divide(target.factor);
    } catch (ArithmeticException nonTerminating) {
      return base.divide(target.factor, MathContext.DECIMAL128);
    }
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
