package eu.civicai.governance.value;

import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.strategy.WorkEffects;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.BenefitIndicator;
import eu.civicai.governance.usage.Footprint;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Values usages' benefits against their footprint with a set of {@link ValueFactors}.
 *
 * <p>How a benefit indicator is valued:
 *
 * <ul>
 *   <li>its amount is its measured value, or, when it has a baseline, the difference between the
 *       measured value and the baseline (a saving is the change the usage brought, whichever way);
 *       without a measured value it is unknown, and a target is shown, never counted;
 *   <li>its kind follows from its unit ({@link BenefitKind}): money counts as euros; agents' time
 *       is counted in hours and valued at {@link FactorKind#AGENT_HOURLY_COST}; a volume is taken
 *       as water and converted into household-years with {@link
 *       FactorKind#WATER_PER_HOUSEHOLD_YEAR}; energy is taken as electricity and converted into
 *       avoided kgCO2e with {@link FactorKind#ELECTRICITY_CARBON}; other units are shown as
 *       recorded;
 *   <li>when the record has no benefit in time and the authority's strategy records the usage's
 *       effects on work with hours saved per year, those hours (less the hours added, when known,
 *       and never below zero) are a benefit of basis {@link ValueBasis#WORK_EFFECTS}.
 * </ul>
 *
 * <p>The footprint per year is the record's carbon per year, otherwise its energy in service at the
 * electricity factor; its cost is that energy at {@link FactorKind#ELECTRICITY_PRICE}, which has no
 * default. Training energy, spent once, is not spread over years here. Totals are per year: a
 * benefit enters them when its period reads as one year ({@link ValuedBenefit#yearly()}: "par an",
 * "annuel", "per year", "2023"…); a cumulative, monthly or unstated one is an unknown part of them,
 * and its amount is still shown with its period.
 *
 * <p>Immutable and thread-safe: one valuation may serve any number of threads.
 *
 * <pre>{@code
 * PortfolioValue value = Valuation.withDefaults().portfolio(register);
 * value.totals().euros().value();          // Optional<Quantity>, empty when nothing is known
 * value.authority("Sicoval").orElseThrow().totals().householdYears();
 * }</pre>
 */
public final class Valuation {
  private static final String WORK_EFFECTS_NAME = "Heures de travail des agents économisées par an";

  private final ValueFactors factors;

  private Valuation(ValueFactors factors) {
    this.factors = factors;
  }

  /**
   * Returns a valuation with the given factors.
   *
   * @param factors the factors, never {@code null}
   * @return the valuation
   */
  public static Valuation of(ValueFactors factors) {
    return new Valuation(Check.notNull("factors", factors));
  }

  /** Returns a valuation with the library's default factors ({@link ValueFactors#defaults()}). */
  public static Valuation withDefaults() {
    return new Valuation(ValueFactors.defaults());
  }

  /** Returns the factors this valuation uses. */
  public ValueFactors factors() {
    return factors;
  }

  /**
   * Values one usage without its authority's strategy.
   *
   * @param usage the usage, never {@code null}
   * @return its value
   */
  public UsageValue usage(AiUsage usage) {
    return usage(usage, null);
  }

  /**
   * Values one usage, reading the effects on work its authority's strategy records for it.
   *
   * @param usage the usage, never {@code null}
   * @param strategy the strategy of the usage's authority; null when there is none
   * @return its value
   */
  public UsageValue usage(AiUsage usage, @Nullable Strategy strategy) {
    Check.notNull("usage", usage);
    String authority = usage.authority() == null ? null : usage.authority().name();
    List<ValuedBenefit> benefits = new ArrayList<>();
    for (BenefitIndicator b : usage.benefits()) {
      benefits.add(value(b, authority));
    }
    boolean recordsTime = benefits.stream().anyMatch(b -> b.kind() == BenefitKind.TIME);
    if (!recordsTime && strategy != null) {
      strategy
          .workEffects(usage.id())
          .flatMap(Valuation::netHoursSaved)
          .ifPresent(h -> benefits.add(time(h, authority)));
    }
    return new UsageValue(usage.id(), authority, benefits, totals(benefits, usage, authority));
  }

  /**
   * Values every usage of a register (latest revisions), with the register's strategies.
   *
   * @param register the register, never {@code null}
   * @return the portfolio's value
   */
  public PortfolioValue portfolio(Register register) {
    Check.notNull("register", register);
    return portfolio(register.usages(), register.strategies());
  }

  /**
   * Values usages, reading the effects on work from the strategies of their authorities.
   *
   * @param usages the usages, without null elements
   * @param strategies the authorities' strategies, without null elements; may be empty
   * @return the portfolio's value, usages sorted by id
   */
  public PortfolioValue portfolio(
      Collection<? extends AiUsage> usages, Collection<? extends Strategy> strategies) {
    List<AiUsage> all = new ArrayList<>(Check.list("usages", usages));
    Map<String, Strategy> byKey = new HashMap<>();
    for (Strategy s : Check.list("strategies", strategies)) {
      byKey.put(s.key(), s);
    }
    all.sort(Comparator.comparing(u -> u.id().value()));
    List<UsageValue> values = new ArrayList<>(all.size());
    for (AiUsage u : all) {
      String key = u.authority() == null ? null : u.authority().name();
      values.add(usage(u, key == null ? null : byKey.get(key)));
    }
    Map<String, List<UsageValue>> named = new TreeMap<>();
    List<UsageValue> unnamed = new ArrayList<>();
    for (UsageValue v : values) {
      if (v.authority() == null) {
        unnamed.add(v);
      } else {
        named.computeIfAbsent(v.authority(), k -> new ArrayList<>()).add(v);
      }
    }
    List<AuthorityValue> authorities = new ArrayList<>();
    named.forEach((name, list) -> authorities.add(authority(name, list)));
    if (!unnamed.isEmpty()) {
      authorities.add(authority(null, unnamed));
    }
    ValueTotals overall = ValueTotals.none();
    for (AuthorityValue a : authorities) {
      overall = overall.plus(a.totals());
    }
    return new PortfolioValue(values, authorities, overall, factors);
  }

  private static AuthorityValue authority(String name, List<UsageValue> values) {
    ValueTotals sum = ValueTotals.none();
    List<UsageId> ids = new ArrayList<>(values.size());
    for (UsageValue v : values) {
      sum = sum.plus(v.totals());
      ids.add(v.usage());
    }
    return new AuthorityValue(name, ids, sum);
  }

  private ValuedBenefit value(BenefitIndicator b, String authority) {
    Quantity measured = b.measured();
    Quantity baseline = b.baseline();
    BenefitKind kind =
        BenefitKind.of(measured != null ? measured : b.target() != null ? b.target() : baseline);
    Quantity amount;
    ValueBasis basis;
    if (measured == null) {
      amount = null;
      basis = ValueBasis.NOT_MEASURED;
    } else if (baseline == null) {
      amount = measured;
      basis = ValueBasis.MEASURED;
    } else {
      BigDecimal change = measured.value().subtract(baseline.to(measured.unit()).value()).abs();
      amount = new Quantity(change, measured.unit());
      basis = ValueBasis.CHANGE_FROM_BASELINE;
    }
    ValueFactor factor = factorFor(kind, authority);
    return new ValuedBenefit(
        b.name(),
        kind,
        basis,
        amount,
        b.target(),
        b.period(),
        convert(kind, amount, factor),
        factor);
  }

  private ValuedBenefit time(BigDecimal hours, String authority) {
    Quantity amount = new Quantity(hours, Unit.HOUR);
    ValueFactor factor = factorFor(BenefitKind.TIME, authority);
    return new ValuedBenefit(
        WORK_EFFECTS_NAME,
        BenefitKind.TIME,
        ValueBasis.WORK_EFFECTS,
        amount,
        null,
        "par an",
        convert(BenefitKind.TIME, amount, factor),
        factor);
  }

  private ValueFactor factorFor(BenefitKind kind, String authority) {
    FactorKind needed =
        switch (kind) {
          case TIME -> FactorKind.AGENT_HOURLY_COST;
          case WATER -> FactorKind.WATER_PER_HOUSEHOLD_YEAR;
          case ENERGY -> FactorKind.ELECTRICITY_CARBON;
          default -> null;
        };
    return needed == null ? null : factors.find(needed, authority).orElse(null);
  }

  private static Quantity convert(BenefitKind kind, Quantity amount, ValueFactor factor) {
    if (amount == null) {
      return null;
    }
    return switch (kind) {
      case MONEY -> amount.to(Unit.EUR);
      case CARBON -> amount.to(Unit.KG_CO2E);
      case TIME -> factor == null ? null : times(amount.to(Unit.HOUR), factor, Unit.EUR);
      case ENERGY -> factor == null ? null : times(amount.to(Unit.KWH), factor, Unit.KG_CO2E);
      case WATER ->
          factor == null
              ? null
              : new Quantity(
                  amount
                      .to(Unit.CUBIC_METRE)
                      .value()
                      .divide(factor.value(), MathContext.DECIMAL64)
                      .stripTrailingZeros(),
                  Unit.HOUSEHOLD);
      case OTHER -> null;
    };
  }

  private static Quantity times(Quantity amount, ValueFactor factor, Unit unit) {
    return new Quantity(amount.value().multiply(factor.value()), unit);
  }

  private ValueTotals totals(List<ValuedBenefit> benefits, AiUsage usage, String authority) {
    Total euros = Total.none(Unit.EUR);
    Total hours = Total.none(Unit.HOUR);
    Total water = Total.none(Unit.HOUSEHOLD);
    Total energy = Total.none(Unit.KWH);
    Total avoided = Total.none(Unit.KG_CO2E);
    for (ValuedBenefit b : benefits) {
      // Totals are per year, beside footprints per year: an amount over another period (or none
      // stated) is an unknown part, never added as if it were one year's.
      boolean yearly = b.yearly();
      Quantity converted = yearly ? b.converted() : null;
      Quantity amount = yearly ? b.amount() : null;
      switch (b.kind()) {
        case MONEY -> euros = euros.plus(converted);
        case TIME -> {
          euros = euros.plus(converted);
          hours = hours.plus(amount == null ? null : amount.to(Unit.HOUR));
        }
        case WATER -> water = water.plus(converted);
        case ENERGY -> {
          energy = energy.plus(amount == null ? null : amount.to(Unit.KWH));
          avoided = avoided.plus(converted);
        }
        case CARBON -> avoided = avoided.plus(converted);
        case OTHER -> {
          // shown, not converted
        }
      }
    }
    Footprint footprint = usage.footprint();
    Quantity inference = footprint == null ? null : footprint.inferenceEnergyPerYear();
    Quantity carbon = footprint == null ? null : footprint.carbonPerYear();
    Optional<ValueFactor> carbonFactor = factors.find(FactorKind.ELECTRICITY_CARBON, authority);
    Optional<ValueFactor> price = factors.find(FactorKind.ELECTRICITY_PRICE, authority);
    Quantity footprintCarbon =
        carbon != null
            ? carbon.to(Unit.KG_CO2E)
            : inference == null || carbonFactor.isEmpty()
                ? null
                : times(inference.to(Unit.KWH), carbonFactor.get(), Unit.KG_CO2E);
    Quantity footprintEnergy = inference == null ? null : inference.to(Unit.KWH);
    Quantity footprintEuros =
        inference == null || price.isEmpty()
            ? null
            : times(inference.to(Unit.KWH), price.get(), Unit.EUR);
    return new ValueTotals(
        euros,
        hours,
        water,
        energy,
        avoided,
        Total.none(Unit.KG_CO2E).plus(footprintCarbon),
        Total.none(Unit.KWH).plus(footprintEnergy),
        Total.none(Unit.EUR).plus(footprintEuros));
  }

  private static Optional<BigDecimal> netHoursSaved(WorkEffects effects) {
    BigDecimal saved = effects.hoursSavedPerYear();
    if (saved == null) {
      return Optional.empty();
    }
    BigDecimal added = effects.hoursAddedPerYear();
    BigDecimal net = added == null ? saved : saved.subtract(added);
    return Optional.of(net.signum() < 0 ? BigDecimal.ZERO : net);
  }
}
