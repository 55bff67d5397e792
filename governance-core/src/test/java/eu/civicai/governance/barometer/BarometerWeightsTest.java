package eu.civicai.governance.barometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.org.AuthorityKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 21: the barometer's weights, overridable by the caller and validated. */
class BarometerWeightsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  @Test
  void defaults_areTheComponentsOwnWeights_summingTo100() {
    BarometerWeights w = BarometerWeights.defaults();
    for (MaturityComponent c : MaturityComponent.values()) {
      assertThat(w.weight(c)).as(c.name()).isEqualTo(c.weight());
    }
    assertThat(w.total()).isEqualTo(100);
    assertThat(w.isDefault()).isTrue();
    assertThat(w.with(MaturityComponent.LEDGER_KEPT, 10)).isEqualTo(w);
    assertThat(w.with(MaturityComponent.LEDGER_KEPT, 11).isDefault()).isFalse();
  }

  @Test
  void customWeights_scoreOverTheKnownComponents() {
    // Charter known (yes), committee known (no), usages half documented; the rest unknown.
    AuthorityFigures f =
        new AuthorityFigures(
            "Commune",
            AuthorityKind.COMMUNE,
            2_000L,
            2,
            10,
            Set.of(),
            true,
            true,
            false,
            null,
            null,
            null,
            null);
    BarometerWeights w =
        BarometerWeights.defaults()
            .with(MaturityComponent.USAGES_DOCUMENTED, 50)
            .with(MaturityComponent.CHARTER_ADOPTED, 30)
            .with(MaturityComponent.COMMITTEE_ACTIVE, 20);
    Barometer b = Barometer.fromFigures(List.of(f), TODAY, w);
    AuthorityMaturity m = b.authorities().get(0);
    // (50 × 0.5 + 30 × 1 + 20 × 0) / (50 + 30 + 20) = 55 / 100
    assertThat(m.score()).isEqualByComparingTo("55.0");
    assertThat(m.knownWeight()).isEqualTo(100);
    assertThat(m.component(MaturityComponent.CHARTER_ADOPTED).weight()).isEqualTo(30);
    // Floor: 55 points over the total of 50 + 30 + 20 + 15 + 20 + 10 = 145
    assertThat(m.floorScore()).isEqualByComparingTo("37.9");
    assertThat(b.weights()).isEqualTo(w);
    // The defaults give another score: (25 × 0.5 + 15) / 55 = 50.0
    assertThat(Barometer.fromFigures(List.of(f), TODAY).authorities().get(0).score())
        .isEqualByComparingTo("50.0");
  }

  @Test
  void zeroWeight_movesNoScore_andKnownComponentsOfZeroWeightGiveNoScore() {
    AuthorityFigures f =
        new AuthorityFigures(
            "Commune",
            AuthorityKind.COMMUNE,
            null,
            1,
            10,
            Set.of(),
            true,
            false,
            null,
            null,
            null,
            null,
            null);
    BarometerWeights onlyCharter = BarometerWeights.of(weights(0, 1, 0, 0, 0, 0));
    assertThat(Barometer.fromFigures(List.of(f), TODAY, onlyCharter).authorities().get(0).score())
        .isEqualByComparingTo("0.0");
    BarometerWeights onlyTraining = BarometerWeights.of(weights(0, 0, 0, 0, 1, 0));
    AuthorityMaturity m =
        Barometer.fromFigures(List.of(f), TODAY, onlyTraining).authorities().get(0);
    assertThat(m.score()).isNull();
    assertThat(m.knownWeight()).isZero();
    assertThat(m.floorScore()).isEqualByComparingTo("0.0");
  }

  /** Seeded: a score is the weighted mean of the known values, whatever the weights. */
  @Test
  void seeded_scoreIsTheWeightedMeanOfKnownValues() {
    Random random = new Random(2121);
    for (int round = 0; round < 200; round++) {
      int[] raw = new int[6];
      for (int i = 0; i < 6; i++) {
        raw[i] = random.nextInt(5) == 0 ? 0 : random.nextInt(BarometerWeights.MAX_WEIGHT + 1);
      }
      raw[random.nextInt(6)] = 1 + random.nextInt(100);
      BarometerWeights w = BarometerWeights.of(weights(raw));
      List<AuthorityFigures> figures = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        figures.add(BarometerTest.randomFigures(random, "a" + i));
      }
      for (AuthorityMaturity m : Barometer.fromFigures(figures, TODAY, w).authorities()) {
        BigDecimal points = BigDecimal.ZERO;
        int known = 0;
        for (ComponentScore c : m.components()) {
          assertThat(c.weight()).isEqualTo(w.weight(c.component()));
          if (c.isKnown()) {
            known += c.weight();
            points = points.add(c.value().multiply(BigDecimal.valueOf(c.weight())));
          }
        }
        assertThat(m.knownWeight()).isEqualTo(known);
        if (known == 0) {
          assertThat(m.score()).isNull();
        } else {
          assertThat(m.score())
              .isEqualByComparingTo(
                  points
                      .multiply(BigDecimal.valueOf(100))
                      .divide(BigDecimal.valueOf(known), 1, RoundingMode.HALF_UP));
        }
      }
    }
  }

  @Test
  void invalidWeights_areRefusedNamingTheComponentAndValue_inFrenchAndEnglish() {
    InvalidInputException negative =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            InvalidInputException.class,
            () -> BarometerWeights.defaults().with(MaturityComponent.AGENTS_TRAINED, -5));
    assertThat(negative.field()).isEqualTo("weights.AGENTS_TRAINED");
    assertThat(negative.getMessage())
        .isEqualTo("`weights.AGENTS_TRAINED` must be at least 0, but was -5");
    assertThat(negative.message(Locale.FRENCH))
        .isEqualTo("`weights.AGENTS_TRAINED` doit valoir au moins 0, mais valait -5");
    assertThatThrownBy(() -> BarometerWeights.defaults().with(MaturityComponent.LEDGER_KEPT, 1001))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`weights.LEDGER_KEPT` must be at most 1000, but was 1001");
    Map<MaturityComponent, Integer> missing = new EnumMap<>(MaturityComponent.class);
    missing.putAll(BarometerWeights.defaults().asMap());
    missing.remove(MaturityComponent.COMMITTEE_ACTIVE);
    assertThatThrownBy(() -> BarometerWeights.of(missing))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`weights.COMMITTEE_ACTIVE` must not be null");
    InvalidInputException zero =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            InvalidInputException.class, () -> BarometerWeights.of(weights(0, 0, 0, 0, 0, 0)));
    assertThat(zero.getMessage()).startsWith("`weights`: at least one weight must be above 0");
    assertThat(zero.message(Locale.FRENCH))
        .startsWith("`weights` : au moins un poids doit être supérieur à 0");
    assertThatThrownBy(() -> BarometerWeights.of(null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> BarometerWeights.defaults().with(null, 1))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Barometer.fromFigures(List.of(), TODAY, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`weights` must not be null");
    assertThatThrownBy(() -> new ComponentScore(MaturityComponent.LEDGER_KEPT, null, -1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`weight` must be at least 0, but was -1");
  }

  @Test
  void asMap_isUnmodifiable_andWeightsAreValues() {
    BarometerWeights w = BarometerWeights.defaults().with(MaturityComponent.AGENTS_TRAINED, 30);
    assertThatThrownBy(() -> w.asMap().put(MaturityComponent.AGENTS_TRAINED, 1))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(BarometerWeights.of(w.asMap())).isEqualTo(w).hasSameHashCodeAs(w);
    assertThat(w.total()).isEqualTo(110);
    assertThat(w.toString()).contains("AGENTS_TRAINED=30");
  }

  private static Map<MaturityComponent, Integer> weights(int... values) {
    Map<MaturityComponent, Integer> m = new EnumMap<>(MaturityComponent.class);
    for (MaturityComponent c : MaturityComponent.values()) {
      m.put(c, values[c.ordinal()]);
    }
    return m;
  }
}
