package eu.civicai.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.InvalidDefinitionException;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiUsage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "Honest verdicts": the verdict follows from blocking failures, major failures and a
 * minimum score, so that a usage meeting none of a charter's criteria is never "compliant with
 * reservations".
 */
class Issue15VerdictTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
  private static final AiUsage EMPTY =
      AiUsage.builder("registre-vide")
          .name("Usage à peine décrit")
          .authority(Authority.of("Valmont", AuthorityKind.COMMUNE))
          .build();

  @Test
  void emptyRecord_isNeverCompliantWithReservationsBelowTheMinimum_onAnyBuiltInCharter() {
    CharterEvaluator evaluator = CharterEvaluator.of(BuiltInCharters.all());

    for (EvaluationReport report :
        evaluator.evaluate(EMPTY, EvaluationContext.of(CLOCK, Locale.FRENCH))) {
      if (report.verdict() == Verdict.COMPLIANT_WITH_RESERVATIONS
          || report.verdict() == Verdict.COMPLIANT) {
        assertThat(report.score()).as(report.charterId()).isGreaterThanOrEqualTo(50);
        assertThat(report.majorScore()).as(report.charterId()).isGreaterThanOrEqualTo(50);
      }
    }
    // The frugal AI charter was "Conforme avec réserves (0 %)" on this record.
    EvaluationReport frugal =
        evaluator.evaluate(EMPTY, EvaluationContext.of(CLOCK, Locale.FRENCH)).stream()
            .filter(r -> r.charterId().equals("civicai.frugal-ai"))
            .findFirst()
            .orElseThrow();
    assertThat(frugal.score()).isLessThan(50);
    assertThat(frugal.verdict()).isIn(Verdict.INCOMPLETE, Verdict.NON_COMPLIANT);
  }

  @Test
  void workedExample_ofTheJavadoc_isIncomplete_thenNonCompliant() {
    // 13 criteria: 2 satisfied (1 major), 4 not (2 major), 7 unknown (2 major).
    Charter charter = charter(null, 1, 2, 2, 1, 2, 5);
    EvaluationReport report = evaluate(charter);

    assertThat(report.score()).isEqualTo(15);
    assertThat(report.majorScore()).isEqualTo(20);
    assertThat(report.verdict()).isEqualTo(Verdict.INCOMPLETE);

    // 2 satisfied, 9 not, 2 unknown: 30 % at best.
    EvaluationReport worse = evaluate(charter(null, 1, 2, 2, 1, 7, 0));
    assertThat(worse.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
  }

  @Test
  void noCriterionMet_withNothingUnknown_isNonCompliant_notCompliantWithReservations() {
    EvaluationReport report = evaluate(charter(null, 0, 3, 0, 0, 4, 0));

    assertThat(report.score()).isZero();
    assertThat(report.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(report.blocking()).isEmpty();
  }

  @Test
  void majorFailures_belowTheMinimum_makeNonCompliant_evenWhenMinorOnesLiftTheScore() {
    // 1 major satisfied, 3 major not; 6 minor satisfied: score 70 %, major score 25 %.
    EvaluationReport report = evaluate(charter(null, 1, 3, 0, 6, 0, 0));

    assertThat(report.score()).isEqualTo(70);
    assertThat(report.majorScore()).isEqualTo(25);
    assertThat(report.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
  }

  @Test
  void aboveTheMinimum_unmetAndUnknownCriteria_areReservations() {
    EvaluationReport report = evaluate(charter(null, 3, 1, 0, 3, 1, 1));

    assertThat(report.verdict()).isEqualTo(Verdict.COMPLIANT_WITH_RESERVATIONS);
    assertThat(evaluate(charter(null, 3, 0, 0, 3, 0, 0)).verdict()).isEqualTo(Verdict.COMPLIANT);
  }

  @Test
  void minimumScore_setInJava_overridesTheDefault() {
    assertThat(charter(null, 0, 0, 0, 1, 3, 0).minimumScoreInForce())
        .isEqualTo(Charter.DEFAULT_MINIMUM_SCORE)
        .isEqualTo(50);
    assertThat(evaluate(charter(1, 0, 0, 0, 1, 3, 0)).verdict())
        .isEqualTo(Verdict.COMPLIANT_WITH_RESERVATIONS);
    // Even the lowest minimum leaves a usage that meets no criterion non-compliant.
    assertThat(evaluate(charter(1, 0, 0, 0, 0, 4, 0)).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(evaluate(charter(20, 0, 0, 0, 1, 3, 0)).verdict())
        .isEqualTo(Verdict.COMPLIANT_WITH_RESERVATIONS);
    assertThat(evaluate(charter(30, 0, 0, 0, 1, 3, 0)).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(evaluate(charter(100, 0, 0, 0, 3, 0, 1)).verdict()).isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void minimumScore_outOfRangeOrSetTwice_isADefinitionError() {
    assertThatThrownBy(() -> Charter.builder("c", "1").minimumScore(101))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessage("`minimumScore` must be a percentage from 1 to 100, but was 101");
    assertThatThrownBy(() -> Charter.builder("c", "1").minimumScore(0))
        .isInstanceOfSatisfying(
            InvalidDefinitionException.class,
            e ->
                assertThat(e.message(Locale.FRENCH))
                    .isEqualTo(
                        "`minimumScore` doit être un pourcentage de 1 à 100, mais valait 0"));
    assertThatThrownBy(() -> Charter.builder("c", "1").minimumScore(40).minimumScore(60))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessage("`minimumScore` is already set (to 40); set it once");
    Charter valid = charter(null, 1, 0, 0, 0, 0, 0);
    assertThatThrownBy(
            () ->
                new Charter(
                    valid.id(),
                    valid.version(),
                    valid.title(),
                    valid.source(),
                    valid.principles(),
                    150))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessage("`minimumScore` must be a percentage from 1 to 100, but was 150");
  }

  /**
   * The rule against its meaning, on seeded random counts: NON_COMPLIANT when every way the unknown
   * criteria could turn out gives a non-compliant usage; INCOMPLETE when some ways do and others do
   * not; otherwise COMPLIANT_WITH_RESERVATIONS or COMPLIANT.
   */
  @Test
  void verdictRule_agreesWithEveryResolutionOfTheUnknownCriteria() {
    Random random = new Random(15_2026);
    for (int run = 0; run < 20_000; run++) {
      int minimum = random.nextInt(5) == 0 ? 1 + random.nextInt(100) : 50;
      int[] t = new int[VerdictRule.TALLY];
      // blocking, major and minor criteria: satisfied, unmet, unknown
      int[][] classes = new int[3][3];
      for (int[] c : classes) {
        for (int k = 0; k < 3; k++) {
          c[k] = random.nextInt(4);
        }
      }
      for (int sev = 0; sev < 3; sev++) {
        Severity severity =
            sev == 0 ? Severity.BLOCKING : sev == 1 ? Severity.MAJOR : Severity.MINOR;
        for (int k = 0; k < 3; k++) {
          Outcome outcome =
              k == 0 ? Outcome.SATISFIED : k == 1 ? Outcome.NOT_SATISFIED : Outcome.UNKNOWN;
          for (int n = 0; n < classes[sev][k]; n++) {
            VerdictRule.count(t, severity, outcome);
          }
        }
      }
      boolean someNon = false;
      boolean someNot = false;
      for (int b = 0; b <= classes[0][2]; b++) {
        for (int m = 0; m <= classes[1][2]; m++) {
          for (int o = 0; o <= classes[2][2]; o++) {
            // b, m, o of the unknown blocking, major, minor criteria turn out satisfied
            boolean non =
                classes[0][1] + classes[0][2] - b > 0
                    || below(
                        minimum,
                        classes[0][0] + classes[1][0] + classes[2][0] + b + m + o,
                        total(classes))
                    || below(
                        minimum, classes[1][0] + m, classes[1][0] + classes[1][1] + classes[1][2]);
            someNon |= non;
            someNot |= !non;
          }
        }
      }
      Verdict expected =
          !someNot
              ? Verdict.NON_COMPLIANT
              : someNon
                  ? Verdict.INCOMPLETE
                  : unmetOrUnknown(classes)
                      ? Verdict.COMPLIANT_WITH_RESERVATIONS
                      : Verdict.COMPLIANT;
      assertThat(VerdictRule.decide(t, minimum))
          .as("run %d, minimum %d, counts %s", run, minimum, java.util.Arrays.deepToString(classes))
          .isEqualTo(expected);
    }
  }

  private static boolean below(int minimum, int satisfied, int total) {
    return total > 0 && satisfied * 100.0 / total < minimum;
  }

  private static int total(int[][] classes) {
    int total = 0;
    for (int[] c : classes) {
      total += c[0] + c[1] + c[2];
    }
    return total;
  }

  private static boolean unmetOrUnknown(int[][] classes) {
    for (int[] c : classes) {
      if (c[1] + c[2] > 0) {
        return true;
      }
    }
    return false;
  }

  private static EvaluationReport evaluate(Charter charter) {
    return CharterEvaluator.of(charter)
        .evaluate(EMPTY, EvaluationContext.of(CLOCK, Locale.ENGLISH))
        .get(0);
  }

  /**
   * A charter whose criteria come out as asked on {@link #EMPTY}: satisfied (always true), not
   * satisfied (never true) or unknown (the goal, absent, is stated).
   */
  private static Charter charter(
      Integer minimum,
      int majorSatisfied,
      int majorUnmet,
      int majorUnknown,
      int minorSatisfied,
      int minorUnmet,
      int minorUnknown) {
    Charter.Builder b = Charter.builder("c", "1").title("C", "C").source("test");
    if (minimum != null) {
      b.minimumScore(minimum);
    }
    return b.principle(
            "p",
            "P",
            "P",
            p -> {
              add(p, Severity.MAJOR, Condition.ALWAYS, majorSatisfied, "ms");
              add(p, Severity.MAJOR, Condition.not(Condition.ALWAYS), majorUnmet, "mu");
              add(p, Severity.MAJOR, PurposeFacts.GOAL.stated(), majorUnknown, "mk");
              add(p, Severity.MINOR, Condition.ALWAYS, minorSatisfied, "ns");
              add(p, Severity.MINOR, Condition.not(Condition.ALWAYS), minorUnmet, "nu");
              add(p, Severity.MINOR, PurposeFacts.GOAL.stated(), minorUnknown, "nk");
            })
        .build();
  }

  private static void add(
      Principle.Builder p, Severity severity, Condition requirement, int n, String prefix) {
    for (int i = 0; i < n; i++) {
      p.criterion(
          prefix + "." + i,
          severity,
          c -> c.title("t", "t").requires(requirement).rationale("r", "r").remediation("m", "m"));
    }
  }
}
