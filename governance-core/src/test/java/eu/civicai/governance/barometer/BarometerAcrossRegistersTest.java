package eu.civicai.governance.barometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.Siren;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.usage.Theme;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: authorities keyed by SIREN (two Saint-Martin are two authorities), and the barometer
 * over several registers (the tenants of a store) by merging their figures.
 */
class BarometerAcrossRegistersTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneId.of("Europe/Paris"));
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  private static final Authority MARTIN_A =
      Authority.of("Saint-Martin", AuthorityKind.COMMUNE)
          .withSiren("210100012")
          .withPopulation(1_200);
  private static final Authority MARTIN_B =
      Authority.of("Saint-Martin", AuthorityKind.COMMUNE)
          .withSiren("210200010")
          .withPopulation(14_000);
  private static final Authority NO_SIREN = Authority.of("Saint-Martin", AuthorityKind.COMMUNE);

  @Test
  void twoAuthoritiesOfOneName_withTwoSirens_areTwo_andOneWithoutSirenIsAThird() {
    Register r = Register.inMemory(CLOCK);
    r.add(BarometerTest.usage("sm-a", MARTIN_A, 10, Theme.MOBILITY));
    r.add(BarometerTest.usage("sm-b", MARTIN_B, 2, Theme.MOBILITY));
    r.add(BarometerTest.usage("sm-c", NO_SIREN, 4, null));
    Barometer b = Barometer.of(r, CLOCK);

    assertThat(b.authorities()).hasSize(3);
    assertThat(b.authorities())
        .extracting(m -> m.figures().key())
        .containsExactly("name:Saint-Martin", "siren:210100012", "siren:210200010");
    AuthorityMaturity a = b.findBySiren(Siren.of("210100012")).orElseThrow();
    assertThat(a.band()).isEqualTo(PopulationBand.UNDER_3500);
    assertThat(a.score()).isEqualByComparingTo("100.0");
    AuthorityMaturity other = b.findBySiren(Siren.of("210200010")).orElseThrow();
    assertThat(other.band()).isEqualTo(PopulationBand.FROM_10000_TO_50000);
    assertThat(other.score()).isEqualByComparingTo("20.0");
    assertThat(b.find("Saint-Martin").orElseThrow().figures().siren()).isNull();
  }

  @Test
  void recordWithoutSiren_joinsTheOneSirenOfItsName_inTheSameRegister() {
    Register r = Register.inMemory(CLOCK);
    r.add(BarometerTest.usage("sm-a", MARTIN_A, 10, null));
    r.add(BarometerTest.usage("sm-c", NO_SIREN, 4, null));
    r.putStrategy(Strategy.builder(NO_SIREN).charterAdoptedOn(LocalDate.of(2026, 1, 5)).build());
    Barometer b = Barometer.of(r, CLOCK);

    // One Saint-Martin states a SIREN: the records of that name without one are its own.
    assertThat(b.authorities()).hasSize(1);
    AuthorityFigures f = b.authorities().get(0).figures();
    assertThat(f.siren()).isEqualTo(Siren.of("210100012"));
    assertThat(f.usages()).isEqualTo(2);
    assertThat(f.partsDocumented()).isEqualTo(14);
    assertThat(f.charterAdopted()).isTrue();
    // The strategy leads: its authority states no population, the first usage's does.
    assertThat(f.population()).isEqualTo(1_200L);
  }

  @Test
  void strategyWithTheSiren_joinsTheUsagesOfThatSiren_whateverTheName() {
    Register r = Register.inMemory(CLOCK);
    r.add(BarometerTest.usage("sm-a", MARTIN_A, 10, null));
    Authority renamed =
        Authority.of("Commune de Saint-Martin", AuthorityKind.COMMUNE).withSiren("210100012");
    r.putStrategy(Strategy.builder(renamed).charterAdoptedOn(LocalDate.of(2026, 1, 5)).build());
    Barometer b = Barometer.of(r, CLOCK);

    assertThat(b.authorities()).hasSize(1);
    AuthorityMaturity m = b.authorities().get(0);
    // Name and kind from the strategy, the population from the usage (the strategy states none).
    assertThat(m.authorityName()).isEqualTo("Commune de Saint-Martin");
    assertThat(m.figures().population()).isEqualTo(1_200L);
    assertThat(m.figures().usages()).isEqualTo(1);
    assertThat(m.component(MaturityComponent.CHARTER_ADOPTED).value()).isEqualByComparingTo("1");
  }

  @Test
  void merge_oneAuthorityInTwoRegisters_addsItsUsages_andTheStrategyLeads() {
    Register commune = Register.inMemory(CLOCK);
    commune.add(BarometerTest.usage("sm-1", MARTIN_A, 10, Theme.MOBILITY));
    Register epci = Register.inMemory(CLOCK);
    epci.add(BarometerTest.usage("sm-2", MARTIN_A, 0, null));
    epci.putStrategy(
        Strategy.builder(MARTIN_A.withPopulation(1_300))
            .charterAdoptedOn(LocalDate.of(2025, 6, 1))
            .build());
    epci.add(BarometerTest.usage("other", MARTIN_B, 5, Theme.ECOLOGICAL_TRANSITION));
    List<AuthorityFigures> all = new ArrayList<>(Barometer.figures(commune, null, TODAY));
    all.addAll(Barometer.figures(epci, null, TODAY));

    List<AuthorityFigures> merged = Barometer.merge(all);

    assertThat(merged).hasSize(2);
    AuthorityFigures a = merged.get(0);
    assertThat(a.siren()).isEqualTo(Siren.of("210100012"));
    assertThat(a.usages()).isEqualTo(2);
    assertThat(a.partsDocumented()).isEqualTo(10);
    assertThat(a.themes()).containsExactly(Theme.MOBILITY);
    assertThat(a.strategyRecorded()).isTrue();
    assertThat(a.charterAdopted()).isTrue();
    assertThat(a.population()).isEqualTo(1_300L);
    assertThat(merged.get(1)).isEqualTo(Barometer.figures(epci, null, TODAY).get(1));
    // Unmerged, the same key twice is refused: merging is the caller's explicit choice.
    assertThatThrownBy(() -> Barometer.fromFigures(all, TODAY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`figures`: authority Saint-Martin (SIREN 210100012) is listed twice");
  }

  @Test
  void merge_ledgerKept_isKnownWhenOneKnows_andTrueWhenOneRecordsAUse() {
    AuthorityFigures no = ledger(Boolean.FALSE);
    AuthorityFigures yes = ledger(Boolean.TRUE);
    AuthorityFigures unknown = ledger(null);
    assertThat(Barometer.merge(List.of(no, unknown)).get(0).ledgerKept()).isFalse();
    assertThat(Barometer.merge(List.of(unknown, yes, no)).get(0).ledgerKept()).isTrue();
    assertThat(Barometer.merge(List.of(unknown, unknown)).get(0).ledgerKept()).isNull();
    assertThat(Barometer.merge(List.of(no, no)).get(0).usages()).isEqualTo(2);
  }

  /** Seeded: merging figures with distinct keys changes nothing, in any order. */
  @Test
  void seeded_mergeOfDistinctKeys_isTheIdentity_andItsBarometerIgnoresOrder() {
    Random random = new Random(21);
    for (int round = 0; round < 50; round++) {
      List<AuthorityFigures> figures = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        figures.add(BarometerTest.randomFigures(random, "a" + i));
      }
      Barometer b = Barometer.fromFigures(figures, TODAY);
      List<AuthorityFigures> shuffled = new ArrayList<>(figures);
      Collections.shuffle(shuffled, random);
      assertThat(Barometer.merge(shuffled))
          .containsExactlyElementsOf(b.authorities().stream().map(m -> m.figures()).toList());
      assertThat(Barometer.fromFigures(Barometer.merge(shuffled), TODAY)).isEqualTo(b);
    }
  }

  private static AuthorityFigures ledger(Boolean kept) {
    return new AuthorityFigures(
        "Saint-Martin",
        Siren.of("210100012"),
        AuthorityKind.COMMUNE,
        null,
        1,
        0,
        Set.of(),
        false,
        null,
        null,
        null,
        null,
        null,
        kept);
  }
}
