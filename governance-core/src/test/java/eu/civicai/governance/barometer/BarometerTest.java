package eu.civicai.governance.barometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LifecycleEvent;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.strategy.Acculturation;
import eu.civicai.governance.strategy.CommitteeMeeting;
import eu.civicai.governance.strategy.CommitteeMember;
import eu.civicai.governance.strategy.MemberRole;
import eu.civicai.governance.strategy.Roadmap;
import eu.civicai.governance.strategy.RoadmapIndicator;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.strategy.WatchCommittee;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Purpose;
import eu.civicai.governance.usage.Samples;
import eu.civicai.governance.usage.Theme;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 21: the barometer's score per authority and its distribution, in memory. */
class BarometerTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneId.of("Europe/Paris"));
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  private static final Authority TOURS =
      Authority.of("Tours Métropole", AuthorityKind.METROPOLE).withPopulation(300_000);
  private static final Authority VAL =
      Authority.of("Commune de Val-de-Brume", AuthorityKind.COMMUNE).withPopulation(2_400);

  /** A usage of {@code authority} with the first {@code parts} documented parts given. */
  static AiUsage usage(String id, Authority authority, int parts, Theme theme) {
    AiUsage full = Samples.fullUsage();
    AiUsage.Builder b = AiUsage.builder(id).name(full.name()).authority(authority);
    for (DocumentedPart p : Arrays.asList(DocumentedPart.values()).subList(0, parts)) {
      switch (p) {
        case SUMMARY -> b.summary(full.summary());
        case PURPOSE -> b.purpose(full.purpose());
        case SYSTEM -> b.system(full.system());
        case DECISION -> b.decision(full.decision());
        case DATA_USE -> b.dataUse(full.dataUse());
        case RISKS -> b.risks(full.risks());
        case FOOTPRINT -> b.footprint(full.footprint());
        case BENEFITS -> b.benefits(full.benefits());
        case GOVERNANCE -> b.governance(full.governance());
        case TRANSPARENCY -> b.transparency(full.transparency());
      }
    }
    if (theme != null && parts > DocumentedPart.PURPOSE.ordinal()) {
      b.purpose(Purpose.builder().goal("Servir").theme(theme).build());
    }
    AiUsage u = b.build();
    assertThat(DocumentedPart.count(u)).isEqualTo(parts);
    return u;
  }

  static Strategy toursStrategy(LocalDate lastMeeting) {
    return Strategy.builder(TOURS)
        .charterAdoptedOn(LocalDate.of(2025, 3, 20))
        .roadmap(
            Roadmap.builder("Feuille de route IA")
                .indicators(
                    RoadmapIndicator.of(
                        "agents-formes", "Agents formés", null, Quantity.of(400, Unit.AGENT)))
                .build())
        .acculturation(Acculturation.builder().literacy(10, 8, LocalDate.of(2026, 9, 1)).build())
        .committee(
            WatchCommittee.builder("Comité de veille")
                .members(
                    CommitteeMember.of("Élue", MemberRole.ELECTED_OFFICIAL),
                    CommitteeMember.of("DSI", MemberRole.TECHNICIAN))
                .meeting(CommitteeMeeting.of(lastMeeting, "Élue", "DSI"))
                .build())
        .build();
  }

  private static Register register() {
    Register r = Register.inMemory(CLOCK);
    r.addDataset(
        Dataset.builder("compteurs")
            .name("Compteurs")
            .personalData(PersonalDataLevel.NONE)
            .build());
    r.add(usage("tours-a", TOURS, 10, Theme.INTERNAL_ADMINISTRATION));
    r.add(usage("tours-b", TOURS, 5, Theme.MOBILITY));
    r.add(usage("val-fuites", VAL, 3, Theme.ECOLOGICAL_TRANSITION));
    r.putStrategy(toursStrategy(LocalDate.of(2026, 9, 15)));
    return r;
  }

  private static Ledger ledger(Register r) {
    Ledger ledger = Ledger.inMemory(r, CLOCK);
    DatasetId ds = DatasetId.of("compteurs");
    ledger.append(LifecycleEvent.collected(ds).at(Instant.parse("2026-01-01T00:00:00Z")).by("dsi"));
    ledger.append(
        LifecycleEvent.usedForInference(ds, UsageId.of("tours-b"), "mobilité")
            .at(Instant.parse("2026-02-01T00:00:00Z"))
            .by("dsi"));
    return ledger;
  }

  @Test
  void of_everyComponentKnown_weighsThem() {
    Register r = register();
    Barometer b = Barometer.of(r, ledger(r), CLOCK);

    AuthorityMaturity tours = b.find("Tours Métropole").orElseThrow();
    assertThat(tours.components())
        .extracting(ComponentScore::value)
        .containsExactly(
            new BigDecimal("0.7500"),
            BigDecimal.ONE,
            BigDecimal.ONE,
            BigDecimal.ONE,
            new BigDecimal("0.8000"),
            BigDecimal.ONE);
    // 25 × 0.75 + 15 + 15 + 15 + 20 × 0.8 + 10 = 89.75 points out of 100
    assertThat(tours.score()).isEqualByComparingTo("89.8");
    assertThat(tours.roundedScore()).contains(90);
    assertThat(tours.floorScore()).isEqualByComparingTo("89.8");
    assertThat(tours.knownWeight()).isEqualTo(100);
    assertThat(tours.unknownComponents()).isZero();
    assertThat(tours.band()).isEqualTo(PopulationBand.FROM_200000);
    assertThat(tours.figures().themes())
        .containsExactly(Theme.MOBILITY, Theme.INTERNAL_ADMINISTRATION);
  }

  @Test
  void of_noStrategyAndNoLedger_keepsUnknownsApartFromZero() {
    Barometer b = Barometer.of(register(), CLOCK);

    AuthorityMaturity val = b.find("Commune de Val-de-Brume").orElseThrow();
    assertThat(val.component(MaturityComponent.USAGES_DOCUMENTED).value())
        .isEqualByComparingTo("0.3");
    assertThat(val.components().stream().filter(c -> !c.isKnown()).map(ComponentScore::component))
        .containsExactly(
            MaturityComponent.CHARTER_ADOPTED,
            MaturityComponent.COMMITTEE_ACTIVE,
            MaturityComponent.ROADMAP_INDICATORS,
            MaturityComponent.AGENTS_TRAINED,
            MaturityComponent.LEDGER_KEPT);
    assertThat(val.unknownComponents()).isEqualTo(5);
    assertThat(val.knownWeight()).isEqualTo(25);
    assertThat(val.score()).isEqualByComparingTo("30.0");
    assertThat(val.floorScore()).isEqualByComparingTo("7.5");
    // Without the ledger, Tours' ledger component is unknown too: 79.75 points out of 90.
    AuthorityMaturity tours = b.find("Tours Métropole").orElseThrow();
    assertThat(tours.component(MaturityComponent.LEDGER_KEPT).isKnown()).isFalse();
    assertThat(tours.score()).isEqualByComparingTo("88.6");
  }

  @Test
  void of_ledgerWithoutUseByTheAuthority_isZero() {
    Register r = register();
    Barometer b = Barometer.of(r, ledger(r), CLOCK);

    assertThat(
            b.find("Commune de Val-de-Brume")
                .orElseThrow()
                .component(MaturityComponent.LEDGER_KEPT)
                .value())
        .isEqualByComparingTo("0");
  }

  @Test
  void of_emptyLedger_leavesTheLedgerUnknown() {
    Register r = register();
    Barometer b = Barometer.of(r, Ledger.inMemory(r, CLOCK), CLOCK);

    assertThat(b).isEqualTo(Barometer.of(r, CLOCK));
  }

  @Test
  void committee_activeForSixMonthsUpToTheDate_only() {
    assertThat(committee(LocalDate.of(2026, 5, 30))).isEqualByComparingTo("1");
    assertThat(committee(LocalDate.of(2026, 5, 29))).isEqualByComparingTo("0");
    assertThat(committee(TODAY)).isEqualByComparingTo("1");
    assertThat(committee(LocalDate.of(2026, 12, 1))).isEqualByComparingTo("0");
  }

  private static BigDecimal committee(LocalDate meeting) {
    Register r = Register.inMemory(CLOCK);
    r.putStrategy(toursStrategy(meeting));
    return Barometer.of(r, CLOCK)
        .find("Tours Métropole")
        .orElseThrow()
        .component(MaturityComponent.COMMITTEE_ACTIVE)
        .value();
  }

  @Test
  void committee_withoutElectedOfficials_isNotActive() {
    Register r = Register.inMemory(CLOCK);
    r.putStrategy(
        toursStrategy(TODAY).toBuilder()
            .committee(
                WatchCommittee.builder("Comité technique")
                    .members(CommitteeMember.of("DSI", MemberRole.TECHNICIAN))
                    .meeting(CommitteeMeeting.of(TODAY, "DSI"))
                    .build())
            .build());
    AuthorityMaturity m = Barometer.of(r, CLOCK).find("Tours Métropole").orElseThrow();

    assertThat(m.component(MaturityComponent.COMMITTEE_ACTIVE).value()).isEqualByComparingTo("0");
    // No usage: documentation and ledger are unknown, the strategy's four components are known.
    assertThat(m.unknownComponents()).isEqualTo(2);
    assertThat(m.knownWeight()).isEqualTo(65);
  }

  @Test
  void strategyWithoutParts_givesZeroCharterAndUnknownRest() {
    Register r = Register.inMemory(CLOCK);
    r.putStrategy(Strategy.builder(TOURS).build());
    AuthorityMaturity m = Barometer.of(r, CLOCK).find("Tours Métropole").orElseThrow();

    assertThat(m.component(MaturityComponent.CHARTER_ADOPTED).value()).isEqualByComparingTo("0");
    assertThat(m.unknownComponents()).isEqualTo(5);
    assertThat(m.score()).isEqualByComparingTo("0.0");
  }

  @Test
  void agentsTrained_noAgentUsingAi_isUnknown() {
    AuthorityMaturity m =
        Barometer.score(figures("a", 1L, 0, 0, true, null, null, null, 0, 0, null));
    assertThat(m.component(MaturityComponent.AGENTS_TRAINED).isKnown()).isFalse();
    assertThat(m.score()).isNull();
    assertThat(m.roundedScore()).isEmpty();
    assertThat(m.floorScore()).isEqualByComparingTo("0");
  }

  @Test
  void figures_kindAndPopulation_fromTheStrategyFirst_thenTheFirstUsageStatingThem() {
    Register r = Register.inMemory(CLOCK);
    Authority bare = Authority.of("Tours Métropole", AuthorityKind.EPCI);
    r.add(usage("a-first", bare, 1, null));
    r.add(usage("b-second", bare.withPopulation(12_000), 1, null));
    r.add(usage("c-third", bare.withPopulation(60_000), 1, null));
    r.putStrategy(
        Strategy.builder(Authority.of("Tours Métropole", AuthorityKind.METROPOLE)).build());

    AuthorityFigures f = Barometer.figures(r, null, TODAY).get(0);
    assertThat(f.kind()).isEqualTo(AuthorityKind.METROPOLE);
    assertThat(f.population()).isEqualTo(12_000L);
    assertThat(f.band()).isEqualTo(PopulationBand.FROM_10000_TO_50000);
    assertThat(f.themes()).isEmpty();

    r.removeStrategy("Tours Métropole");
    assertThat(Barometer.figures(r, null, TODAY).get(0).kind()).isEqualTo(AuthorityKind.EPCI);
  }

  @Test
  void distribution_byBandKindAndTheme() {
    Register r = register();
    Barometer b = Barometer.of(r, ledger(r), CLOCK);

    assertThat(b.asOf()).isEqualTo(TODAY);
    assertThat(b.authorities())
        .extracting(AuthorityMaturity::authorityName)
        .containsExactly("Commune de Val-de-Brume", "Tours Métropole");
    assertThat(b.byBand()).extracting(BarometerGroup::key).containsExactly(PopulationBand.values());
    assertThat(b.byBand())
        .extracting(BarometerGroup::authorities)
        .containsExactly(1L, 0L, 0L, 0L, 1L, 0L);
    assertThat(b.band(PopulationBand.UNDER_3500).meanScore()).isEqualByComparingTo("21.4");
    assertThat(b.band(PopulationBand.FROM_3500_TO_10000).meanScore()).isNull();
    assertThat(b.size(SizeClass.UNDER_50000).meanScore()).isEqualByComparingTo("21.4");
    assertThat(b.size(SizeClass.FROM_50000).meanScore()).isEqualByComparingTo("89.8");
    assertThat(b.bySize()).extracting(BarometerGroup::key).containsExactly(SizeClass.values());
    assertThat(b.byKind())
        .extracting(BarometerGroup::key)
        .containsExactly(AuthorityKind.COMMUNE, AuthorityKind.METROPOLE);
    assertThat(b.byTheme())
        .extracting(BarometerGroup::key)
        .containsExactly(
            Theme.ECOLOGICAL_TRANSITION, Theme.MOBILITY, Theme.INTERNAL_ADMINISTRATION);
    assertThat(b.withoutTheme()).isZero();
    // Val: 7.5 documented + 0 ledger over 35 points known = 21.4; Tours 89.8.
    assertThat(b.overall().meanScore()).isEqualByComparingTo("55.6");
    assertThat(b.overall().medianScore()).isEqualByComparingTo("55.6");
    ComponentShare ledger = b.overall().component(MaturityComponent.LEDGER_KEPT);
    assertThat(ledger.known()).isEqualTo(2);
    assertThat(ledger.mean()).isEqualByComparingTo("0.5");
    ComponentShare charter = b.overall().component(MaturityComponent.CHARTER_ADOPTED);
    assertThat(charter.known()).isEqualTo(1);
    assertThat(charter.unknown()).isEqualTo(1);
    assertThat(charter.mean()).isEqualByComparingTo("1");
    assertThat(b.overall().label(Locale.FRENCH, "Toutes")).isEqualTo("Toutes");
    assertThat(b.byBand().get(0).label(Locale.FRENCH, "Toutes"))
        .isEqualTo("Moins de 3 500 habitants");
  }

  @Test
  void median_ofAnEvenCount_isTheMeanOfTheMiddleTwo() {
    List<AuthorityFigures> figures = new ArrayList<>();
    // Documentation only: 10, 40, 70 and 90 parts in 100.
    int[] parts = {1, 4, 7, 9};
    for (int i = 0; i < parts.length; i++) {
      figures.add(figures("a" + i, 1_000L, 1, parts[i], false, null, null, null, null, null, null));
    }
    Barometer b = Barometer.fromFigures(figures, TODAY);

    assertThat(b.overall().medianScore()).isEqualByComparingTo("55.0");
    assertThat(b.overall().meanScore()).isEqualByComparingTo("52.5");
    assertThat(b.band(PopulationBand.UNDER_3500).scored()).isEqualTo(4);
  }

  @Test
  void populationBand_boundaries() {
    assertThat(PopulationBand.of(3_499L)).isEqualTo(PopulationBand.UNDER_3500);
    assertThat(PopulationBand.of(3_500L)).isEqualTo(PopulationBand.FROM_3500_TO_10000);
    assertThat(PopulationBand.of(9_999L)).isEqualTo(PopulationBand.FROM_3500_TO_10000);
    assertThat(PopulationBand.of(10_000L)).isEqualTo(PopulationBand.FROM_10000_TO_50000);
    assertThat(PopulationBand.of(49_999L)).isEqualTo(PopulationBand.FROM_10000_TO_50000);
    assertThat(PopulationBand.of(50_000L)).isEqualTo(PopulationBand.FROM_50000_TO_200000);
    assertThat(PopulationBand.of(200_000L)).isEqualTo(PopulationBand.FROM_200000);
    assertThat(PopulationBand.of(Long.MAX_VALUE)).isEqualTo(PopulationBand.FROM_200000);
    assertThat(PopulationBand.of(0L)).isEqualTo(PopulationBand.UNDER_3500);
    assertThat(PopulationBand.of(null)).isEqualTo(PopulationBand.UNKNOWN);
    assertThat(PopulationBand.FROM_10000_TO_50000.under50000()).isTrue();
    assertThat(PopulationBand.FROM_50000_TO_200000.under50000()).isFalse();
    assertThat(PopulationBand.UNKNOWN.under50000()).isNull();
    assertThat(PopulationBand.UNKNOWN.label(Locale.FRENCH)).isEqualTo("Population inconnue");
    assertThatThrownBy(() -> PopulationBand.of(-1L))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`population` must be at least 0, but was -1");
  }

  @Test
  void weights_addUpTo100() {
    assertThat(Arrays.stream(MaturityComponent.values()).mapToInt(MaturityComponent::weight).sum())
        .isEqualTo(100);
  }

  @Test
  void figures_illFormed_areRefusedNamingTheField() {
    assertThatThrownBy(() -> figures("a", null, 1, 0, true, null, null, null, 3, 4, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`agentsTrained` must not exceed `agentsUsingAi` (3), but was 4");
    assertThatThrownBy(() -> figures("a", null, 1, 11, false, null, null, null, null, null, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`partsDocumented` must not exceed `usages × 10` (10), but was 11");
    assertThatThrownBy(() -> figures("a", null, 1, 0, false, true, null, null, null, null, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`charterAdopted` (true) may be given only when `strategyRecorded` is true");
    assertThatThrownBy(() -> figures("a", -1L, 1, 0, false, null, null, null, null, null, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`population` must be at least 0, but was -1");
    AuthorityFigures one = figures("a", null, 1, 0, false, null, null, null, null, null, null);
    assertThatThrownBy(() -> Barometer.fromFigures(List.of(one, one), TODAY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`figures`: authority a is listed twice");
  }

  @Test
  void nullParameters_areRefusedWithTheLibrarysException() {
    assertThatThrownBy(() -> Barometer.of(null, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`register` must not be null");
    assertThatThrownBy(() -> Barometer.of(register(), null, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`clock` must not be null");
    assertThatThrownBy(() -> Barometer.fromFigures(null, TODAY))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Barometer.fromFigures(List.of(), null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`asOf` must not be null");
    assertThatThrownBy(() -> Barometer.of(register(), CLOCK).find(null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> DocumentedPart.count(null)).isInstanceOf(InvalidInputException.class);
  }

  /** Seeded: properties every barometer keeps, over random figures. */
  @Test
  void randomFigures_keepTheBarometersProperties() {
    Random random = new Random(21);
    for (int round = 0; round < 200; round++) {
      List<AuthorityFigures> figures = new ArrayList<>();
      int n = 1 + random.nextInt(12);
      for (int i = 0; i < n; i++) {
        figures.add(randomFigures(random, "a" + i));
      }
      Barometer b = Barometer.fromFigures(figures, TODAY);
      for (AuthorityMaturity m : b.authorities()) {
        int known = 0;
        int unknown = 0;
        for (ComponentScore c : m.components()) {
          if (c.isKnown()) {
            known += c.weight();
          } else {
            unknown++;
          }
        }
        assertThat(m.knownWeight()).isEqualTo(known);
        assertThat(m.unknownComponents()).isEqualTo(unknown);
        if (known == 0) {
          assertThat(m.score()).isNull();
        } else {
          assertThat(m.score()).isBetween(m.floorScore(), new BigDecimal("100.0"));
          if (known == 100) {
            assertThat(m.score()).isEqualByComparingTo(m.floorScore());
          }
        }
      }
      assertThat(b.byBand().stream().mapToLong(BarometerGroup::authorities).sum()).isEqualTo(n);
      assertThat(b.byKind().stream().mapToLong(BarometerGroup::authorities).sum()).isEqualTo(n);
      assertThat(b.bySize().stream().mapToLong(BarometerGroup::authorities).sum())
          .isEqualTo(n - b.band(PopulationBand.UNKNOWN).authorities());
      assertThat(b.overall().authorities()).isEqualTo(n);
      for (ComponentShare s : b.overall().components()) {
        assertThat(s.known() + s.unknown()).isEqualTo(n);
      }
      if (b.overall().scored() > 0) {
        BigDecimal min =
            b.authorities().stream()
                .map(AuthorityMaturity::score)
                .filter(s -> s != null)
                .min(BigDecimal::compareTo)
                .orElseThrow();
        BigDecimal max =
            b.authorities().stream()
                .map(AuthorityMaturity::score)
                .filter(s -> s != null)
                .max(BigDecimal::compareTo)
                .orElseThrow();
        assertThat(b.overall().medianScore()).isBetween(min, max);
        assertThat(b.overall().meanScore()).isBetween(min, max);
      }
      // The same figures in another order give the same barometer.
      List<AuthorityFigures> shuffled = new ArrayList<>(figures);
      java.util.Collections.shuffle(shuffled, random);
      assertThat(Barometer.fromFigures(shuffled, TODAY)).isEqualTo(b);
    }
  }

  static AuthorityFigures randomFigures(Random random, String name) {
    long usages = random.nextInt(4);
    boolean strategy = random.nextBoolean();
    Integer usingAi = strategy && random.nextBoolean() ? random.nextInt(50) : null;
    Set<Theme> themes = EnumSet.noneOf(Theme.class);
    for (int t = 0; t < usages; t++) {
      if (random.nextBoolean()) {
        themes.add(Theme.values()[random.nextInt(Theme.values().length)]);
      }
    }
    return new AuthorityFigures(
        name,
        AuthorityKind.values()[random.nextInt(AuthorityKind.values().length)],
        random.nextBoolean() ? null : (long) random.nextInt(400_000),
        usages,
        usages == 0 ? 0 : random.nextInt((int) usages * 10 + 1),
        themes,
        strategy,
        strategy ? random.nextBoolean() : null,
        strategy && random.nextBoolean() ? random.nextBoolean() : null,
        strategy && random.nextBoolean() ? random.nextInt(3) : null,
        usingAi,
        usingAi == null ? null : random.nextInt(usingAi + 1),
        random.nextBoolean() ? null : random.nextBoolean());
  }

  private static AuthorityFigures figures(
      String name,
      Long population,
      long usages,
      long parts,
      boolean strategy,
      Boolean charter,
      Boolean committee,
      Integer indicators,
      Integer usingAi,
      Integer trained,
      Boolean ledger) {
    return new AuthorityFigures(
        name,
        AuthorityKind.COMMUNE,
        population,
        usages,
        parts,
        Set.of(),
        strategy,
        charter,
        committee,
        indicators,
        usingAi,
        trained,
        ledger);
  }
}
