package eu.civicai.governance.charters;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.Finding;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.charter.Verdict;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiActProfile;
import eu.civicai.governance.usage.AiActRole;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.AnnexIiiPoint;
import eu.civicai.governance.usage.Answer;
import eu.civicai.governance.usage.Article2Exclusion;
import eu.civicai.governance.usage.ProhibitedPractice;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The AI Act charter: each paragraph on its date, for the authority in its role (issue 15). */
class AiActObligationsCharterTest {
  private static final Authority COMMUNE = Authority.of("Commune", AuthorityKind.COMMUNE);
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static Map<ProhibitedPractice, Boolean> screening(ProhibitedPractice done) {
    Map<ProhibitedPractice, Boolean> answers = new EnumMap<>(ProhibitedPractice.class);
    for (ProhibitedPractice p : ProhibitedPractice.values()) {
      answers.put(p, p == done);
    }
    return answers;
  }

  private static AiUsage usage(UnaryOperator<AiActProfile.Builder> edit) {
    return AiUsage.builder("u")
        .name("Usage")
        .authority(COMMUNE)
        .aiAct(
            a ->
                edit.apply(
                    a.role(AiActRole.DEPLOYER)
                        .aiSystem(Answer.YES)
                        .article2Exclusion(Article2Exclusion.NONE)
                        .annexIProductSafetyComponent(Answer.NO)
                        .annexIiiPoint(AnnexIiiPoint.NONE)
                        .emotionRecognitionOrBiometricCategorisation(Answer.NO)
                        .prohibitedPractices(screening(null))))
        .decision(
            d ->
                d.profiling(false)
                    .interactsWithPublic(false)
                    .generatesContent(false)
                    .concernsIndividuals(false))
        .build();
  }

  private static EvaluationReport evaluate(AiUsage usage, LocalDate day) {
    Clock clock = Clock.fixed(day.atTime(12, 0).atZone(PARIS).toInstant(), PARIS);
    return CharterEvaluator.of(BuiltInCharters.aiActDeployer())
        .evaluate(usage, EvaluationContext.of(clock, Locale.ENGLISH))
        .get(0);
  }

  private static Outcome outcome(EvaluationReport report, String criterion) {
    return report.findings().stream()
        .filter(f -> f.criterionId().equals(criterion))
        .map(Finding::outcome)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void waterLeakDetector_pointTwo_isNeverAskedToRegisterOrAssessFundamentalRights() {
    AiUsage leaks =
        usage(
            a ->
                a.annexIiiPoint(AnnexIiiPoint.P2)
                    .criticalInfrastructureSafetyComponent(Answer.YES)
                    .logRetentionMonths(12));

    EvaluationReport report = evaluate(leaks, LocalDate.of(2028, 1, 3));

    assertThat(outcome(report, "aiact.registration")).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(report, "aiact.fria")).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(report, "aiact.registration-checked")).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(report, "aiact.explanation")).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(report, "aiact.logs")).isEqualTo(Outcome.SATISFIED);
    assertThat(outcome(report, "aiact.use-per-instructions")).isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void annexIiiDuties_beforeTheirDate_areNotDemanded_andAfterItAre() {
    AiUsage benefits = usage(a -> a.annexIiiPoint(AnnexIiiPoint.P5_A).logRetentionMonths(3));

    EvaluationReport december2026 = evaluate(benefits, LocalDate.of(2026, 12, 1));
    EvaluationReport january2028 = evaluate(benefits, LocalDate.of(2028, 1, 3));

    assertThat(outcome(december2026, "aiact.fria")).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(december2026, "aiact.logs")).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(january2028, "aiact.fria")).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(outcome(january2028, "aiact.registration")).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(outcome(january2028, "aiact.logs")).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void roleUnanswered_makesTheHighRiskDutiesUnknown_notInapplicable() {
    AiUsage benefits = usage(a -> a.role(null).annexIiiPoint(AnnexIiiPoint.P5_A));

    EvaluationReport report = evaluate(benefits, LocalDate.of(2028, 1, 3));

    assertThat(outcome(report, "aiact.fria")).isEqualTo(Outcome.UNKNOWN);
    assertThat(outcome(report, "aiact.oversight-assigned")).isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void prohibitedPractice_isNonCompliant_whateverElseItDoes() {
    AiUsage scoring =
        usage(a -> a.prohibitedPractices(screening(ProhibitedPractice.SOCIAL_SCORING)));

    EvaluationReport report = evaluate(scoring, LocalDate.of(2026, 12, 1));

    assertThat(outcome(report, "aiact.not-prohibited")).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(report.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
  }

  @Test
  void screeningUnanswered_leavesNoProhibitedPracticeUnknown_notSatisfied() {
    AiUsage unscreened = usage(a -> a.prohibitedPractices(Map.of()));

    EvaluationReport report = evaluate(unscreened, LocalDate.of(2026, 12, 1));

    assertThat(outcome(report, "aiact.not-prohibited")).isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void notAnAiSystem_getsNoDuty_notEvenLiteracy() {
    AiUsage lottery = usage(a -> a.aiSystem(Answer.NO).annexIiiPoint(AnnexIiiPoint.P5_A));

    EvaluationReport report = evaluate(lottery, LocalDate.of(2028, 1, 3));

    assertThat(outcome(report, "aiact.literacy")).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(report, "aiact.fria")).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void draftingAssistant_reviewedUnderEditorialResponsibility_owesNoArticle50Duty() {
    AiUsage drafts =
        usage(
                a ->
                    a.deepFake(Answer.NO)
                        .publicInterestText(Answer.YES)
                        .editorialResponsibility(Answer.YES))
            .toBuilder()
            .decision(d -> d.generatesContent(true).contentMarked(false))
            .build();

    EvaluationReport report = evaluate(drafts, LocalDate.of(2026, 12, 1));

    assertThat(outcome(report, "aiact.disclose-generated")).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(report, "aiact.mark-content")).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void charterVersion_carriesTheRuleSet() {
    assertThat(BuiltInCharters.aiActDeployer().version())
        .endsWith(AiActClassifier.RULE_SET_VERSION);
    assertThat(BuiltInCharters.aiActDeployer().source()).contains("2026/1744");
    assertThat(BuiltInCharters.aiActDeployer().criteria())
        .allSatisfy(c -> assertThat(c.references()).allMatch(r -> r.matches("AI Act Art\\. .*")));
  }
}
