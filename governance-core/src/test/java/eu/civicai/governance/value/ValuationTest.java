package eu.civicai.governance.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.strategy.WorkEffects;
import eu.civicai.governance.usage.AiUsage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 21: the value of benefits with documented factors, per usage, authority and overall. */
class ValuationTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
  private static final Authority SICOVAL =
      Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION);
  private static final Authority VALMONT = Authority.of("Valmont", AuthorityKind.COMMUNE);

  private static AiUsage leaks() {
    return AiUsage.builder("fuites")
        .name("Fuites")
        .authority(SICOVAL)
        .benefit(b -> b.name("Gains").measured(Quantity.of(8, Unit.MEUR)).period("par an"))
        .benefit(
            b ->
                b.name("Eau")
                    .baseline(Quantity.of(1000, Unit.CUBIC_METRE))
                    .measured(Quantity.of(13_000, Unit.CUBIC_METRE))
                    .period("2025"))
        .benefit(b -> b.name("Temps").measured(Quantity.of(10, Unit.DAY)).period("Annuel"))
        .benefit(b -> b.name("Énergie").measured(Quantity.of(2, Unit.MWH)).period("per year"))
        .benefit(b -> b.name("Bâtiments").measured(Quantity.of(7, Unit.BUILDING)))
        .footprint(f -> f.inferenceEnergyPerYear(Quantity.of(1_000, Unit.KWH)))
        .build();
  }

  @Test
  void usage_convertsEachKind_withTheDefaultFactors() {
    UsageValue value = Valuation.withDefaults().usage(leaks());

    assertThat(value.benefits())
        .extracting(ValuedBenefit::kind)
        .containsExactly(
            BenefitKind.MONEY,
            BenefitKind.WATER,
            BenefitKind.TIME,
            BenefitKind.ENERGY,
            BenefitKind.OTHER);
    ValuedBenefit water = value.benefits().get(1);
    assertThat(water.basis()).isEqualTo(ValueBasis.CHANGE_FROM_BASELINE);
    assertThat(water.amount()).isEqualTo(Quantity.of(12_000, Unit.CUBIC_METRE));
    // 12,000 m³ at 120 m³ per household-year
    assertThat(water.converted().isEquivalentTo(Quantity.of(100, Unit.HOUSEHOLD))).isTrue();
    assertThat(water.factor()).isEqualTo(DefaultFactors.WATER_PER_HOUSEHOLD_YEAR);

    ValueTotals t = value.totals();
    // 8,000,000 € + 240 h × 26 €/h
    assertThat(t.euros().value().orElseThrow().value()).isEqualByComparingTo("8006240");
    assertThat(t.hours().value().orElseThrow().value()).isEqualByComparingTo("240");
    assertThat(t.energy().value().orElseThrow().value()).isEqualByComparingTo("2000");
    // 2,000 kWh × 0.052
    assertThat(t.carbonAvoided().value().orElseThrow().value()).isEqualByComparingTo("104");
    assertThat(t.footprintEnergy().value().orElseThrow().value()).isEqualByComparingTo("1000");
    assertThat(t.footprintCarbon().value().orElseThrow().value()).isEqualByComparingTo("52");
    assertThat(t.euros().complete()).isTrue();
    // no electricity price by default: the cost of the footprint stays unknown
    assertThat(t.footprintEuros().value()).isEmpty();
    assertThat(t.footprintEuros().unknownParts()).isEqualTo(1);
  }

  /** Periods the seeded portfolios draw from: null, yearly ones and others. */
  private static final String[] PERIODS = {
    null, "par an", "2024", "per year", "depuis le déploiement", "par mois", "sur 3 ans"
  };

  private static final List<String> YEARLY = List.of("par an", "2024", "per year");

  @Test
  void yearlyTotals_countOnlyBenefitsOverOneYear_theOthersAreUnknownParts() {
    AiUsage usage =
        AiUsage.builder("fuites")
            .name("Fuites")
            .authority(SICOVAL)
            .benefit(
                b ->
                    b.name("Gains cumulés")
                        .measured(Quantity.of(8, Unit.MEUR))
                        .period("depuis le déploiement"))
            .benefit(b -> b.name("Gains").measured(Quantity.of(30, Unit.KEUR)).period("par an"))
            .benefit(
                b -> b.name("Gains du mois").measured(Quantity.of(2, Unit.KEUR)).period("par mois"))
            .benefit(b -> b.name("Gains sans période").measured(Quantity.of(5, Unit.KEUR)))
            .benefit(
                b -> b.name("Heures").measured(Quantity.of(100, Unit.HOUR)).period("sur 3 ans"))
            .build();
    UsageValue value = Valuation.withDefaults().usage(usage);

    // Each benefit keeps its amount and period for the reader.
    assertThat(value.benefits())
        .extracting(ValuedBenefit::yearly)
        .containsExactly(false, true, false, false, false);
    assertThat(value.benefits().get(0).converted())
        .isEqualTo(Quantity.of(8, Unit.MEUR).to(Unit.EUR));
    // Only the 30 k€ per year counts; the four others are unknown parts, never added as a year's.
    Total euros = value.totals().euros();
    assertThat(euros.value().orElseThrow().value()).isEqualByComparingTo("30000");
    assertThat(euros.knownParts()).isEqualTo(1);
    assertThat(euros.unknownParts()).isEqualTo(4);
    assertThat(value.totals().hours().value()).isEmpty();
    assertThat(value.totals().hours().unknownParts()).isEqualTo(1);
  }

  @Test
  void aPeriodReadsAsYearly_inFrenchAndEnglish_andAsOneCalendarYear() {
    for (String yearly :
        List.of(
            "par an",
            "Par An",
            "/an",
            "€/an",
            "annuel",
            "annuelle",
            "annuellement",
            "chaque année",
            "CHAQUE ANNEE",
            "par année",
            "en 2023",
            "2023",
            "année 2024",
            "per year",
            "a year",
            "yearly",
            "annual",
            "annually",
            "per annum",
            "p.a.",
            "in 2025",
            "économies par an depuis 2022")) {
      assertThat(Periods.yearly(yearly)).as(yearly).isTrue();
    }
    for (String other :
        Arrays.asList(
            null,
            "",
            "  ",
            "depuis le déploiement",
            "cumulé",
            "sur 3 ans",
            "par mois",
            "2019-2024",
            "since deployment",
            "per month",
            "total",
            "anniversaire",
            "ans",
            "banane",
            "yearlong project",
            "2023 et 2024",
            "120")) {
      assertThat(Periods.yearly(other)).as(String.valueOf(other)).isFalse();
    }
  }

  @Test
  void unknownInputs_stayUnknown_neverZero() {
    AiUsage idea =
        AiUsage.builder("idee")
            .name("Idée")
            .authority(VALMONT)
            .benefit(b -> b.name("Gains visés").target(Quantity.of(5, Unit.KEUR)))
            .build();
    UsageValue value = Valuation.withDefaults().usage(idea);

    assertThat(value.benefits().get(0).basis()).isEqualTo(ValueBasis.NOT_MEASURED);
    assertThat(value.benefits().get(0).amount()).isNull();
    assertThat(value.benefits().get(0).target()).isEqualTo(Quantity.of(5, Unit.KEUR));
    assertThat(value.totals().euros().value()).isEmpty();
    assertThat(value.totals().euros().unknownParts()).isEqualTo(1);
    assertThat(value.totals().euros().complete()).isFalse();
    // no footprint: unknown, not zero
    assertThat(value.totals().footprintCarbon().value()).isEmpty();
    assertThat(value.totals().footprintCarbon().unknownParts()).isEqualTo(1);
    // no benefit of a kind: no part at all
    assertThat(value.totals().householdYears().parts()).isZero();
  }

  @Test
  void withoutFactors_conversionsAreUnknown_butMoneyStillCounts() {
    UsageValue value = Valuation.of(ValueFactors.none()).usage(leaks());

    assertThat(value.totals().euros().value().orElseThrow().value())
        .isEqualByComparingTo("8000000");
    assertThat(value.totals().euros().unknownParts()).isEqualTo(1);
    assertThat(value.totals().householdYears().value()).isEmpty();
    assertThat(value.totals().footprintCarbon().value()).isEmpty();
  }

  @Test
  void override_replacesTheDefault_andTheSourceIsTheOverrides() {
    ValueFactor own =
        ValueFactor.of(FactorKind.AGENT_HOURLY_COST, "40", "Budget primitif 2026 du Sicoval", 2026)
            .withUrl("https://www.sicoval.fr/budget");
    ValueFactors factors = ValueFactors.defaults().withFor("Sicoval", own);
    AiUsage other =
        leaks().toBuilder().authority(VALMONT).build(); // same benefits, another authority

    PortfolioValue value =
        Valuation.of(factors).portfolio(List.of(leaks(), rename(other, "autre")), List.of());

    ValuedBenefit sicovalTime = value.usage(UsageId.of("fuites")).orElseThrow().benefits().get(2);
    assertThat(sicovalTime.factor()).isSameAs(own);
    assertThat(sicovalTime.factor().source()).isEqualTo("Budget primitif 2026 du Sicoval");
    assertThat(sicovalTime.converted().value()).isEqualByComparingTo("9600");
    ValuedBenefit valmontTime = value.usage(UsageId.of("autre")).orElseThrow().benefits().get(2);
    assertThat(valmontTime.factor()).isEqualTo(DefaultFactors.AGENT_HOURLY_COST);
    assertThat(valmontTime.converted().value()).isEqualByComparingTo("6240");
    assertThat(factors.overrides()).containsOnlyKeys("Sicoval");
    assertThat(factors.find(FactorKind.AGENT_HOURLY_COST).orElseThrow())
        .isEqualTo(DefaultFactors.AGENT_HOURLY_COST);

    ValueFactors everyone = ValueFactors.defaults().with(own);
    assertThat(everyone.find(FactorKind.AGENT_HOURLY_COST, "Valmont")).contains(own);
    assertThat(ValueFactors.defaults().find(FactorKind.AGENT_HOURLY_COST))
        .contains(DefaultFactors.AGENT_HOURLY_COST);
  }

  @Test
  void workEffects_giveTheHours_whenTheRecordHasNone() {
    AiUsage drafting =
        AiUsage.builder("redaction")
            .name("Rédaction")
            .authority(VALMONT)
            .footprint(f -> f.carbonPerYear(Quantity.of(3, Unit.KG_CO2E)))
            .build();
    Strategy strategy =
        Strategy.builder(VALMONT)
            .workEffects(
                new WorkEffects(
                    UsageId.of("redaction"),
                    List.of(),
                    new BigDecimal("500"),
                    new BigDecimal("100"),
                    List.of(),
                    null,
                    null))
            .build();
    Register register = Register.inMemory(CLOCK);
    register.add(drafting);
    register.putStrategy(strategy);

    PortfolioValue value = Valuation.withDefaults().portfolio(register);

    ValuedBenefit hours = value.usages().get(0).benefits().get(0);
    assertThat(hours.basis()).isEqualTo(ValueBasis.WORK_EFFECTS);
    assertThat(hours.amount()).isEqualTo(Quantity.of(400, Unit.HOUR));
    assertThat(value.totals().euros().value().orElseThrow().value()).isEqualByComparingTo("10400");
    // the recorded carbon wins over the energy
    assertThat(value.totals().footprintCarbon().value().orElseThrow().value())
        .isEqualByComparingTo("3");
    assertThat(Valuation.withDefaults().usage(drafting).benefits()).isEmpty();
  }

  @Test
  void portfolioTotals_equalTheSumOfTheirParts_overSeededPortfolios() {
    Random random = new Random(20261202L);
    Unit[] units = {
      Unit.EUR,
      Unit.KEUR,
      Unit.HOUR,
      Unit.DAY,
      Unit.CUBIC_METRE,
      Unit.LITRE,
      Unit.KWH,
      Unit.MWH,
      Unit.KG_CO2E,
      Unit.T_CO2E,
      Unit.BUILDING
    };
    String[] authorities = {"A", "B", "C", "D"};
    for (int round = 0; round < 50; round++) {
      List<AiUsage> usages = new ArrayList<>();
      int n = 1 + random.nextInt(12);
      for (int i = 0; i < n; i++) {
        AiUsage.Builder b = AiUsage.builder("u-" + round + "-" + i).name("U" + i);
        String a = authorities[random.nextInt(authorities.length)];
        if (a != null) {
          b.authority(Authority.of(a, AuthorityKind.COMMUNE));
        }
        int benefits = random.nextInt(5);
        for (int k = 0; k < benefits; k++) {
          Unit unit = units[random.nextInt(units.length)];
          Quantity q = Quantity.of(random.nextInt(100_000), unit);
          String period = PERIODS[random.nextInt(PERIODS.length)];
          if (random.nextInt(4) == 0) {
            b.benefit(x -> x.name("cible").target(q).period(period));
          } else {
            b.benefit(x -> x.name("mesure").measured(q).period(period));
          }
        }
        if (random.nextBoolean()) {
          b.footprint(f -> f.inferenceEnergyPerYear(Quantity.of(random.nextInt(9_000), Unit.KWH)));
        }
        usages.add(b.build());
      }
      ValueFactors factors =
          random.nextBoolean()
              ? ValueFactors.defaults()
              : ValueFactors.defaults()
                  .withFor(
                      "A",
                      ValueFactor.of(
                          FactorKind.ELECTRICITY_PRICE,
                          "0.2" + random.nextInt(10),
                          "Contrat",
                          2026));
      PortfolioValue value = Valuation.of(factors).portfolio(usages, List.of());

      ValueTotals byUsage = ValueTotals.none();
      for (UsageValue u : value.usages()) {
        byUsage = byUsage.plus(u.totals());
      }
      ValueTotals byAuthority = ValueTotals.none();
      int counted = 0;
      for (AuthorityValue a : value.authorities()) {
        ValueTotals own = ValueTotals.none();
        for (UsageId id : a.usages()) {
          own = own.plus(value.usage(id).orElseThrow().totals());
        }
        assertThat(a.totals()).isEqualTo(own);
        byAuthority = byAuthority.plus(a.totals());
        counted += a.usages().size();
      }
      assertThat(counted).isEqualTo(n);
      assertThat(value.totals()).isEqualTo(byUsage).isEqualTo(byAuthority);
      // every usage adds exactly one part to each footprint total
      assertThat(value.totals().footprintCarbon().parts()).isEqualTo(n);
      // and the euros are the sum of the converted money and time benefits
      BigDecimal euros = BigDecimal.ZERO;
      int unknown = 0;
      for (UsageValue u : value.usages()) {
        for (ValuedBenefit b : u.benefits()) {
          if (b.kind() == BenefitKind.MONEY || b.kind() == BenefitKind.TIME) {
            if (b.converted() == null || b.period() == null || !YEARLY.contains(b.period())) {
              unknown++;
            } else {
              euros = euros.add(b.converted().value());
            }
          }
        }
      }
      assertThat(value.totals().euros().unknownParts()).isEqualTo(unknown);
      assertThat(value.totals().euros().value().map(Quantity::value).orElse(BigDecimal.ZERO))
          .isEqualByComparingTo(euros);
    }
  }

  @Test
  void factor_refusesIllFormedValues_namingTheFieldAndTheValue() {
    assertThatThrownBy(() -> ValueFactor.of(FactorKind.AGENT_HOURLY_COST, "0", "INSEE", 2021))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`value` must be positive, but was 0")
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).message(Locale.FRENCH))
                    .isEqualTo("`value` doit être positif, mais valait 0"));
    assertThatThrownBy(() -> ValueFactor.of(FactorKind.AGENT_HOURLY_COST, "douze", "INSEE", 2021))
        .hasMessage("`value` must be a decimal number, but was 'douze'");
    assertThatThrownBy(() -> ValueFactor.of(FactorKind.AGENT_HOURLY_COST, "12", " ", 2021))
        .hasMessage("`source` must not be blank, but was ' '");
    assertThatThrownBy(() -> ValueFactor.of(FactorKind.AGENT_HOURLY_COST, "12", "INSEE", 1800))
        .hasMessage("`year` must be at least 1900, but was 1800");
    assertThatThrownBy(
            () ->
                ValueFactor.of(FactorKind.AGENT_HOURLY_COST, "12", "INSEE", 2021)
                    .withUrl("file:///etc/passwd"))
        .hasMessage("`url` must be an http or https address, but its scheme is file");
    assertThatThrownBy(
            () -> ValueFactors.defaults().withFor(" ", DefaultFactors.ELECTRICITY_CARBON))
        .hasMessage("`authority` must not be blank, but was ' '");
  }

  @Test
  void defaults_carryTheirSourceAndYear_andReadInBothLanguages() {
    assertThat(ValueFactors.defaults().common())
        .extracting(ValueFactor::kind)
        .containsExactly(
            FactorKind.AGENT_HOURLY_COST,
            FactorKind.WATER_PER_HOUSEHOLD_YEAR,
            FactorKind.ELECTRICITY_CARBON);
    for (ValueFactor f : ValueFactors.defaults().common()) {
      assertThat(f.url()).isNotNull();
      assertThat(f.note()).isNotBlank();
    }
    assertThat(DefaultFactors.ELECTRICITY_CARBON.label(Locale.FRENCH))
        .startsWith("Facteur d'émission de l'électricité du réseau : 0.052 kgCO2e/kWh (ADEME")
        .endsWith(", 2022)");
    assertThat(DefaultFactors.ELECTRICITY_CARBON.label(Locale.ENGLISH))
        .startsWith("Emission factor of grid electricity: 0.052 kgCO2e/kWh");
    assertThat(ValueFactors.defaults().find(FactorKind.ELECTRICITY_PRICE)).isEmpty();
  }

  @Test
  void total_refusesAKnownSumWithoutParts() {
    assertThatThrownBy(() -> new Total(Unit.EUR, BigDecimal.ONE, 0, 0))
        .hasMessage("`known` (1) may be given only when `knownParts` is above 0");
    assertThatThrownBy(() -> new Total(Unit.EUR, null, 0, -1))
        .hasMessage("`unknownParts` must not be negative, but was -1");
  }

  private static AiUsage rename(AiUsage usage, String id) {
    AiUsage.Builder b = AiUsage.builder(id).name(usage.name()).authority(usage.authority());
    b.benefits(usage.benefits()).footprint(usage.footprint());
    return b.build();
  }
}
