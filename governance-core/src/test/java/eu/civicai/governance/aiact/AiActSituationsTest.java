package eu.civicai.governance.aiact;

import static eu.civicai.governance.aiact.DutyStatus.APPLIES;
import static eu.civicai.governance.aiact.DutyStatus.DEPENDS_ON_ANSWERS;
import static eu.civicai.governance.aiact.DutyStatus.NOT_YET_APPLICABLE;
import static eu.civicai.governance.aiact.Obligation.*;
import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiActProfile;
import eu.civicai.governance.usage.AiActRole;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.AnnexIiiArea;
import eu.civicai.governance.usage.AnnexIiiPoint;
import eu.civicai.governance.usage.Answer;
import eu.civicai.governance.usage.Article2Exclusion;
import eu.civicai.governance.usage.Article6Exemption;
import eu.civicai.governance.usage.DecisionMaking;
import eu.civicai.governance.usage.GeneralPurposeAi;
import eu.civicai.governance.usage.ProhibitedPractice;
import eu.civicai.governance.usage.RealTimeBiometricException;
import eu.civicai.governance.usage.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Situations a French local authority meets, each with the answer the text of Regulation (EU)
 * 2024/1689 as amended by Regulation (EU) 2026/1744 gives: the tier for the authority in its role,
 * every duty with its status on the day, the articles cited, the questions left open, and one
 * citation as the French text writes it. The expectations were written from the articles named in
 * each situation, not from the classifier (issue 15).
 */
class AiActSituationsTest {
  private static final Authority COMMUNE = Authority.of("Commune", AuthorityKind.COMMUNE);
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final LocalDate AFTER_ANNEX_III = LocalDate.of(2028, 1, 3);
  private static final LocalDate AFTER_ANNEX_I = LocalDate.of(2028, 9, 1);

  /**
   * Deployer duties of an Annex III system (not point 2) deciding about people: Art. 26–27, 49, 86.
   */
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

  /** Deployer duties every high-risk system brings: Art. 26(1), (2), (4), (5), (6). */
  private static final List<Obligation> DEPLOYER_CORE =
      List.of(USE_PER_INSTRUCTIONS, HUMAN_OVERSIGHT, INPUT_DATA_RELEVANCE, MONITORING, KEEP_LOGS);

  /** Provider duties of a high-risk system: Art. 16–20, 43, 47. */
  private static final List<Obligation> PROVIDER_CORE =
      List.of(
          PROVIDER_OBLIGATIONS,
          QUALITY_MANAGEMENT_SYSTEM,
          DOCUMENTATION_KEEPING,
          PROVIDER_LOGS,
          CORRECTIVE_ACTIONS,
          CONFORMITY_ASSESSMENT,
          EU_DECLARATION_OF_CONFORMITY);

  /** One situation: the record, the day, and what the Act says. */
  static final class Situation {
    final String name;
    final List<Consumer<AiActProfile.Builder>> profile = new ArrayList<>();
    final List<Consumer<DecisionMaking.Builder>> decision = new ArrayList<>();
    final Map<ProhibitedPractice, Boolean> screening = clearScreening();
    LocalDate on = TODAY;
    LocalDate inServiceSince;
    List<AiTechnique> techniques = List.of();
    AiActTier tier;
    final Map<Obligation, DutyStatus> duties = new LinkedHashMap<>();
    final Map<Obligation, LocalDate> dates = new EnumMap<>(Obligation.class);
    final Set<String> cites = new java.util.LinkedHashSet<>();
    final Set<Question> questions = EnumSet.noneOf(Question.class);
    String french;
    String english;

    Situation(String name) {
      this.name = name;
      profile.add(
          a ->
              a.role(AiActRole.DEPLOYER)
                  .aiSystem(Answer.YES)
                  .article2Exclusion(Article2Exclusion.NONE)
                  .annexIProductSafetyComponent(Answer.NO)
                  .annexIiiPoint(AnnexIiiPoint.NONE)
                  .emotionRecognitionOrBiometricCategorisation(Answer.NO));
      decision.add(
          d ->
              d.profiling(false)
                  .interactsWithPublic(false)
                  .generatesContent(false)
                  .concernsIndividuals(true));
    }

    Situation ai(Consumer<AiActProfile.Builder> edit) {
      profile.add(edit);
      return this;
    }

    Situation decide(Consumer<DecisionMaking.Builder> edit) {
      decision.add(edit);
      return this;
    }

    Situation does(ProhibitedPractice practice) {
      screening.put(practice, true);
      return this;
    }

    Situation unanswered(ProhibitedPractice... practices) {
      for (ProhibitedPractice p : practices) {
        screening.remove(p);
      }
      return this;
    }

    Situation on(LocalDate day) {
      this.on = day;
      return this;
    }

    Situation inService(LocalDate since) {
      this.inServiceSince = since;
      return this;
    }

    Situation techniques(AiTechnique... values) {
      this.techniques = List.of(values);
      return this;
    }

    Situation tier(AiActTier expected) {
      this.tier = expected;
      return this;
    }

    Situation duties(DutyStatus status, List<Obligation> obligations) {
      obligations.forEach(o -> duties.put(o, status));
      return this;
    }

    Situation duties(DutyStatus status, Obligation... obligations) {
      return duties(status, List.of(obligations));
    }

    Situation from(LocalDate date, Obligation... obligations) {
      for (Obligation o : obligations) {
        dates.put(o, date);
      }
      return this;
    }

    Situation cites(String... citations) {
      cites.addAll(List.of(citations));
      return this;
    }

    Situation asks(Question... open) {
      questions.addAll(List.of(open));
      return this;
    }

    Situation text(String fr, String en) {
      this.french = fr;
      this.english = en;
      return this;
    }

    AiUsage usage() {
      AiActProfile.Builder a = AiActProfile.builder();
      profile.forEach(e -> e.accept(a));
      a.prohibitedPractices(screening);
      DecisionMaking.Builder d = DecisionMaking.builder();
      decision.forEach(e -> e.accept(d));
      AiUsage.Builder u =
          AiUsage.builder("situation").name("Situation").authority(COMMUNE).aiAct(a.build());
      u.decision(d.build());
      if (!techniques.isEmpty()) {
        u.system(s -> s.techniques(techniques));
      }
      if (inServiceSince != null) {
        u.status(s -> s.stage(Stage.DEPLOYMENT).startDate(inServiceSince));
      }
      return u.build();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Map<ProhibitedPractice, Boolean> clearScreening() {
    Map<ProhibitedPractice, Boolean> answers = new EnumMap<>(ProhibitedPractice.class);
    for (ProhibitedPractice p : ProhibitedPractice.values()) {
      answers.put(p, false);
    }
    return answers;
  }

  static Situation s(String name) {
    return new Situation(name);
  }

  static Stream<Situation> situations() {
    return Stream.of(
        // --- Scope: Art. 3(1) and Art. 2 ------------------------------------------------------
        s("01 fixed rule-based scorecard is not an AI system (Art. 3(1))")
            .ai(a -> a.aiSystem(Answer.NO))
            .tier(AiActTier.OUT_OF_SCOPE)
            .cites("Art. 3(1)")
            .text("art. 3, § 1", "Art. 3(1)"),
        s("02 manual lottery for social housing: no AI Act duty, not even Art. 4")
            .ai(a -> a.aiSystem(Answer.NO).annexIiiPoint(AnnexIiiPoint.P5_A))
            .tier(AiActTier.OUT_OF_SCOPE)
            .cites("Art. 3(1)")
            .text("Hors du champ du règlement IA", "Outside the AI Act"),
        s("03 university research prototype excluded by Art. 2(6)")
            .ai(a -> a.article2Exclusion(Article2Exclusion.SCIENTIFIC_RESEARCH))
            .tier(AiActTier.OUT_OF_SCOPE)
            .cites("Art. 2(6)")
            .text("art. 2, § 6", "Art. 2(6)"),
        s("04 national security use excluded by Art. 2(3)")
            .ai(a -> a.article2Exclusion(Article2Exclusion.MILITARY_DEFENCE_NATIONAL_SECURITY))
            .tier(AiActTier.OUT_OF_SCOPE)
            .cites("Art. 2(3)")
            .text("art. 2, § 3", "Art. 2(3)"),
        s("05 whether it is an AI system is unanswered: asked, not guessed")
            .ai(a -> a.aiSystem(null))
            .tier(AiActTier.UNDETERMINED)
            .duties(DEPENDS_ON_ANSWERS, AI_LITERACY)
            .asks(Question.AI_SYSTEM)
            .cites("Art. 3(1)")
            .text("art. 3, § 1", "Art. 3(1)"),
        s("06 a machine-learning model is an AI system by its technique")
            .ai(a -> a.aiSystem(null))
            .techniques(AiTechnique.MACHINE_LEARNING)
            .tier(AiActTier.MINIMAL)
            .duties(APPLIES, AI_LITERACY)
            .from(AiActDates.CHAPTERS_I_AND_II, AI_LITERACY)
            .cites("Art. 3(1)", "Art. 4")
            .text("art. 4", "Art. 4"),
        s("07 Art. 2 exclusions unanswered")
            .ai(a -> a.article2Exclusion(Article2Exclusion.UNKNOWN))
            .tier(AiActTier.UNDETERMINED)
            .duties(DEPENDS_ON_ANSWERS, AI_LITERACY)
            .asks(Question.SCOPE)
            .cites("Art. 2")
            .text("art. 2", "Art. 2"),
        // --- Art. 5 -------------------------------------------------------------------------
        s("08 social scoring of residents is prohibited (Art. 5(1)(c))")
            .does(ProhibitedPractice.SOCIAL_SCORING)
            .tier(AiActTier.PROHIBITED)
            .duties(APPLIES, STOP_PROHIBITED_PRACTICE)
            .cites("Art. 5(1)(c)")
            .text("art. 5, § 1, point c)", "Art. 5(1)(c)"),
        s("09 emotion inference of agents at work is prohibited (Art. 5(1)(f))")
            .does(ProhibitedPractice.EMOTION_INFERENCE_WORK_SCHOOL)
            .tier(AiActTier.PROHIBITED)
            .duties(APPLIES, STOP_PROHIBITED_PRACTICE)
            .cites("Art. 5(1)(f)")
            .text("art. 5, § 1, point f)", "Art. 5(1)(f)"),
        s("10 real-time remote biometric identification with no Art. 5(1)(h) objective")
            .does(ProhibitedPractice.REALTIME_REMOTE_BIOMETRIC_ID_LAW_ENFORCEMENT)
            .ai(a -> a.realTimeBiometricException(RealTimeBiometricException.NONE))
            .tier(AiActTier.PROHIBITED)
            .duties(APPLIES, STOP_PROHIBITED_PRACTICE)
            .cites("Art. 5(1)(h)")
            .text("art. 5, § 1, point h)", "Art. 5(1)(h)"),
        s("11 real-time identification: the Art. 5(1)(h) exceptions are asked, not assumed")
            .does(ProhibitedPractice.REALTIME_REMOTE_BIOMETRIC_ID_LAW_ENFORCEMENT)
            .tier(AiActTier.UNDETERMINED)
            .duties(APPLIES, AI_LITERACY)
            .duties(DEPENDS_ON_ANSWERS, STOP_PROHIBITED_PRACTICE)
            .asks(Question.ART_5_1_H_EXCEPTION)
            .cites("Art. 5(1)(h)(i)", "Art. 5(1)(h)(iii)")
            .text("art. 5, § 1, point h) iii)", "Art. 5(1)(h)(iii)"),
        s("12 search for a missing child under Art. 5(1)(h)(i): conditions of Art. 5(2)-(5)")
            .does(ProhibitedPractice.REALTIME_REMOTE_BIOMETRIC_ID_LAW_ENFORCEMENT)
            .ai(
                a ->
                    a.realTimeBiometricException(RealTimeBiometricException.TARGETED_VICTIM_SEARCH)
                        .annexIiiPoint(null))
            .tier(AiActTier.HIGH_RISK)
            .duties(APPLIES, AI_LITERACY, REAL_TIME_BIOMETRIC_AUTHORISATION)
            .duties(NOT_YET_APPLICABLE, DEPLOYER_ANNEX_III)
            .duties(NOT_YET_APPLICABLE, POST_REMOTE_BIOMETRIC_AUTHORISATION)
            .from(AiActDates.HIGH_RISK_ANNEX_III, FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT)
            .cites("Art. 5(1)(h)(i)", "Art. 5(3)", "Annex III, point 1(a)", "Art. 49(4)")
            .text("annexe III, point 1 a)", "Annex III, point 1(a)"),
        s("13 a nudifier before 2 December 2026: the new prohibition does not apply yet")
            .on(LocalDate.of(2026, 11, 30))
            .does(ProhibitedPractice.NON_CONSENSUAL_INTIMATE_CONTENT)
            .decide(d -> d.generatesContent(true))
            .ai(a -> a.deepFake(Answer.YES).publicInterestText(Answer.NO))
            .tier(AiActTier.TRANSPARENCY)
            .duties(APPLIES, AI_LITERACY, DISCLOSE_DEEP_FAKE)
            .duties(NOT_YET_APPLICABLE, STOP_PROHIBITED_PRACTICE)
            .from(AiActDates.NEW_PROHIBITIONS_AND_MARKING_GRACE, STOP_PROHIBITED_PRACTICE)
            .cites("Art. 5(1)(ba)", "Art. 50(4)")
            .text("2 décembre 2026", "2 December 2026"),
        s("14 a nudifier from 2 December 2026 is prohibited (Art. 5(1)(ba))")
            .on(LocalDate.of(2026, 12, 2))
            .does(ProhibitedPractice.NON_CONSENSUAL_INTIMATE_CONTENT)
            .tier(AiActTier.PROHIBITED)
            .duties(APPLIES, STOP_PROHIBITED_PRACTICE)
            .cites("Art. 5(1)(ba)")
            .text("art. 5, § 1, point ba)", "Art. 5(1)(ba)"),
        s("15 the 2026 screening points are not yet asked in November 2026")
            .on(LocalDate.of(2026, 11, 1))
            .unanswered(
                ProhibitedPractice.NON_CONSENSUAL_INTIMATE_CONTENT,
                ProhibitedPractice.CHILD_SEXUAL_ABUSE_MATERIAL)
            .tier(AiActTier.MINIMAL)
            .duties(APPLIES, AI_LITERACY)
            .cites("Art. 5(1)")
            .text("art. 5, § 1", "Art. 5(1)"),
        s("16 from 2 December 2026 the points (ba) and (bb) must be answered")
            .on(LocalDate.of(2026, 12, 2))
            .unanswered(
                ProhibitedPractice.NON_CONSENSUAL_INTIMATE_CONTENT,
                ProhibitedPractice.CHILD_SEXUAL_ABUSE_MATERIAL)
            .tier(AiActTier.UNDETERMINED)
            .duties(APPLIES, AI_LITERACY)
            .duties(DEPENDS_ON_ANSWERS, STOP_PROHIBITED_PRACTICE)
            .asks(Question.ART_5_SCREENING)
            .cites("Art. 5(1)(ba)", "Art. 5(1)(bb)")
            .text("art. 5, § 1, point bb)", "Art. 5(1)(bb)"),
        s("17 crime prediction by profiling alone is prohibited (Art. 5(1)(d))")
            .does(ProhibitedPractice.CRIME_PREDICTION_BY_PROFILING)
            .tier(AiActTier.PROHIBITED)
            .duties(APPLIES, STOP_PROHIBITED_PRACTICE)
            .cites("Art. 5(1)(d)")
            .text("art. 5, § 1, point d)", "Art. 5(1)(d)"),
        s("17b social scoring by a tool not yet known to be an AI system: asked first")
            .ai(a -> a.aiSystem(Answer.UNKNOWN))
            .does(ProhibitedPractice.SOCIAL_SCORING)
            .tier(AiActTier.UNDETERMINED)
            .duties(DEPENDS_ON_ANSWERS, STOP_PROHIBITED_PRACTICE, AI_LITERACY)
            .asks(Question.AI_SYSTEM)
            .cites("Art. 5(1)(c)", "Art. 3(1)")
            .text("art. 5, § 1, point c)", "Art. 5(1)(c)"),
        // --- Annex III, point 2 -----------------------------------------------------------------
        s("18 water-leak detector, safety component of the water supply, in 2028")
            .on(AFTER_ANNEX_III)
            .ai(
                a ->
                    a.annexIiiPoint(AnnexIiiPoint.P2)
                        .criticalInfrastructureSafetyComponent(Answer.YES))
            .decide(d -> d.concernsIndividuals(false))
            .tier(AiActTier.HIGH_RISK)
            .duties(APPLIES, AI_LITERACY)
            .duties(APPLIES, DEPLOYER_CORE)
            .cites("Annex III, point 2", "Art. 26(6)")
            .text("annexe III, point 2", "Annex III, point 2"),
        s("19 the same detector today: the duties apply from 2 December 2027")
            .ai(
                a ->
                    a.annexIiiPoint(AnnexIiiPoint.P2)
                        .criticalInfrastructureSafetyComponent(Answer.YES))
            .decide(d -> d.concernsIndividuals(false))
            .tier(AiActTier.HIGH_RISK)
            .duties(APPLIES, AI_LITERACY)
            .duties(NOT_YET_APPLICABLE, DEPLOYER_CORE)
            .from(AiActDates.HIGH_RISK_ANNEX_III, KEEP_LOGS)
            .cites("Annex III, point 2")
            .text("s'applique à partir du 2 décembre 2027", "applies from 2 December 2027"),
        s("20 a detector in service since 2019 complies by 2 August 2030 (Art. 111(2))")
            .on(AFTER_ANNEX_III)
            .inService(LocalDate.of(2019, 6, 1))
            .ai(
                a ->
                    a.annexIiiPoint(AnnexIiiPoint.P2)
                        .criticalInfrastructureSafetyComponent(Answer.YES))
            .decide(d -> d.concernsIndividuals(false))
            .tier(AiActTier.HIGH_RISK)
            .duties(APPLIES, AI_LITERACY)
            .duties(NOT_YET_APPLICABLE, DEPLOYER_CORE)
            .from(AiActDates.PUBLIC_AUTHORITY_LEGACY, HUMAN_OVERSIGHT)
            .cites("Art. 111(2)")
            .text("art. 111, § 2", "Art. 111(2)"),
        s("21 energy steering of buildings is not a safety component: not high-risk")
            .ai(
                a ->
                    a.annexIiiArea(AnnexIiiArea.CRITICAL_INFRASTRUCTURE)
                        .annexIiiPoint(null)
                        .criticalInfrastructureSafetyComponent(Answer.NO))
            .tier(AiActTier.MINIMAL)
            .duties(APPLIES, AI_LITERACY)
            .cites("Annex III, point 2", "Art. 3(14)")
            .text("art. 3, § 14", "Art. 3(14)"),
        s("22 safety component of the network unanswered: asked, duties pending")
            .on(AFTER_ANNEX_III)
            .ai(a -> a.annexIiiPoint(AnnexIiiPoint.P2))
            .decide(d -> d.concernsIndividuals(false))
            .tier(AiActTier.UNDETERMINED)
            .duties(APPLIES, AI_LITERACY)
            .duties(DEPENDS_ON_ANSWERS, DEPLOYER_CORE)
            .asks(Question.CRITICAL_INFRASTRUCTURE_SAFETY_COMPONENT)
            .cites("Annex III, point 2")
            .text("annexe III, point 2", "Annex III, point 2"),
        // --- Annex III, other points --------------------------------------------------------
        s("23 eligibility for social assistance (Annex III, point 5(a)), deployer, 2028")
            .on(AFTER_ANNEX_III)
            .ai(a -> a.annexIiiPoint(AnnexIiiPoint.P5_A))
            .tier(AiActTier.HIGH_RISK)
            .duties(APPLIES, AI_LITERACY)
            .duties(APPLIES, DEPLOYER_ANNEX_III)
            .cites("Annex III, point 5(a)", "Art. 27", "Art. 49(3)", "Art. 86")
            .text("annexe III, point 5 a)", "Annex III, point 5(a)"),
        s("24 point 5(a) with a preparatory task under Art. 6(3) and no profiling")
            .on(AFTER_ANNEX_III)
            .ai(
                a ->
                    a.annexIiiPoint(AnnexIiiPoint.P5_A)
                        .exemptions(Article6Exemption.PREPARATORY_TASK))
            .tier(AiActTier.MINIMAL)
            .duties(APPLIES, AI_LITERACY)
            .cites("Art. 6(3)")
            .text("art. 6, § 3", "Art. 6(3)"),
        s("25 point 5(a) with Art. 6(3) claimed but profiling: high-risk")
            .on(AFTER_ANNEX_III)
            .ai(
                a ->
                    a.annexIiiPoint(AnnexIiiPoint.P5_A)
                        .exemptions(Article6Exemption.NARROW_PROCEDURAL_TASK))
            .decide(d -> d.profiling(true))
            .tier(AiActTier.HIGH_RISK)
            .duties(APPLIES, AI_LITERACY)
            .duties(APPLIES, DEPLOYER_ANNEX_III)
            .cites("Art. 6(3)", "Annex III, point 5(a)")
            .text("art. 6, § 3", "Art. 6(3)"),
        s("26 point 5(a) with Art. 6(3) claimed, profiling unanswered")
            .on(AFTER_ANNEX_III)
            .ai(
                a ->
                    a.annexIiiPoint(AnnexIiiPoint.P5_A)
                        .exemptions(Article6Exemption.PREPARATORY_TASK))
            .decide(d -> d.profiling(null))
            .tier(AiActTier.UNDETERMINED)
            .duties(APPLIES, AI_LITERACY)
            .duties(DEPENDS_ON_ANSWERS, DEPLOYER_ANNEX_III)
            .asks(Question.PROFILING)
            .cites("Art. 6(3)")
            .text("art. 6, § 3", "Art. 6(3)"),
        s("27 a provider relying on Art. 6(3) documents its assessment (Art. 6(4))")
            .ai(
                a ->
                    a.role(AiActRole.PROVIDER)
                        .annexIiiPoint(AnnexIiiPoint.P5_A)
                        .exemptions(Article6Exemption.PREPARATORY_TASK))
            .tier(AiActTier.MINIMAL)
            .duties(APPLIES, AI_LITERACY)
            .duties(NOT_YET_APPLICABLE, DOCUMENT_NOT_HIGH_RISK_ASSESSMENT)
            .from(AiActDates.HIGH_RISK_ANNEX_III, DOCUMENT_NOT_HIGH_RISK_ASSESSMENT)
            .cites("Art. 6(4)", "Art. 49(2)")
            .text("art. 6, § 4", "Art. 6(4)"),
        s("28 recruitment of agents (Annex III, point 4(a)): workers informed, Art. 26(7)")
            .on(AFTER_ANNEX_III)
            .ai(a -> a.annexIiiPoint(AnnexIiiPoint.P4_A))
            .tier(AiActTier.HIGH_RISK)
            .duties(APPLIES, AI_LITERACY)
            .duties(APPLIES, DEPLOYER_ANNEX_III)
            .duties(APPLIES, INFORM_WORKERS)
            .cites("Annex III, point 4(a)", "Art. 26(7)")
            .text("annexe III, point 4 a)", "Annex III, point 4(a)"),
        s("29 school admissions (Annex III, point 3(a))")
            .on(AFTER_ANNEX_III)
            .ai(a -> a.annexIiiPoint(AnnexIiiPoint.P3_A))
            .tier(AiActTier.HIGH_RISK)
            .duties(APPLIES, AI_LITERACY)
            .duties(APPLIES, DEPLOYER_ANNEX_III)
            .cites("Annex III, point 3(a)")
            .text("annexe III, point 3 a)", "Annex III, point 3(a)"),
        s("30 emergency call triage (Annex III, point 5(d))")
            .on(AFTER_ANNEX_III)
            .ai(a -> a.annexIiiPoint(AnnexIiiPoint.P5_D))
            .tier(AiActTier.HIGH_RISK)
            .duties(APPLIES, AI_LITERACY)
            .duties(APPLIES, DEPLOYER_ANNEX_III)
            .cites("Annex III, point 5(d)")
            .text("annexe III, point 5 d)", "Annex III, point 5(d)"),
        s("31 post-remote biometric identification (1(a)): Art. 26(10), no Art. 50(3)")
            .on(AFTER_ANNEX_III)
            .ai(a -> a.annexIiiPoint(AnnexIiiPoint.P1_A))
            .tier(AiActTier.HIGH_RISK)
            .duties(APPLIES, AI_LITERACY)
            .duties(APPLIES, DEPLOYER_ANNEX_III)
            .duties(APPLIES, POST_REMOTE_BIOMETRIC_AUTHORISATION)
            .cites("Art. 26(10)", "Art. 49(4)", "Annex III, point 1(a)")
            .text("art. 26, § 10", "Art. 26(10)"),
        s("32 emotion recognition in a museum (1(c)) brings Art. 50(3)")
            .on(AFTER_ANNEX_III)
            .ai(a -> a.annexIiiPoint(AnnexIiiPoint.P1_C))
            .tier(AiActTier.HIGH_RISK)
            .duties(APPLIES, AI_LITERACY)
            .duties(APPLIES, DEPLOYER_ANNEX_III)
            .duties(APPLIES, INFORM_BIOMETRIC_EXPOSURE)
            .cites("Art. 50(3)", "Annex III, point 1(c)")
            .text("art. 50, § 3", "Art. 50(3)"),
        s("33 biometrics without its letter: the letter is asked")
            .on(AFTER_ANNEX_III)
            .ai(a -> a.annexIiiPoint(null).annexIiiArea(AnnexIiiArea.BIOMETRICS))
            .tier(AiActTier.HIGH_RISK)
            .duties(APPLIES, AI_LITERACY)
            .duties(APPLIES, DEPLOYER_ANNEX_III)
            .duties(DEPENDS_ON_ANSWERS, POST_REMOTE_BIOMETRIC_AUTHORISATION)
            .asks(Question.BIOMETRIC_POINT)
            .cites("Annex III, point 1")
            .text("annexe III, point 1 b)", "Annex III, point 1(b)"),
        s("33b high-risk by point 5(a) stays high-risk while Art. 50(3) is still asked")
            .on(AFTER_ANNEX_III)
            .ai(
                a ->
                    a.annexIiiPoint(AnnexIiiPoint.P5_A)
                        .emotionRecognitionOrBiometricCategorisation(Answer.UNKNOWN))
            .tier(AiActTier.HIGH_RISK)
            .duties(APPLIES, AI_LITERACY)
            .duties(APPLIES, DEPLOYER_ANNEX_III)
            .duties(DEPENDS_ON_ANSWERS, INFORM_BIOMETRIC_EXPOSURE)
            .asks(Question.EMOTION_OR_BIOMETRIC_CATEGORISATION)
            .cites("Art. 50(3)")
            .text("art. 50, § 3", "Art. 50(3)"),
        s("34 decisions about people unanswered for point 5(a): Art. 26(11) and 86 pending")
            .on(AFTER_ANNEX_III)
            .ai(a -> a.annexIiiPoint(AnnexIiiPoint.P5_A))
            .decide(d -> d.concernsIndividuals(null))
            .tier(AiActTier.HIGH_RISK)
            .duties(APPLIES, AI_LITERACY)
            .duties(APPLIES, DEPLOYER_ANNEX_III)
            .duties(DEPENDS_ON_ANSWERS, INFORM_AFFECTED_PERSONS, EXPLANATION_ON_REQUEST)
            .asks(Question.CONCERNS_INDIVIDUALS)
            .cites("Art. 26(11)", "Art. 86")
            .text("art. 26, § 11", "Art. 26(11)"),
        s("35 Annex III unanswered")
            .ai(a -> a.annexIiiPoint(AnnexIiiPoint.UNKNOWN))
            .tier(AiActTier.UNDETERMINED)
            .duties(APPLIES, AI_LITERACY)
            .duties(DEPENDS_ON_ANSWERS, DEPLOYER_ANNEX_III)
            .duties(DEPENDS_ON_ANSWERS, INFORM_WORKERS, POST_REMOTE_BIOMETRIC_AUTHORISATION)
            .asks(Question.ANNEX_III_POINT)
            .cites("Art. 6(2)", "Annex III")
            .text("annexe III", "Annex III"),
        // --- Annex I --------------------------------------------------------------------------
        s("36 safety component of a lift under Annex I, from 2 August 2028")
            .on(AFTER_ANNEX_I)
            .ai(a -> a.annexIProductSafetyComponent(Answer.YES))
            .tier(AiActTier.HIGH_RISK)
            .duties(APPLIES, AI_LITERACY)
            .duties(APPLIES, DEPLOYER_CORE)
            .from(AiActDates.HIGH_RISK_ANNEX_I, USE_PER_INSTRUCTIONS)
            .cites("Art. 6(1)", "Annex I")
            .text("annexe I", "Annex I"),
        s("37 the same lift component in January 2028: applies from 2 August 2028")
            .on(AFTER_ANNEX_III)
            .ai(a -> a.annexIProductSafetyComponent(Answer.YES))
            .tier(AiActTier.HIGH_RISK)
            .duties(APPLIES, AI_LITERACY)
            .duties(NOT_YET_APPLICABLE, DEPLOYER_CORE)
            .from(AiActDates.HIGH_RISK_ANNEX_I, KEEP_LOGS)
            .cites("Art. 6(1)")
            .text("2 août 2028", "2 August 2028"),
        s("38 Annex I unanswered")
            .ai(a -> a.annexIProductSafetyComponent(null))
            .tier(AiActTier.UNDETERMINED)
            .duties(APPLIES, AI_LITERACY)
            .duties(DEPENDS_ON_ANSWERS, DEPLOYER_CORE)
            .asks(Question.ANNEX_I_SAFETY_COMPONENT)
            .cites("Art. 6(1)", "Annex I")
            .text("art. 6, § 1", "Art. 6(1)"),
        // --- Art. 50 by role ----------------------------------------------------------------
        s("39 a vendor's chatbot deployed by the commune: Art. 50(1) is the provider's")
            .decide(d -> d.interactsWithPublic(true))
            .tier(AiActTier.MINIMAL)
            .duties(APPLIES, AI_LITERACY)
            .cites("Art. 50(1)")
            .text("art. 50, § 1", "Art. 50(1)"),
        s("40 a chatbot the commune builds and runs under its own name")
            .ai(a -> a.role(AiActRole.PROVIDER_AND_DEPLOYER))
            .decide(d -> d.interactsWithPublic(true))
            .tier(AiActTier.TRANSPARENCY)
            .duties(APPLIES, AI_LITERACY, DISCLOSE_AI_INTERACTION)
            .from(AiActDates.GENERAL, DISCLOSE_AI_INTERACTION)
            .cites("Art. 50(1)")
            .text("art. 50, § 1", "Art. 50(1)"),
        s("41 the same chatbot in July 2026: Art. 50(1) applies from 2 August 2026")
            .on(LocalDate.of(2026, 7, 1))
            .ai(a -> a.role(AiActRole.PROVIDER))
            .decide(d -> d.interactsWithPublic(true))
            .tier(AiActTier.TRANSPARENCY)
            .duties(APPLIES, AI_LITERACY)
            .duties(NOT_YET_APPLICABLE, DISCLOSE_AI_INTERACTION)
            .cites("Art. 50(1)")
            .text("2 août 2026", "2 August 2026"),
        s("42 drafting assistant whose drafts agents review and sign: no Art. 50(4) duty")
            .decide(d -> d.generatesContent(true))
            .ai(
                a ->
                    a.deepFake(Answer.NO)
                        .publicInterestText(Answer.YES)
                        .editorialResponsibility(Answer.YES))
            .tier(AiActTier.MINIMAL)
            .duties(APPLIES, AI_LITERACY)
            .cites("Art. 50(4)", "Art. 50(2)")
            .text("art. 50, § 4", "Art. 50(4)"),
        s("43 the same texts published unreviewed: disclosure under Art. 50(4)")
            .decide(d -> d.generatesContent(true))
            .ai(
                a ->
                    a.deepFake(Answer.NO)
                        .publicInterestText(Answer.YES)
                        .editorialResponsibility(Answer.NO))
            .tier(AiActTier.TRANSPARENCY)
            .duties(APPLIES, AI_LITERACY, DISCLOSE_GENERATED_TEXT)
            .cites("Art. 50(4)")
            .text("art. 50, § 4", "Art. 50(4)"),
        s("44 editorial control unanswered: asked")
            .decide(d -> d.generatesContent(true))
            .ai(a -> a.deepFake(Answer.NO).publicInterestText(Answer.YES))
            .tier(AiActTier.UNDETERMINED)
            .duties(APPLIES, AI_LITERACY)
            .duties(DEPENDS_ON_ANSWERS, DISCLOSE_GENERATED_TEXT)
            .asks(Question.EDITORIAL_RESPONSIBILITY)
            .cites("Art. 50(4)")
            .text("responsabilité éditoriale", "editorial responsibility"),
        s("45 internal drafts never published: Art. 50(4) does not apply")
            .decide(d -> d.generatesContent(true))
            .ai(a -> a.deepFake(Answer.NO).publicInterestText(Answer.NO))
            .tier(AiActTier.MINIMAL)
            .duties(APPLIES, AI_LITERACY)
            .cites("Art. 50(4)")
            .text("art. 50, § 4", "Art. 50(4)"),
        s("46 a deep fake video in a campaign: disclosure under Art. 50(4)")
            .decide(d -> d.generatesContent(true))
            .ai(a -> a.deepFake(Answer.YES).publicInterestText(Answer.NO))
            .tier(AiActTier.TRANSPARENCY)
            .duties(APPLIES, AI_LITERACY, DISCLOSE_DEEP_FAKE)
            .cites("Art. 50(4)")
            .text("hypertrucage", "deep fake"),
        s("47 image generator put on the market in March 2026: marking by 2 December 2026")
            .on(LocalDate.of(2026, 11, 1))
            .inService(LocalDate.of(2026, 3, 1))
            .ai(a -> a.role(AiActRole.PROVIDER).assistiveEditingOnly(Answer.NO))
            .decide(d -> d.generatesContent(true))
            .tier(AiActTier.TRANSPARENCY)
            .duties(APPLIES, AI_LITERACY)
            .duties(NOT_YET_APPLICABLE, MARK_SYNTHETIC_CONTENT)
            .from(AiActDates.NEW_PROHIBITIONS_AND_MARKING_GRACE, MARK_SYNTHETIC_CONTENT)
            .cites("Art. 50(2)", "Art. 111(4)")
            .text("art. 111, § 4", "Art. 111(4)"),
        s("48 image generator put on the market in September 2026: marking applies")
            .on(LocalDate.of(2026, 11, 1))
            .inService(LocalDate.of(2026, 9, 1))
            .ai(a -> a.role(AiActRole.PROVIDER).assistiveEditingOnly(Answer.NO))
            .decide(d -> d.generatesContent(true))
            .tier(AiActTier.TRANSPARENCY)
            .duties(APPLIES, AI_LITERACY, MARK_SYNTHETIC_CONTENT)
            .from(AiActDates.GENERAL, MARK_SYNTHETIC_CONTENT)
            .cites("Art. 50(2)")
            .text("art. 50, § 2", "Art. 50(2)"),
        s("49 a provider's spell-checker only assists editing: no Art. 50(2) marking")
            .ai(a -> a.role(AiActRole.PROVIDER).assistiveEditingOnly(Answer.YES))
            .decide(d -> d.generatesContent(true))
            .tier(AiActTier.MINIMAL)
            .duties(APPLIES, AI_LITERACY)
            .cites("Art. 50(2)")
            .text("art. 50, § 2", "Art. 50(2)"),
        s("50 biometric categorisation of visitors unanswered (Art. 50(3))")
            .ai(a -> a.emotionRecognitionOrBiometricCategorisation(Answer.UNKNOWN))
            .tier(AiActTier.UNDETERMINED)
            .duties(APPLIES, AI_LITERACY)
            .duties(DEPENDS_ON_ANSWERS, INFORM_BIOMETRIC_EXPOSURE)
            .asks(Question.EMOTION_OR_BIOMETRIC_CATEGORISATION)
            .cites("Art. 50(3)")
            .text("art. 50, § 3", "Art. 50(3)"),
        // --- Role ----------------------------------------------------------------------------
        s("51 role unanswered, people interact with it: the tier depends on the role")
            .ai(a -> a.role(null))
            .decide(d -> d.interactsWithPublic(true))
            .tier(AiActTier.UNDETERMINED)
            .duties(APPLIES, AI_LITERACY)
            .duties(DEPENDS_ON_ANSWERS, DISCLOSE_AI_INTERACTION)
            .asks(Question.ROLE)
            .cites("Art. 3(3)", "Art. 25")
            .text("art. 3, § 3", "Art. 3(3)"),
        s("52 role unanswered, point 5(a): high-risk either way, duties by role pending")
            .on(AFTER_ANNEX_III)
            .ai(a -> a.role(null).annexIiiPoint(AnnexIiiPoint.P5_A))
            .tier(AiActTier.HIGH_RISK)
            .duties(APPLIES, AI_LITERACY)
            .duties(DEPENDS_ON_ANSWERS, PROVIDER_CORE)
            .duties(DEPENDS_ON_ANSWERS, PROVIDER_REGISTRATION)
            .duties(DEPENDS_ON_ANSWERS, DEPLOYER_ANNEX_III)
            .asks(Question.ROLE)
            .cites("Art. 3(4)")
            .text("art. 3, § 4", "Art. 3(4)"),
        s("53 provider of a point 5(a) system: Art. 16-20, 43, 47, 49(1), no deployer duty")
            .on(AFTER_ANNEX_III)
            .ai(a -> a.role(AiActRole.PROVIDER).annexIiiPoint(AnnexIiiPoint.P5_A))
            .tier(AiActTier.HIGH_RISK)
            .duties(APPLIES, AI_LITERACY)
            .duties(APPLIES, PROVIDER_CORE)
            .duties(APPLIES, PROVIDER_REGISTRATION)
            .cites("Art. 16", "Art. 43", "Art. 47", "Art. 49(1)")
            .text("art. 49, § 1", "Art. 49(1)"),
        s("54 provider of a point 2 safety component: no EU database registration")
            .on(AFTER_ANNEX_III)
            .ai(
                a ->
                    a.role(AiActRole.PROVIDER)
                        .annexIiiPoint(AnnexIiiPoint.P2)
                        .criticalInfrastructureSafetyComponent(Answer.YES))
            .tier(AiActTier.HIGH_RISK)
            .duties(APPLIES, AI_LITERACY)
            .duties(APPLIES, PROVIDER_CORE)
            .cites("Annex III, point 2", "Art. 17")
            .text("art. 17", "Art. 17"),
        // --- Chapter V ----------------------------------------------------------------------
        s("55 assistant built on a general-purpose model: Chapter V is the model provider's")
            .ai(a -> a.generalPurposeAi(GeneralPurposeAi.BUILT_ON_MODEL))
            .tier(AiActTier.MINIMAL)
            .duties(APPLIES, AI_LITERACY)
            .cites("Art. 53")
            .text("art. 53", "Art. 53"),
        s("56 the authority publishes its own general-purpose model")
            .ai(a -> a.role(AiActRole.PROVIDER).generalPurposeAi(GeneralPurposeAi.PROVIDES_MODEL))
            .tier(AiActTier.MINIMAL)
            .duties(APPLIES, AI_LITERACY, GENERAL_PURPOSE_MODEL_PROVIDER)
            .from(AiActDates.GENERAL_PURPOSE_AI_MODELS, GENERAL_PURPOSE_MODEL_PROVIDER)
            .cites("Art. 53")
            .text("art. 53", "Art. 53"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("situations")
  void classify_situation(Situation s) {
    AiActClassification c = AiActClassifier.classify(s.usage(), s.on);

    assertThat(c.tier()).as("tier").isEqualTo(s.tier);
    Map<Obligation, DutyStatus> found = new LinkedHashMap<>();
    c.duties().forEach(d -> found.put(d.obligation(), d.status()));
    assertThat(found).as("duties by status").containsExactlyInAnyOrderEntriesOf(s.duties);
    s.dates.forEach(
        (o, date) ->
            assertThat(c.duty(o).orElseThrow().appliesFrom()).as("date of %s", o).isEqualTo(date));
    for (Duty d : c.duties()) {
      AiActRole bearer = d.obligation().bearer();
      if (c.role() == AiActRole.DEPLOYER) {
        assertThat(bearer).as("deployer bears %s", d.obligation()).isNotEqualTo(AiActRole.PROVIDER);
      }
      if (c.role() == AiActRole.PROVIDER) {
        assertThat(bearer).as("provider bears %s", d.obligation()).isNotEqualTo(AiActRole.DEPLOYER);
      }
    }
    List<String> cited = new ArrayList<>();
    c.reasons().forEach(r -> cited.addAll(r.articles()));
    c.duties().forEach(d -> cited.addAll(d.articles()));
    c.openQuestions().forEach(q -> cited.addAll(q.articles()));
    assertThat(cited).as("articles cited").containsAll(s.cites);
    assertThat(c.openQuestions().stream().map(OpenQuestion::question))
        .as("open questions")
        .containsAll(s.questions);
    if (s.tier != AiActTier.UNDETERMINED) {
      assertThat(c.openQuestions().stream().map(OpenQuestion::question))
          .as("only questions the tier does not depend on")
          .isSubsetOf(
              s.tier == AiActTier.HIGH_RISK
                  ? EnumSet.of(
                      Question.ROLE,
                      Question.BIOMETRIC_POINT,
                      Question.CONCERNS_INDIVIDUALS,
                      Question.EMOTION_OR_BIOMETRIC_CATEGORISATION,
                      Question.INTERACTS_WITH_PUBLIC,
                      Question.GENERATES_CONTENT,
                      Question.ASSISTIVE_EDITING,
                      Question.DEEP_FAKE,
                      Question.PUBLIC_INTEREST_TEXT,
                      Question.EDITORIAL_RESPONSIBILITY,
                      Question.ANNEX_I_SAFETY_COMPONENT)
                  : EnumSet.of(
                      Question.ROLE, Question.BIOMETRIC_POINT, Question.CONCERNS_INDIVIDUALS));
    }
    assertThat(c.regulation()).contains("2024/1689", "2026/1744");

    String french = c.explain(Locale.FRENCH);
    if (Boolean.getBoolean("aiact.print")) {
      System.out.println("== " + s.name + "\n" + french + c.explain(Locale.ENGLISH));
    }
    String english = c.explain(Locale.ENGLISH);
    assertThat(french).as("French").contains(s.french).doesNotContain("Art. ", "Annex ");
    assertThat(english).as("English").contains(s.english).doesNotContain("annexe ", "art. ");
  }

  @Test
  void situations_areAtLeastForty_andNamedOnce() {
    List<String> names = situations().map(x -> x.name).toList();
    assertThat(names).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
  }
}
