package eu.civicai.governance.value;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.measure.Unit;

/**
 * The totals of one usage, one authority or a whole portfolio: benefits in comparable values
 * against the footprint per year.
 *
 * <p>Each {@link Total} says how many of its parts were known: a usage without a footprint adds an
 * unknown part to the three footprint totals, a benefit without a measured value an unknown part to
 * the totals of its kind. Immutable and thread-safe.
 *
 * @param euros benefits in euros: money saved plus agents' hours valued at the hourly cost
 * @param hours agents' hours saved
 * @param householdYears water saved, in household-years of consumption ({@code HOUSEHOLD})
 * @param energy energy saved, in kWh
 * @param carbonAvoided emissions avoided, in kgCO2e: energy saved at the electricity factor plus
 *     emissions avoided as recorded
 * @param footprintCarbon emissions of the usages per year, in kgCO2e: as recorded, otherwise their
 *     energy in service at the electricity factor
 * @param footprintEnergy energy of the usages in service per year, in kWh
 * @param footprintEuros the cost of that energy per year, in euros, at the authority's electricity
 *     price (unknown without one)
 */
public record ValueTotals(
    Total euros,
    Total hours,
    Total householdYears,
    Total energy,
    Total carbonAvoided,
    Total footprintCarbon,
    Total footprintEnergy,
    Total footprintEuros) {

  /** Checks that every total is present and in its unit. */
  public ValueTotals {
    unit("euros", euros, Unit.EUR);
    unit("hours", hours, Unit.HOUR);
    unit("householdYears", householdYears, Unit.HOUSEHOLD);
    unit("energy", energy, Unit.KWH);
    unit("carbonAvoided", carbonAvoided, Unit.KG_CO2E);
    unit("footprintCarbon", footprintCarbon, Unit.KG_CO2E);
    unit("footprintEnergy", footprintEnergy, Unit.KWH);
    unit("footprintEuros", footprintEuros, Unit.EUR);
  }

  /** Returns totals without any part. */
  public static ValueTotals none() {
    return new ValueTotals(
        Total.none(Unit.EUR),
        Total.none(Unit.HOUR),
        Total.none(Unit.HOUSEHOLD),
        Total.none(Unit.KWH),
        Total.none(Unit.KG_CO2E),
        Total.none(Unit.KG_CO2E),
        Total.none(Unit.KWH),
        Total.none(Unit.EUR));
  }

  /** Returns the sum of these totals and {@code other}, part by part. */
  public ValueTotals plus(ValueTotals other) {
    Check.notNull("other", other);
    return new ValueTotals(
        euros.plus(other.euros),
        hours.plus(other.hours),
        householdYears.plus(other.householdYears),
        energy.plus(other.energy),
        carbonAvoided.plus(other.carbonAvoided),
        footprintCarbon.plus(other.footprintCarbon),
        footprintEnergy.plus(other.footprintEnergy),
        footprintEuros.plus(other.footprintEuros));
  }

  private static void unit(String field, Total total, Unit unit) {
    Check.notNull(field, total);
    if (total.unit() != unit) {
      throw new eu.civicai.governance.InvalidInputException(
          field + ".unit",
          "unit.dimension",
          eu.civicai.governance.internal.Messages.raw(total.unit().name()),
          eu.civicai.governance.internal.Messages.raw(unit.name()));
    }
  }
}
