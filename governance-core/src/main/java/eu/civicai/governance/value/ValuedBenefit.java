package eu.civicai.governance.value;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.measure.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * One benefit of a usage, valued: its amount as recorded and, where a factor allows, its converted
 * value with the factor used.
 *
 * <p>{@code converted} is in euros for {@link BenefitKind#MONEY} and {@link BenefitKind#TIME}, in
 * household-years ({@code HOUSEHOLD}) for {@link BenefitKind#WATER}, in kgCO2e for {@link
 * BenefitKind#ENERGY} and {@link BenefitKind#CARBON}; always null for {@link BenefitKind#OTHER}.
 * Immutable and thread-safe.
 *
 * @param name the indicator's name (or the label of the work effects), never {@code null}
 * @param kind what the benefit is, never {@code null}
 * @param basis where the amount comes from, never {@code null}
 * @param amount the amount counted (the measured value, or its change from the baseline); null when
 *     not measured
 * @param target the value aimed at, shown and never counted
 * @param period the period the values cover, as recorded
 * @param converted the comparable value; null when the amount is unknown, when the kind is not
 *     converted, or when no factor is given
 * @param factor the factor used for {@code converted}; null when none was needed or given
 */
public record ValuedBenefit(
    String name,
    BenefitKind kind,
    ValueBasis basis,
    @Nullable Quantity amount,
    @Nullable Quantity target,
    @Nullable String period,
    @Nullable Quantity converted,
    @Nullable ValueFactor factor) {

  /** Checks that the required components are present. */
  public ValuedBenefit {
    Check.notNull("name", name);
    Check.notNull("kind", kind);
    Check.notNull("basis", basis);
  }

  /**
   * Whether the period covers one year ("par an", "annuel", "per year", "2023"…), so that the
   * amount enters the yearly totals; a cumulative, monthly or unstated period does not, and the
   * benefit is then an unknown part of those totals (its amount is still shown with its period).
   *
   * @return true when {@link #period()} reads as one year's worth
   */
  public boolean yearly() {
    return Periods.yearly(period);
  }
}
