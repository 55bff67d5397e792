package eu.civicai.governance.charters;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.assessment.ImpactQuestionnaires;
import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.Finding;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DpiaStatus;
import eu.civicai.governance.usage.HumanOversight;
import eu.civicai.governance.usage.ImpactAssessment;
import eu.civicai.governance.usage.OversightLevel;
import eu.civicai.governance.usage.QuestionAnswer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 23: the charters read the impact level and the DPIA criteria the answers stored meet. */
class ImpactCriteriaTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static ImpactAssessment answered(String... pairs) {
    List<QuestionAnswer> answers =
        java.util.Arrays.stream(pairs)
            .map(p -> QuestionAnswer.of(p.split("=")[0], p.split("=")[1]))
            .toList();
    return ImpactQuestionnaires.collectivites().assess(answers, LocalDate.of(2026, 11, 1));
  }

  private static AiUsage usage(ImpactAssessment a, OversightLevel level, DpiaStatus dpia) {
    return AiUsage.builder("u")
        .name("Usage")
        .authority(Authority.of("Commune", AuthorityKind.COMMUNE))
        .impacts(i -> i.assessment(a))
        .decision(d -> d.oversight(HumanOversight.builder().level(level).build()))
        .dataUse(d -> d.dpia(dpia))
        .build();
  }

  private static Outcome outcome(Charter charter, AiUsage usage, String id) {
    Clock clock =
        Clock.fixed(LocalDate.of(2026, 12, 1).atTime(12, 0).atZone(PARIS).toInstant(), PARIS);
    return CharterEvaluator.of(charter)
        .evaluate(usage, EvaluationContext.of(clock, Locale.FRENCH))
        .get(0)
        .findings()
        .stream()
        .filter(f -> f.criterionId().equals(id))
        .map(Finding::outcome)
        .findFirst()
        .orElseThrow();
  }

  /** Raw 29 of 36 (80 %), no mitigation: level IV; six WP248 criteria. */
  private static final ImpactAssessment HIGH =
      answered(
          "effet-decision=automatique",
          "droits=oui",
          "reversibilite=irreversibles",
          "duree=durables",
          "volume=plus-10000",
          "vulnerables=oui",
          "donnees=sensibles",
          "notation=oui",
          "explicabilite=non");

  private static final ImpactAssessment LOW = answered("effet-decision=information");

  @Test
  void highLevel_requiresAnAgentInTheLoop_andADecisionOfABody() {
    assertThat(HIGH.level().number()).isEqualTo(4);
    AiUsage onTheLoop = usage(HIGH, OversightLevel.HUMAN_ON_THE_LOOP, DpiaStatus.COMPLETED);
    assertThat(outcome(BuiltInCharters.ethics(), onTheLoop, "oversight.impact-level-human-decides"))
        .isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(outcome(BuiltInCharters.ethics(), onTheLoop, "oversight.impact-level-approval"))
        .isEqualTo(Outcome.UNKNOWN);
    AiUsage inTheLoop = usage(HIGH, OversightLevel.HUMAN_IN_THE_LOOP, DpiaStatus.COMPLETED);
    assertThat(outcome(BuiltInCharters.ethics(), inTheLoop, "oversight.impact-level-human-decides"))
        .isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void lowLevel_orNoQuestionnaire_doesNotDemandTheLevelMeasures() {
    AiUsage low = usage(LOW, OversightLevel.HUMAN_ON_THE_LOOP, null);
    assertThat(outcome(BuiltInCharters.ethics(), low, "oversight.impact-level-human-decides"))
        .isEqualTo(Outcome.NOT_APPLICABLE);
    AiUsage none = usage(null, OversightLevel.HUMAN_ON_THE_LOOP, null);
    assertThat(outcome(BuiltInCharters.ethics(), none, "oversight.impact-level-human-decides"))
        .isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void twoWp248Criteria_demandACompletedDpia() {
    assertThat(HIGH.dpiaRequired()).isTrue();
    assertThat(
            outcome(
                BuiltInCharters.gdprCrpa(),
                usage(HIGH, OversightLevel.HUMAN_IN_THE_LOOP, DpiaStatus.IN_PROGRESS),
                "gdpr.dpia-criteria"))
        .isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(
            outcome(
                BuiltInCharters.gdprCrpa(),
                usage(HIGH, OversightLevel.HUMAN_IN_THE_LOOP, DpiaStatus.COMPLETED),
                "gdpr.dpia-criteria"))
        .isEqualTo(Outcome.SATISFIED);
    assertThat(
            outcome(
                BuiltInCharters.gdprCrpa(),
                usage(LOW, OversightLevel.HUMAN_IN_THE_LOOP, null),
                "gdpr.dpia-criteria"))
        .isEqualTo(Outcome.NOT_APPLICABLE);
  }
}
