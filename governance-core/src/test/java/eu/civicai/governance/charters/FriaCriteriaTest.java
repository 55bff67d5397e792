package eu.civicai.governance.charters;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.Finding;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiActRole;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.AnnexIiiPoint;
import eu.civicai.governance.usage.Answer;
import eu.civicai.governance.usage.Article2Exclusion;
import eu.civicai.governance.usage.FundamentalRightsAssessment;
import eu.civicai.governance.usage.ProhibitedPractice;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 23: the AI Act charter reads whether the FRIA exists, is complete, current, notified. */
class FriaCriteriaTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final LocalDate JANUARY_2028 = LocalDate.of(2028, 1, 3);

  private static AiUsage benefits(FundamentalRightsAssessment fria, String reference) {
    Map<ProhibitedPractice, Boolean> none = new EnumMap<>(ProhibitedPractice.class);
    for (ProhibitedPractice p : ProhibitedPractice.values()) {
      none.put(p, false);
    }
    return AiUsage.builder("aides-sociales")
        .name("Instruction des aides facultatives")
        .authority(Authority.of("CCAS", AuthorityKind.COMMUNE))
        .aiAct(
            a ->
                a.role(AiActRole.DEPLOYER)
                    .aiSystem(Answer.YES)
                    .article2Exclusion(Article2Exclusion.NONE)
                    .annexIProductSafetyComponent(Answer.NO)
                    .annexIiiPoint(AnnexIiiPoint.P5_A)
                    .emotionRecognitionOrBiometricCategorisation(Answer.NO)
                    .prohibitedPractices(none)
                    .friaReference(reference)
                    .fria(fria))
        .decision(d -> d.profiling(false).interactsWithPublic(false).generatesContent(false))
        .build();
  }

  private static FundamentalRightsAssessment fria() {
    return FundamentalRightsAssessment.builder(1, LocalDate.of(2027, 11, 1))
        .processes("Instruction")
        .periodAndFrequency("Toute l'année")
        .affectedCategories("Demandeurs d'aide")
        .risksOfHarm("Refus injustifié")
        .oversightMeasures("Un agent valide chaque proposition")
        .measuresIfRisksMaterialise("Réexamen manuel")
        .governanceAndComplaints("Recours gracieux auprès du CCAS")
        .notified(LocalDate.of(2027, 11, 20), "MSA-1")
        .nextReviewOn(LocalDate.of(2028, 11, 1))
        .build();
  }

  private static Map<String, Outcome> outcomes(AiUsage usage, LocalDate day) {
    Clock clock = Clock.fixed(day.atTime(12, 0).atZone(PARIS).toInstant(), PARIS);
    EvaluationReport report =
        CharterEvaluator.of(BuiltInCharters.aiActDeployer())
            .evaluate(usage, EvaluationContext.of(clock, java.util.Locale.ENGLISH))
            .get(0);
    Map<String, Outcome> out = new java.util.TreeMap<>();
    for (Finding f : report.findings()) {
      if (f.criterionId().startsWith("aiact.fria")) {
        out.put(f.criterionId(), f.outcome());
      }
    }
    return out;
  }

  @Test
  void completeCurrentNotifiedAssessment_satisfiesEveryFriaCriterion() {
    assertThat(outcomes(benefits(fria(), null), JANUARY_2028))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "aiact.fria", Outcome.SATISFIED,
                "aiact.fria-complete", Outcome.SATISFIED,
                "aiact.fria-current", Outcome.SATISFIED,
                "aiact.fria-notified", Outcome.SATISFIED));
  }

  @Test
  void noAssessment_failsEveryFriaCriterion() {
    assertThat(outcomes(benefits(null, null), JANUARY_2028).values())
        .hasSize(4)
        .containsOnly(Outcome.NOT_SATISFIED);
  }

  @Test
  void referenceOnly_existsButWhatItSaysIsUnknown() {
    assertThat(outcomes(benefits(null, "AIDF-2027-1"), JANUARY_2028))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "aiact.fria", Outcome.SATISFIED,
                "aiact.fria-complete", Outcome.UNKNOWN,
                "aiact.fria-current", Outcome.UNKNOWN,
                "aiact.fria-notified", Outcome.UNKNOWN));
  }

  @Test
  void incompleteOutdatedUnnotified_assessment_failsThoseCriteria() {
    FundamentalRightsAssessment partial =
        fria().toBuilder().risksOfHarm(java.util.List.of()).notified(null, null).build();
    Map<String, Outcome> out = outcomes(benefits(partial, null), LocalDate.of(2029, 1, 3));
    assertThat(out)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "aiact.fria", Outcome.SATISFIED,
                "aiact.fria-complete", Outcome.NOT_SATISFIED,
                "aiact.fria-current", Outcome.NOT_SATISFIED,
                "aiact.fria-notified", Outcome.NOT_SATISFIED));
  }

  @Test
  void beforeTheHighRiskDate_noFriaCriterionApplies() {
    assertThat(outcomes(benefits(null, null), LocalDate.of(2026, 12, 1)).values())
        .containsOnly(Outcome.NOT_APPLICABLE);
  }
}
