package eu.civicai.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, tests that kill mutants: the score of a principle is the share of applicable criteria
 * satisfied, rounded down, where unknown criteria count as applicable and waived or not applicable
 * ones do not.
 */
class Issue18PrincipleScoreTest {

  private static int score(int satisfied, int notSatisfied, int unknown, int na, int waived) {
    return new PrincipleScore("p", "P", satisfied, notSatisfied, unknown, na, waived).score();
  }

  @Test
  void score_isTheShareSatisfied_roundedDown() {
    assertThat(score(1, 2, 0, 0, 0)).isEqualTo(33);
    assertThat(score(2, 1, 0, 0, 0)).isEqualTo(66);
    assertThat(score(3, 1, 0, 0, 0)).isEqualTo(75);
    assertThat(score(1, 6, 0, 0, 0)).isEqualTo(14);
  }

  @Test
  void score_countsUnknownCriteriaAsApplicable() {
    assertThat(score(1, 0, 2, 0, 0)).isEqualTo(33);
    assertThat(score(1, 1, 2, 0, 0)).isEqualTo(25);
  }

  @Test
  void score_leavesOutWaivedAndNotApplicableCriteria() {
    assertThat(score(1, 1, 0, 7, 9)).isEqualTo(50);
    assertThat(score(0, 0, 0, 4, 3)).isEqualTo(100);
  }

  @Test
  void score_isAHundred_whenNothingApplies_andZero_whenNothingIsSatisfied() {
    assertThat(score(0, 0, 0, 0, 0)).isEqualTo(100);
    assertThat(score(4, 0, 0, 0, 0)).isEqualTo(100);
    assertThat(score(0, 3, 0, 0, 0)).isZero();
    assertThat(score(0, 0, 1, 0, 0)).isZero();
  }

  @Test
  void principleScore_requiresItsIdAndTitle() {
    assertThatThrownBy(() -> new PrincipleScore(null, "P", 0, 0, 0, 0, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`principleId` must not be null");
    assertThatThrownBy(() -> new PrincipleScore("p", null, 0, 0, 0, 0, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`title` must not be null");
  }
}
