package eu.civicai.governance.aiact;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.AnnexIiiArea;
import eu.civicai.governance.usage.Article6Exemption;
import eu.civicai.governance.usage.ProhibitedPractice;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The classifier's decision table, case by case. */
class AiActClassifierTest {
  private static final Authority COMMUNE = Authority.of("Commune", AuthorityKind.COMMUNE);

  private static Map<ProhibitedPractice, Boolean> clear() {
    Map<ProhibitedPractice, Boolean> answers = new EnumMap<>(ProhibitedPractice.class);
    for (ProhibitedPractice p : ProhibitedPractice.values()) {
      answers.put(p, false);
    }
    return answers;
  }

  private static AiUsage usage(
      AnnexIiiArea area,
      List<Article6Exemption> exemptions,
      Boolean profiling,
      Boolean interacts,
      Boolean generates,
      Map<ProhibitedPractice, Boolean> screening) {
    return AiUsage.builder("u")
        .name("Usage")
        .authority(COMMUNE)
        .aiAct(a -> a.annexIiiArea(area).exemptions(exemptions).prohibitedPractices(screening))
        .decision(
            d ->
                d.profiling(profiling)
                    .interactsWithPublic(interacts)
                    .generatesContent(generates)
                    .concernsIndividuals(true))
        .build();
  }

  private static AiActClassification classify(AnnexIiiArea area, Boolean profiling) {
    return AiActClassifier.classify(usage(area, List.of(), profiling, false, false, clear()));
  }

  @Test
  void criticalInfrastructure_water_isHighRisk_withoutFria() {
    AiActClassification c = classify(AnnexIiiArea.CRITICAL_INFRASTRUCTURE, false);

    assertThat(c.tier()).isEqualTo(AiActTier.HIGH_RISK);
    assertThat(c.reasons())
        .extracting(Reason::code)
        .contains(ReasonCode.SCREENING_CLEAR, ReasonCode.ANNEX_III_AREA);
    assertThat(c.obligations())
        .contains(Obligation.HUMAN_OVERSIGHT, Obligation.REGISTRATION, Obligation.AI_LITERACY)
        .doesNotContain(Obligation.FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT);
    assertThat(c.regulation()).contains("2024/1689");
  }

  @Test
  void publicBenefits_5a_isHighRisk_withFria() {
    AiActClassification c = classify(AnnexIiiArea.PUBLIC_BENEFITS, false);

    assertThat(c.tier()).isEqualTo(AiActTier.HIGH_RISK);
    assertThat(c.obligations())
        .contains(
            Obligation.FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT, Obligation.INFORM_AFFECTED_PERSONS);
    assertThat(c.reasons().get(1).explain(Locale.ENGLISH))
        .isEqualTo("It falls in an Annex III area: PUBLIC_BENEFITS");
  }

  @Test
  void employmentOfAgents_isHighRisk_andWorkersAreInformed() {
    assertThat(classify(AnnexIiiArea.EMPLOYMENT, false).obligations())
        .contains(Obligation.INFORM_WORKERS);
  }

  @Test
  void education_isHighRisk() {
    assertThat(classify(AnnexIiiArea.EDUCATION, false).tier()).isEqualTo(AiActTier.HIGH_RISK);
  }

  @Test
  void biometrics_isHighRisk_andExposesPeople() {
    AiActClassification c = classify(AnnexIiiArea.BIOMETRICS, false);

    assertThat(c.tier()).isEqualTo(AiActTier.HIGH_RISK);
    assertThat(c.obligations()).contains(Obligation.INFORM_BIOMETRIC_EXPOSURE);
  }

  @ParameterizedTest
  @EnumSource(ProhibitedPractice.class)
  void eachArticle5Screen_answeredYes_isProhibited(ProhibitedPractice practice) {
    Map<ProhibitedPractice, Boolean> screening = clear();
    screening.put(practice, true);

    AiActClassification c =
        AiActClassifier.classify(
            usage(AnnexIiiArea.NONE, List.of(), false, false, false, screening));

    assertThat(c.tier()).isEqualTo(AiActTier.PROHIBITED);
    assertThat(c.reasons())
        .containsExactly(new Reason(ReasonCode.PROHIBITED_PRACTICE, practice.name()));
    assertThat(c.obligations()).containsExactly(Obligation.STOP_PROHIBITED_PRACTICE);
  }

  @Test
  void article6_3_exemptionWithoutProfiling_isNotHighRisk() {
    AiActClassification c =
        AiActClassifier.classify(
            usage(
                AnnexIiiArea.PUBLIC_BENEFITS,
                List.of(Article6Exemption.PREPARATORY_TASK),
                false,
                false,
                false,
                clear()));

    assertThat(c.tier()).isEqualTo(AiActTier.MINIMAL);
    assertThat(c.reasons())
        .extracting(Reason::code)
        .contains(ReasonCode.EXEMPTION_CLAIMED, ReasonCode.NO_TRANSPARENCY_TRIGGER);
  }

  @Test
  void article6_3_exemptionWithProfiling_staysHighRisk() {
    AiActClassification c =
        AiActClassifier.classify(
            usage(
                AnnexIiiArea.PUBLIC_BENEFITS,
                List.of(Article6Exemption.PREPARATORY_TASK),
                true,
                false,
                false,
                clear()));

    assertThat(c.tier()).isEqualTo(AiActTier.HIGH_RISK);
    assertThat(c.reasons()).extracting(Reason::code).contains(ReasonCode.PROFILING_OVERRIDE);
    assertThat(c.reasons()).extracting(Reason::articles).contains(List.of("Art. 6(3)"));
  }

  @Test
  void article6_3_exemptionWithProfilingUnanswered_isUndetermined() {
    AiActClassification c =
        AiActClassifier.classify(
            usage(
                AnnexIiiArea.PUBLIC_BENEFITS,
                List.of(Article6Exemption.NARROW_PROCEDURAL_TASK),
                null,
                false,
                false,
                clear()));

    assertThat(c.tier()).isEqualTo(AiActTier.UNDETERMINED);
    assertThat(c.openQuestions()).containsExactly(Question.PROFILING);
  }

  @Test
  void chatbot_article50_1_isTransparency() {
    AiActClassification c =
        AiActClassifier.classify(usage(AnnexIiiArea.NONE, List.of(), false, true, false, clear()));

    assertThat(c.tier()).isEqualTo(AiActTier.TRANSPARENCY);
    assertThat(c.obligations()).contains(Obligation.DISCLOSE_AI_INTERACTION);
    assertThat(c.reasons()).extracting(Reason::articles).contains(List.of("Art. 50(1)"));
  }

  @Test
  void generatedContent_article50_2_isTransparency() {
    AiActClassification c =
        AiActClassifier.classify(usage(AnnexIiiArea.NONE, List.of(), false, false, true, clear()));

    assertThat(c.tier()).isEqualTo(AiActTier.TRANSPARENCY);
    assertThat(c.obligations()).contains(Obligation.MARK_SYNTHETIC_CONTENT);
  }

  @Test
  void highRiskChatbot_keepsItsTransparencyObligations() {
    AiActClassification c =
        AiActClassifier.classify(
            usage(AnnexIiiArea.PUBLIC_BENEFITS, List.of(), false, true, false, clear()));

    assertThat(c.tier()).isEqualTo(AiActTier.HIGH_RISK);
    assertThat(c.obligations())
        .contains(Obligation.DISCLOSE_AI_INTERACTION, Obligation.REGISTRATION);
  }

  @Test
  void incompleteScreening_isUndetermined_withTheQuestion() {
    Map<ProhibitedPractice, Boolean> partial = clear();
    partial.remove(ProhibitedPractice.SOCIAL_SCORING);

    AiActClassification c =
        AiActClassifier.classify(usage(AnnexIiiArea.NONE, List.of(), false, false, false, partial));

    assertThat(c.tier()).isEqualTo(AiActTier.UNDETERMINED);
    assertThat(c.openQuestions()).containsExactly(Question.ART_5_SCREENING);
    assertThat(c.openQuestions().get(0).ask(Locale.FRENCH))
        .isEqualTo("Répondre à chaque question de l'article 5(1) (`aiAct.prohibitedPractices`)");
  }

  @Test
  void recordWithNothingDeclared_isUndetermined_withEveryQuestion() {
    AiActClassification c =
        AiActClassifier.classify(AiUsage.builder("u").name("U").authority(COMMUNE).build());

    assertThat(c.tier()).isEqualTo(AiActTier.UNDETERMINED);
    assertThat(c.openQuestions())
        .containsExactly(
            Question.ART_5_SCREENING,
            Question.ANNEX_III_AREA,
            Question.INTERACTS_WITH_PUBLIC,
            Question.GENERATES_CONTENT);
  }

  @Test
  void transparencyUnanswered_outsideAnnexIii_isUndetermined() {
    AiActClassification c =
        AiActClassifier.classify(usage(AnnexIiiArea.NONE, List.of(), false, null, false, clear()));

    assertThat(c.tier()).isEqualTo(AiActTier.UNDETERMINED);
    assertThat(c.openQuestions()).containsExactly(Question.INTERACTS_WITH_PUBLIC);
  }

  @Test
  void everyReasonObligationAndQuestion_hasFrenchAndEnglishText() {
    for (ReasonCode code : ReasonCode.values()) {
      assertThat(new Reason(code, "x").explain(Locale.FRENCH))
          .isNotEqualTo(new Reason(code, "x").explain(Locale.ENGLISH))
          .doesNotContain("breaks rule");
    }
    for (Obligation o : Obligation.values()) {
      assertThat(o.describe(Locale.FRENCH))
          .isNotEqualTo(o.describe(Locale.ENGLISH))
          .doesNotContain("breaks rule");
    }
    for (Question q : Question.values()) {
      assertThat(q.ask(Locale.FRENCH))
          .isNotEqualTo(q.ask(Locale.ENGLISH))
          .doesNotContain("breaks rule");
    }
  }
}
