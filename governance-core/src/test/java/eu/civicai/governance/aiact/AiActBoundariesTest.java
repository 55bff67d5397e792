package eu.civicai.governance.aiact;

import static eu.civicai.governance.aiact.DutyStatus.APPLIES;
import static eu.civicai.governance.aiact.DutyStatus.DEPENDS_ON_ANSWERS;
import static eu.civicai.governance.aiact.DutyStatus.NOT_YET_APPLICABLE;
import static eu.civicai.governance.aiact.Obligation.*;
import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.aiact.AiActSituationsTest.Situation;
import eu.civicai.governance.usage.AiActRole;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.AnnexIiiArea;
import eu.civicai.governance.usage.AnnexIiiPoint;
import eu.civicai.governance.usage.Answer;
import eu.civicai.governance.usage.Article2Exclusion;
import eu.civicai.governance.usage.Article6Exemption;
import eu.civicai.governance.usage.GeneralPurposeAi;
import eu.civicai.governance.usage.Part;
import eu.civicai.governance.usage.ProhibitedPractice;
import eu.civicai.governance.usage.RealTimeBiometricException;
import eu.civicai.governance.usage.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 18, "tests that kill mutants": the branches of {@link AiActClassifier} that a PIT run on
 * the {@code aiact} package showed no test looked at (36 surviving mutants of 269): the bounds of
 * the Act's scope, Art. 5 with Art. 5(1)(h), the Annex III points and Art. 6(3), Art. 49(4), Art.
 * 50 for each role and Chapter V. Each expectation is read from Regulation (EU) 2024/1689 as
 * amended by Regulation (EU) 2026/1744 (the points gathered in {@code ../shared/reference/
 * ANCHORS.md}), with the article in the test's name or comment; the situations start from those of
 * {@link AiActSituationsTest}: a commune deploying an AI system, outside Art. 2 and Annex I, no
 * Annex III point, every Art. 5 point answered no, deciding about people without profiling them.
 */
class AiActBoundariesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final LocalDate AFTER_ANNEX_III = LocalDate.of(2028, 1, 3);

  /** Art. 16–20, 43, 47: the provider's duties for a high-risk system. */
  private static final List<Obligation> PROVIDER_CORE =
      List.of(
          PROVIDER_OBLIGATIONS,
          QUALITY_MANAGEMENT_SYSTEM,
          DOCUMENTATION_KEEPING,
          PROVIDER_LOGS,
          CORRECTIVE_ACTIONS,
          CONFORMITY_ASSESSMENT,
          EU_DECLARATION_OF_CONFORMITY);

  /** Art. 26, 27, 49(3), 86: a deployer's duties for an Annex III system deciding about people. */
  private static final List<Obligation> DEPLOYER_ANNEX_III =
      List.of(
          USE_PER_INSTRUCTIONS,
          HUMAN_OVERSIGHT,
          INPUT_DATA_RELEVANCE,
          MONITORING,
          KEEP_LOGS,
          CHECK_EU_DATABASE_REGISTRATION,
          INFORM_AFFECTED_PERSONS,
          FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT,
          REGISTRATION,
          EXPLANATION_ON_REQUEST);

  private static Situation situation() {
    return AiActSituationsTest.s("boundary");
  }

  private static AiActClassification classify(Situation s, LocalDate on) {
    return AiActClassifier.classify(s.usage(), on);
  }

  private static Map<Obligation, DutyStatus> duties(AiActClassification c) {
    Map<Obligation, DutyStatus> found = new EnumMap<>(Obligation.class);
    c.duties().forEach(d -> found.put(d.obligation(), d.status()));
    return found;
  }

  private static Set<Question> questions(AiActClassification c) {
    Set<Question> found = EnumSet.noneOf(Question.class);
    c.openQuestions().forEach(q -> found.add(q.question()));
    return found;
  }

  private static Map<Obligation, DutyStatus> expected(Object... statusThenObligations) {
    Map<Obligation, DutyStatus> out = new EnumMap<>(Obligation.class);
    DutyStatus status = null;
    for (Object o : statusThenObligations) {
      if (o instanceof DutyStatus s) {
        status = s;
      } else if (o instanceof Obligation ob) {
        out.put(ob, status);
      } else {
        for (Object each : (List<?>) o) {
          out.put((Obligation) each, status);
        }
      }
    }
    return out;
  }

  private static Reason reason(AiActClassification c, ReasonCode code) {
    return c.reasons().stream().filter(r -> r.code() == code).findFirst().orElseThrow();
  }

  // --- Scope: Art. 2 and Art. 3(1) --------------------------------------------------------

  /** Outside the Act nothing of it is asked, not even the authority's role (Art. 3(3), 3(4)). */
  @Test
  void outsideTheAct_noQuestionIsLeft_notEvenTheRole() {
    AiActClassification notAi =
        classify(situation().ai(a -> a.role(null).aiSystem(Answer.NO)), TODAY);
    AiActClassification research =
        classify(
            situation()
                .ai(a -> a.role(null).article2Exclusion(Article2Exclusion.SCIENTIFIC_RESEARCH)),
            TODAY);

    for (AiActClassification c : List.of(notAi, research)) {
      assertThat(c.tier()).isEqualTo(AiActTier.OUT_OF_SCOPE);
      assertThat(c.openQuestions()).isEmpty();
      assertThat(c.duties()).isEmpty();
    }
    assertThat(reason(research, ReasonCode.OUTSIDE_SCOPE).articles()).containsExactly("Art. 2(6)");
  }

  // --- Art. 5 -------------------------------------------------------------------------------

  /**
   * Art. 5(1)(h): real-time remote biometric identification for law enforcement is prohibited
   * unless strictly necessary for one of the objectives (i) to (iii). An objective declared
   * "unknown" is a question, as no objective at all is; it is never an authorisation (Art. 5(3)).
   */
  @Test
  void realTimeIdentification_objectiveUnknown_isAsked_neverAuthorised() {
    Situation unknown =
        situation()
            .does(ProhibitedPractice.REALTIME_REMOTE_BIOMETRIC_ID_LAW_ENFORCEMENT)
            .ai(a -> a.realTimeBiometricException(RealTimeBiometricException.UNKNOWN));
    Situation unsaid =
        situation().does(ProhibitedPractice.REALTIME_REMOTE_BIOMETRIC_ID_LAW_ENFORCEMENT);

    AiActClassification c = classify(unknown, TODAY);

    assertThat(c.tier()).isEqualTo(AiActTier.UNDETERMINED);
    assertThat(questions(c)).contains(Question.ART_5_1_H_EXCEPTION);
    assertThat(duties(c))
        .isEqualTo(expected(APPLIES, AI_LITERACY, DEPENDS_ON_ANSWERS, STOP_PROHIBITED_PRACTICE));
    assertThat(c.reasons()).noneMatch(r -> r.code() == ReasonCode.REAL_TIME_BIOMETRIC_EXCEPTION);
    AiActClassification same = classify(unsaid, TODAY);
    assertThat(same.tier()).isEqualTo(c.tier());
    assertThat(duties(same)).isEqualTo(duties(c));
    assertThat(questions(same)).isEqualTo(questions(c));
  }

  /**
   * A prohibited practice (Art. 5(1)(c), social scoring) settles the case: the system must stop,
   * whoever runs it; an authorisation the same system could have had for another use (Art. 5(3)) is
   * no duty of a system that may not be used.
   */
  @Test
  void prohibitedPractice_leavesOnlyTheDutyToStop() {
    AiActClassification c =
        classify(
            situation()
                .does(ProhibitedPractice.SOCIAL_SCORING)
                .does(ProhibitedPractice.REALTIME_REMOTE_BIOMETRIC_ID_LAW_ENFORCEMENT)
                .ai(
                    a ->
                        a.realTimeBiometricException(
                            RealTimeBiometricException.TARGETED_VICTIM_SEARCH)),
            TODAY);

    assertThat(c.tier()).isEqualTo(AiActTier.PROHIBITED);
    assertThat(duties(c)).isEqualTo(expected(APPLIES, STOP_PROHIBITED_PRACTICE));
    assertThat(c.duty(STOP_PROHIBITED_PRACTICE).orElseThrow().bearer())
        .isEqualTo(AiActRole.PROVIDER_AND_DEPLOYER);
    assertThat(c.openQuestions()).isEmpty();
  }

  /**
   * Once a practice is prohibited, whether real-time identification has an Art. 5(1)(h) objective
   * no longer matters; who the authority is (Art. 3(3), 3(4)) is still missing from the record.
   */
  @Test
  void prohibitedPractice_dropsTheQuestionsItSettles_butKeepsTheRole() {
    AiActClassification c =
        classify(
            situation()
                .ai(a -> a.role(null))
                .does(ProhibitedPractice.SOCIAL_SCORING)
                .does(ProhibitedPractice.REALTIME_REMOTE_BIOMETRIC_ID_LAW_ENFORCEMENT),
            TODAY);

    assertThat(c.tier()).isEqualTo(AiActTier.PROHIBITED);
    assertThat(questions(c)).containsExactly(Question.ROLE);
  }

  /**
   * Art. 5(1)(ba), added by Regulation (EU) 2026/1744, applies from 2 December 2026. On 30 November
   * 2026 a nudifier must certainly stop from that day; another point left unanswered (here Art.
   * 5(1)(c)) keeps the tier open, and is asked, but does not turn that known duty and its date into
   * a guess.
   */
  @Test
  void aKnownProhibitionDate_isKept_whileAnotherPointIsUnanswered() {
    AiActClassification c =
        classify(
            situation()
                .does(ProhibitedPractice.NON_CONSENSUAL_INTIMATE_CONTENT)
                .unanswered(ProhibitedPractice.SOCIAL_SCORING),
            LocalDate.of(2026, 11, 30));

    assertThat(c.tier()).isEqualTo(AiActTier.UNDETERMINED);
    Duty stop = c.duty(STOP_PROHIBITED_PRACTICE).orElseThrow();
    assertThat(stop.status()).isEqualTo(NOT_YET_APPLICABLE);
    assertThat(stop.appliesFrom()).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(stop.articles()).contains("Art. 5(1)(ba)");
    assertThat(c.openQuestions())
        .filteredOn(q -> q.question() == Question.ART_5_SCREENING)
        .singleElement()
        .satisfies(q -> assertThat(q.articles()).containsExactly("Art. 5(1)(c)"));
  }

  // --- Art. 6 and Annex III -----------------------------------------------------------------

  /**
   * Every point of Annex III, point 1 is high-risk, so biometrics is high-risk whatever its letter;
   * the letter is asked, and with it whether Art. 26(10) (post-remote identification, point 1(a))
   * binds. A letter declared "unknown" reads as no letter.
   */
  @Test
  void biometrics_letterUnknown_isHighRisk_andTheLetterIsAsked() {
    Situation unknown =
        situation()
            .ai(a -> a.annexIiiArea(AnnexIiiArea.BIOMETRICS).annexIiiPoint(AnnexIiiPoint.UNKNOWN));
    Situation unsaid =
        situation().ai(a -> a.annexIiiArea(AnnexIiiArea.BIOMETRICS).annexIiiPoint(null));

    AiActClassification c = classify(unknown, AFTER_ANNEX_III);

    assertThat(c.tier()).isEqualTo(AiActTier.HIGH_RISK);
    assertThat(questions(c)).contains(Question.BIOMETRIC_POINT);
    assertThat(reason(c, ReasonCode.ANNEX_III_AREA).articles())
        .containsExactly("Art. 6(2)", "Annex III, point 1");
    assertThat(duties(c)).containsEntry(POST_REMOTE_BIOMETRIC_AUTHORISATION, DEPENDS_ON_ANSWERS);
    AiActClassification same = classify(unsaid, AFTER_ANNEX_III);
    assertThat(duties(same)).isEqualTo(duties(c));
    assertThat(questions(same)).isEqualTo(questions(c));
  }

  /** The explanation names the Annex III point (4(a), recruitment), not only its area. */
  @Test
  void annexIiiReason_namesThePoint() {
    AiActClassification c =
        classify(situation().ai(a -> a.annexIiiPoint(AnnexIiiPoint.P4_A)), AFTER_ANNEX_III);

    assertThat(reason(c, ReasonCode.ANNEX_III_AREA).articles())
        .containsExactly("Art. 6(2)", "Annex III, point 4(a)");
    Reason annexIii = reason(c, ReasonCode.ANNEX_III_AREA);
    assertThat(annexIii.explain(Locale.ENGLISH))
        .startsWith("It falls under Annex III: ")
        .endsWith("Recruitment and selection")
        .doesNotContain("Employment and workers management");
    assertThat(annexIii.explain(Locale.FRENCH))
        .startsWith("Il relève de l'annexe III : ")
        .endsWith("Recrutement et sélection")
        .doesNotContain("Emploi et gestion des travailleurs");
  }

  /**
   * Art. 6(3), last subparagraph: an Annex III system that profiles natural persons is always
   * high-risk. With a derogation claimed and nothing known of how it decides, profiling is asked
   * and the tier waits.
   */
  @Test
  void article6Derogation_noDecisionPart_asksAboutProfiling() {
    AiUsage usage =
        situation()
            .ai(
                a ->
                    a.annexIiiPoint(AnnexIiiPoint.P5_A)
                        .exemptions(Article6Exemption.PREPARATORY_TASK))
            .usage()
            .toBuilder()
            .clear(Part.DECISION)
            .build();

    AiActClassification c = AiActClassifier.classify(usage, AFTER_ANNEX_III);

    assertThat(c.tier()).isEqualTo(AiActTier.UNDETERMINED);
    assertThat(questions(c)).contains(Question.PROFILING);
    assertThat(c.reasons()).noneMatch(r -> r.code() == ReasonCode.EXEMPTION_CLAIMED);
    assertThat(duties(c)).containsEntry(FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT, DEPENDS_ON_ANSWERS);
  }

  /**
   * Art. 111(2): a high-risk system in service before its date and used by public authorities
   * complies by 2 August 2030. The reason is given when the system is high-risk, not while that is
   * still open.
   */
  @Test
  void publicAuthorityTransition_isGivenAsAReason_whenHighRisk() {
    Situation inService =
        situation()
            .ai(
                a ->
                    a.annexIiiPoint(AnnexIiiPoint.P2)
                        .criticalInfrastructureSafetyComponent(Answer.YES))
            .inService(LocalDate.of(2019, 3, 1));

    AiActClassification c = classify(inService, TODAY);

    assertThat(c.tier()).isEqualTo(AiActTier.HIGH_RISK);
    assertThat(reason(c, ReasonCode.PUBLIC_AUTHORITY_TRANSITION).articles())
        .containsExactly("Art. 111(2)");
    assertThat(c.explain(Locale.ENGLISH))
        .contains("In service since 1 March 2019", "complies by 2 August 2030");
    assertThat(c.duty(HUMAN_OVERSIGHT).orElseThrow().appliesFrom())
        .isEqualTo(AiActDates.PUBLIC_AUTHORITY_LEGACY);

    AiActClassification open =
        classify(
            situation()
                .ai(a -> a.annexIiiPoint(AnnexIiiPoint.P2))
                .inService(LocalDate.of(2019, 3, 1)),
            TODAY);
    assertThat(open.tier()).isEqualTo(AiActTier.UNDETERMINED);
    assertThat(open.reasons()).noneMatch(r -> r.code() == ReasonCode.PUBLIC_AUTHORITY_TRANSITION);
  }

  /**
   * Art. 49(4): the high-risk systems of Annex III, points 1, 6 and 7 are registered in a secure,
   * non-public section of the EU database; the others (points 3, 4, 5, 8) in its public part.
   */
  @ParameterizedTest
  @EnumSource(
      value = AnnexIiiPoint.class,
      names = {"P1_B", "P6_A", "P7_A", "P3_A", "P4_A", "P5_A", "P8_A"})
  void registration_inTheSecureSection_forPoints1_6And7Only(AnnexIiiPoint point) {
    AiActClassification c = classify(situation().ai(a -> a.annexIiiPoint(point)), AFTER_ANNEX_III);

    assertThat(c.tier()).isEqualTo(AiActTier.HIGH_RISK);
    List<String> articles = c.duty(REGISTRATION).orElseThrow().articles();
    boolean secure =
        point.area() == AnnexIiiArea.BIOMETRICS
            || point.area() == AnnexIiiArea.LAW_ENFORCEMENT
            || point.area() == AnnexIiiArea.MIGRATION_BORDER;
    assertThat(secure).isEqualTo(point.name().matches("P[167]_.*"));
    if (secure) {
      assertThat(articles).containsExactly("Art. 49(3)", "Art. 49(4)");
    } else {
      assertThat(articles).containsExactly("Art. 49(3)");
    }
  }

  /**
   * Art. 3(3), 3(4), 25: an authority that builds the system and uses it under its own name is
   * provider and deployer, and bears both sets of duties for a point 5(a) system: Art. 16–20, 43,
   * 47, 49(1) as provider, Art. 26, 27, 49(3), 86 as deployer.
   */
  @Test
  void providerAndDeployer_bearsBothSetsOfDuties() {
    AiActClassification c =
        classify(
            situation()
                .ai(a -> a.role(AiActRole.PROVIDER_AND_DEPLOYER).annexIiiPoint(AnnexIiiPoint.P5_A)),
            AFTER_ANNEX_III);

    assertThat(c.tier()).isEqualTo(AiActTier.HIGH_RISK);
    assertThat(duties(c))
        .isEqualTo(
            expected(
                APPLIES, AI_LITERACY, PROVIDER_CORE, PROVIDER_REGISTRATION, DEPLOYER_ANNEX_III));
  }

  // --- Art. 50 ------------------------------------------------------------------------------

  /**
   * Art. 50(1) is the provider's: a provider that has not said whether people interact with the
   * system is asked, and its tier waits.
   */
  @Test
  void provider_interactionUnanswered_isAsked() {
    AiActClassification c =
        classify(
            situation()
                .ai(a -> a.role(AiActRole.PROVIDER))
                .decide(d -> d.interactsWithPublic(null)),
            TODAY);

    assertThat(c.tier()).isEqualTo(AiActTier.UNDETERMINED);
    assertThat(questions(c)).containsExactly(Question.INTERACTS_WITH_PUBLIC);
    assertThat(c.duty(DISCLOSE_AI_INTERACTION)).isEmpty();
  }

  /**
   * Art. 50(2): a provider of a system generating content marks it, unless the system only assists
   * standard editing. That exception unanswered, the marking is pending; Art. 50(1), when people
   * interact with the system, binds whatever the answer.
   */
  @Test
  void provider_generatesContent_assistiveEditingUnanswered() {
    Situation generates =
        situation().ai(a -> a.role(AiActRole.PROVIDER)).decide(d -> d.generatesContent(true));
    AiActClassification c = classify(generates, TODAY);

    assertThat(c.tier()).isEqualTo(AiActTier.UNDETERMINED);
    assertThat(questions(c)).containsExactly(Question.ASSISTIVE_EDITING);
    assertThat(duties(c))
        .isEqualTo(expected(APPLIES, AI_LITERACY, DEPENDS_ON_ANSWERS, MARK_SYNTHETIC_CONTENT));

    AiActClassification chatbot =
        classify(generates.decide(d -> d.interactsWithPublic(true)), TODAY);
    assertThat(chatbot.tier()).isEqualTo(AiActTier.TRANSPARENCY);
    assertThat(duties(chatbot))
        .isEqualTo(
            expected(
                APPLIES,
                AI_LITERACY,
                DISCLOSE_AI_INTERACTION,
                DEPENDS_ON_ANSWERS,
                MARK_SYNTHETIC_CONTENT));
  }

  /**
   * Whether a provider's system generates content is asked (Art. 50(2), 50(4)); the tier waits for
   * it unless Art. 50(1) already binds.
   */
  @Test
  void provider_generationUnanswered_isAsked() {
    Situation unsaid =
        situation().ai(a -> a.role(AiActRole.PROVIDER)).decide(d -> d.generatesContent(null));
    AiActClassification c = classify(unsaid, TODAY);

    assertThat(c.tier()).isEqualTo(AiActTier.UNDETERMINED);
    assertThat(questions(c)).containsExactly(Question.GENERATES_CONTENT);

    AiActClassification chatbot = classify(unsaid.decide(d -> d.interactsWithPublic(true)), TODAY);
    assertThat(chatbot.tier()).isEqualTo(AiActTier.TRANSPARENCY);
    assertThat(questions(chatbot)).containsExactly(Question.GENERATES_CONTENT);
    assertThat(duties(chatbot)).containsEntry(DISCLOSE_AI_INTERACTION, APPLIES);
  }

  /**
   * A deployer that says nothing of how the system decides: Art. 50(1) and 50(2) are its
   * provider's, so interaction is not asked; whether it generates content is, since the deep fake
   * and public-interest text duties of Art. 50(4) depend on it and are pending.
   */
  @Test
  void deployer_noDecisionPart_asksWhetherItGeneratesContent() {
    AiUsage usage = situation().usage().toBuilder().clear(Part.DECISION).build();

    AiActClassification c = AiActClassifier.classify(usage, TODAY);

    assertThat(c.tier()).isEqualTo(AiActTier.UNDETERMINED);
    assertThat(questions(c)).containsExactly(Question.GENERATES_CONTENT);
    assertThat(duties(c))
        .isEqualTo(
            expected(
                APPLIES,
                AI_LITERACY,
                DEPENDS_ON_ANSWERS,
                DISCLOSE_DEEP_FAKE,
                DISCLOSE_GENERATED_TEXT));
  }

  /**
   * Art. 50(3) covers every emotion recognition or biometric categorisation system, not only those
   * of Annex III, point 1: an age-estimating camera (no sensitive attribute, so outside Annex III)
   * still obliges the deployer to inform the people exposed.
   */
  @Test
  void biometricCategorisation_outsideAnnexIii_stillBringsArticle50_3() {
    AiActClassification c =
        classify(
            situation().ai(a -> a.emotionRecognitionOrBiometricCategorisation(Answer.YES)), TODAY);

    assertThat(c.tier()).isEqualTo(AiActTier.TRANSPARENCY);
    assertThat(duties(c)).isEqualTo(expected(APPLIES, AI_LITERACY, INFORM_BIOMETRIC_EXPOSURE));
    assertThat(reason(c, ReasonCode.BIOMETRIC_EXPOSURE).articles()).containsExactly("Art. 50(3)");
    assertThat(c.openQuestions()).isEmpty();
  }

  /** An emotion recognition system of point 1(c) brings Art. 50(3) because of that point. */
  @Test
  void emotionRecognition_point1c_reasonCitesThePoint() {
    AiActClassification c =
        classify(situation().ai(a -> a.annexIiiPoint(AnnexIiiPoint.P1_C)), AFTER_ANNEX_III);

    Reason exposure = reason(c, ReasonCode.BIOMETRIC_EXPOSURE);
    assertThat(exposure.articles()).containsExactly("Art. 50(3)", "Annex III, point 1(c)");
    assertThat(exposure.detail()).isEqualTo(AnnexIiiPoint.P1_C.name());
    assertThat(duties(c)).containsEntry(INFORM_BIOMETRIC_EXPOSURE, APPLIES);
  }

  /** Art. 50(4), first subparagraph: whether generated content is a deep fake is asked. */
  @Test
  void deployer_deepFakeUnanswered_isAsked_andItsDisclosurePending() {
    AiActClassification c =
        classify(
            situation()
                .decide(d -> d.generatesContent(true))
                .ai(a -> a.publicInterestText(Answer.NO)),
            TODAY);

    assertThat(c.tier()).isEqualTo(AiActTier.UNDETERMINED);
    assertThat(questions(c)).containsExactly(Question.DEEP_FAKE);
    assertThat(duties(c))
        .isEqualTo(expected(APPLIES, AI_LITERACY, DEPENDS_ON_ANSWERS, DISCLOSE_DEEP_FAKE));
  }

  /**
   * Art. 50(4), second subparagraph: whether generated text is published to inform the public on
   * matters of public interest is asked.
   */
  @Test
  void deployer_publicInterestTextUnanswered_isAsked_andItsDisclosurePending() {
    AiActClassification c =
        classify(
            situation().decide(d -> d.generatesContent(true)).ai(a -> a.deepFake(Answer.NO)),
            TODAY);

    assertThat(c.tier()).isEqualTo(AiActTier.UNDETERMINED);
    assertThat(questions(c)).containsExactly(Question.PUBLIC_INTEREST_TEXT);
    assertThat(duties(c))
        .isEqualTo(expected(APPLIES, AI_LITERACY, DEPENDS_ON_ANSWERS, DISCLOSE_GENERATED_TEXT));
  }

  // --- Chapter V ----------------------------------------------------------------------------

  /**
   * Chapter V (Art. 53, 55) binds the provider of a general-purpose AI model: an authority that
   * builds on one, or uses a general-purpose system, is told so and bears no Chapter V duty; one
   * that provides a model bears them.
   */
  @ParameterizedTest
  @EnumSource(GeneralPurposeAi.class)
  void generalPurposeAi_chapterVIsTheModelProviders(GeneralPurposeAi gpai) {
    AiActClassification c = classify(situation().ai(a -> a.generalPurposeAi(gpai)), TODAY);

    boolean buildsOnOne =
        gpai == GeneralPurposeAi.BUILT_ON_MODEL || gpai == GeneralPurposeAi.GENERAL_PURPOSE_SYSTEM;
    assertThat(c.reasons().stream().anyMatch(r -> r.code() == ReasonCode.GENERAL_PURPOSE_MODEL))
        .isEqualTo(buildsOnOne);
    assertThat(c.duty(GENERAL_PURPOSE_MODEL_PROVIDER).isPresent())
        .isEqualTo(gpai == GeneralPurposeAi.PROVIDES_MODEL);
    if (buildsOnOne) {
      assertThat(reason(c, ReasonCode.GENERAL_PURPOSE_MODEL).articles())
          .containsExactly("Art. 53", "Art. 55");
    }
  }

  // --- The classification's views -------------------------------------------------------------

  /**
   * A point 5(a) system today: Art. 4 applies, the Annex III duties apply from 2 December 2027, and
   * with the Art. 50(3) question open its duty is pending; each view holds exactly its own.
   */
  @Test
  void obligationsUpcomingPending_partitionTheDuties_andExplainMarksWhatApplies() {
    AiActClassification c =
        classify(
            situation()
                .ai(
                    a ->
                        a.annexIiiPoint(AnnexIiiPoint.P5_A)
                            .emotionRecognitionOrBiometricCategorisation(null)),
            TODAY);

    assertThat(c.obligations()).extracting(Duty::obligation).containsExactly(AI_LITERACY);
    assertThat(c.upcoming())
        .extracting(Duty::obligation)
        .containsExactlyInAnyOrderElementsOf(DEPLOYER_ANNEX_III);
    assertThat(c.upcoming()).allMatch(d -> d.status() == NOT_YET_APPLICABLE);
    assertThat(c.pending()).extracting(Duty::obligation).containsExactly(INFORM_BIOMETRIC_EXPOSURE);
    assertThat(c.obligations().size() + c.upcoming().size() + c.pending().size())
        .isEqualTo(c.duties().size());

    List<String> lines = List.of(c.explain(Locale.ENGLISH).split("\n"));
    List<String> applying = new ArrayList<>();
    List<String> notApplying = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("  → ")) {
        applying.add(line);
      } else if (line.startsWith("  … ")) {
        notApplying.add(line);
      }
    }
    assertThat(applying).singleElement().asString().contains("[Art. 4]");
    assertThat(notApplying).hasSize(DEPLOYER_ANNEX_III.size() + 1);
  }

  @Test
  void citations_chapter_inFrench() {
    assertThat(Citations.render("Chapter V", Locale.FRENCH)).isEqualTo("chapitre V");
    assertThat(Citations.render("Chapter V", Locale.ENGLISH)).isEqualTo("Chapter V");
    assertThat(Citations.render(List.of("Art. 53", "Chapter V"), Locale.FRENCH))
        .isEqualTo("art. 53 ; chapitre V");
  }

  @ParameterizedTest
  @EnumSource(Question.class)
  void question_asks_namingItsArticles(Question q) {
    String citations =
        q.articles().stream()
            .map(a -> Citations.render(a, Locale.FRENCH))
            .collect(Collectors.joining(" ; "));
    assertThat(q.ask(Locale.FRENCH)).contains(citations, "`" + q.field() + "`");
    assertThat(q.ask(Locale.ENGLISH)).contains(String.join(", ", q.articles()));
  }

  /** A stage that has not started does not make the system "in service" (Art. 111(2)). */
  @Test
  void publicAuthorityTransition_notForASystemNotYetInService() {
    AiUsage idea =
        situation()
            .ai(
                a ->
                    a.annexIiiPoint(AnnexIiiPoint.P2)
                        .criticalInfrastructureSafetyComponent(Answer.YES))
            .usage()
            .toBuilder()
            .status(s -> s.stage(Stage.EXPERIMENTATION).startDate(LocalDate.of(2019, 3, 1)))
            .build();

    AiActClassification c = AiActClassifier.classify(idea, TODAY);

    assertThat(c.reasons()).noneMatch(r -> r.code() == ReasonCode.PUBLIC_AUTHORITY_TRANSITION);
    assertThat(c.duty(HUMAN_OVERSIGHT).orElseThrow().appliesFrom())
        .isEqualTo(AiActDates.HIGH_RISK_ANNEX_III);
  }
}
