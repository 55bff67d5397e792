package eu.civicai.governance.charters;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Samples;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the compass does not tell a committee to reconsider a usage whose record is merely
 * incomplete. An axis low because of unknown criteria asks for the record to be completed; an axis
 * low because of criteria not satisfied still asks to reconsider.
 */
class CompassIssue20Test {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-27T16:00:00Z"), ZoneId.of("Europe/Paris"));
  private static final CharterEvaluator COMPASS = CharterEvaluator.of(BuiltInCharters.compass());

  private static EvaluationReport evaluate(AiUsage usage) {
    return COMPASS.evaluate(usage, EvaluationContext.of(CLOCK, Locale.FRENCH)).get(0);
  }

  private static AiUsage.Builder bare() {
    return AiUsage.builder("u").name("U").authority(Authority.of("A", AuthorityKind.COMMUNE));
  }

  @Test
  void recommend_wholePartsMissing_completeFirst() {
    EvaluationReport r = evaluate(bare().build());
    // the axes are low: but mostly unknown, not failed
    assertThat(r.principles()).anySatisfy(p -> assertThat(p.score()).isLessThan(34));
    assertThat(r.principles()).allSatisfy(p -> assertThat(p.unknown()).isPositive());
    assertThat(Compass.recommend(r)).isEqualTo(Compass.COMPLETE_FIRST);
    assertThat(Compass.COMPLETE_FIRST.label(Locale.FRENCH)).isEqualTo("À compléter");
    assertThat(Compass.COMPLETE_FIRST.label(Locale.UK)).isEqualTo("Complete first");
  }

  @Test
  void recommend_partsFilledButFailing_reconsider() {
    // The purpose part is there, without a goal or an audience: utility fails, known.
    EvaluationReport r = evaluate(bare().purpose(p -> p.whyAi("Parce que.")).build());
    // two of utility's three criteria fail, known: even answered, the third leaves it at 33 %
    assertThat(r.principles().get(0).notSatisfied()).isEqualTo(2);
    assertThat(r.principles().get(0).satisfied() + r.principles().get(0).unknown()).isEqualTo(1);
    assertThat(Compass.recommend(r)).isEqualTo(Compass.RECONSIDER);
  }

  @Test
  void recommend_fullRecord_unchanged() {
    assertThat(Compass.recommend(evaluate(Samples.fullUsage())))
        .isIn(Compass.PROCEED, Compass.PROCEED_WITH_CONDITIONS);
  }
}
