package eu.civicai.governance.aiact;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.AiActProfile;
import eu.civicai.governance.usage.AiActRole;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.AnnexIiiArea;
import eu.civicai.governance.usage.AnnexIiiPoint;
import eu.civicai.governance.usage.Answer;
import eu.civicai.governance.usage.Article2Exclusion;
import eu.civicai.governance.usage.DecisionMaking;
import eu.civicai.governance.usage.GeneralPurposeAi;
import eu.civicai.governance.usage.ProhibitedPractice;
import eu.civicai.governance.usage.RealTimeBiometricException;
import eu.civicai.governance.usage.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Classifies an AI usage under the EU AI Act by a traceable procedure, for the authority in its
 * role (provider, deployer or both; Art. 3(3), 3(4), 25). The procedure, its dates and its sources
 * are in docs/aiact.md:
 *
 * <ol>
 *   <li>Scope: not an AI system (Art. 3(1)) or excluded by Art. 2 gives OUT_OF_SCOPE and no duty.
 *   <li>Art. 5: a practice answered yes makes it PROHIBITED (from the date its prohibition
 *       applies); real-time remote biometric identification asks for the Art. 5(1)(h) exception; an
 *       unanswered point leaves it UNDETERMINED.
 *   <li>Art. 6: Annex I products (Art. 6(1)) and Annex III points (Art. 6(2)) make it HIGH_RISK;
 *       point 2 only for safety components; Art. 6(3) never when it profiles natural persons.
 *   <li>Art. 50: 50(1) and 50(2) bind the provider (50(2) not for assistive editing), 50(3) and
 *       50(4) the deployer, with the editorial exception of 50(4). TRANSPARENCY when one binds the
 *       authority in its role.
 *   <li>Otherwise MINIMAL, once every question above is answered.
 * </ol>
 *
 * <p>Every unanswered question is an open question naming its article or annex point, never a
 * guess; every duty carries the date it applies from. Stateless and thread-safe.
 */
public final class AiActClassifier {
  /** The version of the rule set: the day its reading of the text was last checked. */
  public static final String RULE_SET_VERSION = "2026-12-01";

  /** The rule set this classifier encodes: the text, its amendments and the version. */
  public static final String REGULATION =
      "Regulation (EU) 2024/1689 (AI Act), OJ L, 2024/1689, 12.7.2024, as amended by"
          + " Regulation (EU) 2026/1744 (Digital Omnibus on AI), OJ L, 2026/1744, 24.7.2026;"
          + " CivicAI rule set "
          + RULE_SET_VERSION;

  /** The rule set in French, as written in French output. */
  public static final String REGULATION_FR =
      "Règlement (UE) 2024/1689 (règlement sur l'IA), JO L, 2024/1689, 12.7.2024, modifié par le"
          + " règlement (UE) 2026/1744 (omnibus numérique sur l'IA), JO L, 2026/1744, 24.7.2026 ;"
          + " règles CivicAI "
          + RULE_SET_VERSION;

  private static final Set<AiTechnique> AI_TECHNIQUES =
      EnumSet.of(
          AiTechnique.MACHINE_LEARNING, AiTechnique.NEURAL_NETWORKS, AiTechnique.GENERATIVE_AI);

  private AiActClassifier() {}

  /**
   * Classifies a usage for a given day: duties that apply later are NOT_YET_APPLICABLE with their
   * date, and a prohibition that does not apply yet is reported, not enforced.
   *
   * @param usage the usage
   * @param on the day (in the authority's time zone) the duties are judged for
   * @return the classification
   * @throws eu.civicai.governance.InvalidInputException when an argument is null
   */
  public static AiActClassification classify(AiUsage usage, LocalDate on) {
    Check.notNull("on", on);
    return new Run(Check.notNull("usage", usage), on).classify();
  }

  /**
   * Classifies a usage without a date: every duty found is listed as APPLIES, each with the date it
   * applies from. Use {@link #classify(AiUsage, LocalDate)} to know what binds the authority on a
   * given day.
   *
   * @param usage the usage
   * @return the classification, with a null {@code assessedOn}
   * @throws eu.civicai.governance.InvalidInputException when the usage is null
   */
  public static AiActClassification classify(AiUsage usage) {
    return new Run(Check.notNull("usage", usage), null).classify();
  }

  /** One classification; not shared between threads. */
  private static final class Run {
    private final AiUsage usage;
    private final AiActProfile p;
    private final DecisionMaking d;
    private final LocalDate on;
    private final AiActRole role;
    private final List<Reason> reasons = new ArrayList<>();
    private final Map<Obligation, Duty> duties = new LinkedHashMap<>();
    private final List<OpenQuestion> questions = new ArrayList<>();

    /** A question the tier depends on is open. */
    private boolean open;

    /** Whether the Act applies at all is still open. */
    private boolean scopeOpen;

    Run(AiUsage usage, LocalDate on) {
      this.usage = usage;
      this.p = usage.aiAct() == null ? AiActProfile.builder().build() : usage.aiAct();
      this.d = usage.decision();
      this.on = on;
      this.role = p.role();
    }

    AiActClassification classify() {
      if (role == null) {
        ask(Question.ROLE, false);
      } else {
        reasons.add(new Reason(ReasonCode.ROLE, role.name()));
      }
      if (!scope()) {
        return result(AiActTier.OUT_OF_SCOPE);
      }
      if (prohibited()) {
        return result(AiActTier.PROHIBITED);
      }
      add(Obligation.AI_LITERACY, true, AiActDates.CHAPTERS_I_AND_II);
      Boolean highRisk = highRisk();
      Boolean transparency = transparency();
      generalPurpose();
      AiActTier tier;
      if (open || scopeOpen) {
        tier = AiActTier.UNDETERMINED;
      } else if (Boolean.TRUE.equals(highRisk)) {
        tier = AiActTier.HIGH_RISK;
      } else if (highRisk == null || transparency == null) {
        tier = AiActTier.UNDETERMINED;
      } else if (transparency) {
        tier = AiActTier.TRANSPARENCY;
      } else {
        reasons.add(new Reason(ReasonCode.NO_TRANSPARENCY_TRIGGER, null));
        tier = AiActTier.MINIMAL;
      }
      return result(tier);
    }

    private AiActClassification result(AiActTier tier) {
      return new AiActClassification(
          tier, reasons, List.copyOf(duties.values()), questions, REGULATION, role, on);
    }

    // --- 1. Scope: Art. 2 and Art. 3(1) -----------------------------------------------------

    /** Returns false when the Act does not apply. */
    private boolean scope() {
      Article2Exclusion exclusion = p.article2Exclusion();
      if (exclusion != null && exclusion.article() != null) {
        reasons.add(
            new Reason(ReasonCode.OUTSIDE_SCOPE, exclusion.name(), List.of(exclusion.article())));
        questions.clear();
        return false;
      }
      if (p.aiSystem() == Answer.NO) {
        reasons.add(new Reason(ReasonCode.NOT_AN_AI_SYSTEM, null));
        questions.clear();
        return false;
      }
      if (p.aiSystem() == Answer.YES) {
        reasons.add(new Reason(ReasonCode.AI_SYSTEM, null));
      } else {
        List<AiTechnique> learning =
            usage.system() == null
                ? List.of()
                : usage.system().techniques().stream().filter(AI_TECHNIQUES::contains).toList();
        if (learning.isEmpty()) {
          ask(Question.AI_SYSTEM, false);
          scopeOpen = true;
        } else {
          reasons.add(
              new Reason(
                  ReasonCode.AI_SYSTEM_BY_TECHNIQUE,
                  learning.stream().map(Enum::name).collect(Collectors.joining(", "))));
        }
      }
      if (exclusion == null || exclusion == Article2Exclusion.UNKNOWN) {
        ask(Question.SCOPE, false);
        scopeOpen = true;
      }
      return true;
    }

    // --- 2. Art. 5 ----------------------------------------------------------------------------

    /** Returns true when a prohibition applies; lists the screening left open otherwise. */
    private boolean prohibited() {
      Map<ProhibitedPractice, Boolean> screening = p.prohibitedPractices();
      List<ProhibitedPractice> done = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (ProhibitedPractice practice : ProhibitedPractice.values()) {
        LocalDate from = prohibitionDate(practice);
        boolean required = on == null || !on.isBefore(from);
        Boolean answer = screening.get(practice);
        if (answer == null) {
          if (required) {
            missing.add(practice.article());
          }
        } else if (answer) {
          if (!required) {
            reasons.add(
                new Reason(
                    ReasonCode.PROHIBITION_NOT_YET_APPLICABLE,
                    from.toString(),
                    List.of(practice.article(), "Art. 113")));
            add(Obligation.STOP_PROHIBITED_PRACTICE, true, from, practice.article());
          } else if (practice == ProhibitedPractice.REALTIME_REMOTE_BIOMETRIC_ID_LAW_ENFORCEMENT) {
            RealTimeBiometricException exception = p.realTimeBiometricException();
            if (exception == null || exception == RealTimeBiometricException.UNKNOWN) {
              ask(Question.ART_5_1_H_EXCEPTION, true);
              add(Obligation.STOP_PROHIBITED_PRACTICE, false, from, practice.article());
            } else if (exception == RealTimeBiometricException.NONE) {
              done.add(practice);
            } else {
              reasons.add(
                  new Reason(
                      ReasonCode.REAL_TIME_BIOMETRIC_EXCEPTION,
                      exception.name(),
                      List.of(exception.article(), "Art. 5(2)", "Art. 5(3)", "Art. 5(5)")));
              add(Obligation.REAL_TIME_BIOMETRIC_AUTHORISATION, true, from);
            }
          } else {
            done.add(practice);
          }
        }
      }
      if (!done.isEmpty() && scopeOpen) {
        // A prohibited practice, if the Act applies at all: that is still to be answered.
        for (ProhibitedPractice practice : done) {
          reasons.add(
              new Reason(
                  ReasonCode.PROHIBITED_PRACTICE, practice.name(), List.of(practice.article())));
          add(
              Obligation.STOP_PROHIBITED_PRACTICE,
              false,
              prohibitionDate(practice),
              practice.article());
        }
        open = true;
        return false;
      }
      if (!done.isEmpty()) {
        duties.clear();
        questions.removeIf(q -> q.question() != Question.ROLE);
        List<String> articles = done.stream().map(ProhibitedPractice::article).toList();
        for (ProhibitedPractice practice : done) {
          reasons.add(
              new Reason(
                  ReasonCode.PROHIBITED_PRACTICE, practice.name(), List.of(practice.article())));
        }
        LocalDate from =
            done.stream()
                .map(AiActClassifier::prohibitionDate)
                .max(LocalDate::compareTo)
                .orElseThrow();
        duties.put(
            Obligation.STOP_PROHIBITED_PRACTICE,
            new Duty(
                Obligation.STOP_PROHIBITED_PRACTICE,
                AiActRole.PROVIDER_AND_DEPLOYER,
                articles,
                from,
                DutyStatus.APPLIES));
        return true;
      }
      if (missing.isEmpty()) {
        reasons.add(new Reason(ReasonCode.SCREENING_CLEAR, null));
      } else {
        questions.add(
            new OpenQuestion(Question.ART_5_SCREENING, Question.ART_5_SCREENING.field(), missing));
        // Until every point is answered, stopping a prohibited practice may be due.
        add(
            Obligation.STOP_PROHIBITED_PRACTICE,
            false,
            AiActDates.CHAPTERS_I_AND_II,
            missing.toArray(String[]::new));
        open = true;
      }
      return false;
    }

    // --- 3. Art. 6 ----------------------------------------------------------------------------

    /** Returns whether it is high-risk (null when open); adds the duties that follow. */
    private @Nullable Boolean highRisk() {
      boolean rbi = duties.containsKey(Obligation.REAL_TIME_BIOMETRIC_AUTHORISATION);
      AnnexIiiPoint point = p.annexIiiPoint() == AnnexIiiPoint.UNKNOWN ? null : p.annexIiiPoint();
      AnnexIiiArea area = p.area();
      if (rbi && point == null && area == null) {
        point = AnnexIiiPoint.P1_A; // real-time remote biometric identification is point 1(a)
        area = AnnexIiiArea.BIOMETRICS;
      }
      Boolean annexIii;
      boolean exempted = false;
      if (area == null) {
        ask(Question.ANNEX_III_POINT, false);
        annexIii = null;
      } else if (area == AnnexIiiArea.NONE || point == AnnexIiiPoint.NONE) {
        reasons.add(new Reason(ReasonCode.OUTSIDE_ANNEX_III, null));
        annexIii = false;
      } else {
        String cite = point != null ? point.citation() : area.citation();
        String detail = point != null ? point.name() : area.name();
        Boolean candidate = Boolean.TRUE;
        if (area == AnnexIiiArea.CRITICAL_INFRASTRUCTURE) {
          Answer safety = p.criticalInfrastructureSafetyComponent();
          if (safety == Answer.NO) {
            reasons.add(new Reason(ReasonCode.NOT_A_SAFETY_COMPONENT, null));
            candidate = Boolean.FALSE;
          } else if (safety != Answer.YES) {
            ask(Question.CRITICAL_INFRASTRUCTURE_SAFETY_COMPONENT, false);
            candidate = null;
          }
        }
        if (Boolean.TRUE.equals(candidate)) {
          reasons.add(new Reason(ReasonCode.ANNEX_III_AREA, detail, List.of("Art. 6(2)", cite)));
        }
        if (area == AnnexIiiArea.BIOMETRICS && point == null) {
          ask(Question.BIOMETRIC_POINT, false);
        }
        if (!Boolean.FALSE.equals(candidate) && !p.exemptions().isEmpty()) {
          Boolean profiling = d == null ? null : d.profiling();
          if (Boolean.TRUE.equals(profiling)) {
            reasons.add(new Reason(ReasonCode.PROFILING_OVERRIDE, null));
          } else if (profiling == null) {
            ask(Question.PROFILING, false);
            candidate = null;
          } else if (Boolean.TRUE.equals(candidate)) {
            String claimed =
                p.exemptions().stream().map(Enum::name).collect(Collectors.joining(", "));
            reasons.add(new Reason(ReasonCode.EXEMPTION_CLAIMED, claimed));
            candidate = Boolean.FALSE;
            exempted = true;
          }
        }
        annexIii = candidate;
      }
      Boolean annexI = null;
      if (!Boolean.TRUE.equals(annexIii)) {
        Answer product = p.annexIProductSafetyComponent();
        if (product == Answer.YES) {
          reasons.add(new Reason(ReasonCode.ANNEX_I_PRODUCT, null));
          annexI = true;
        } else if (product == Answer.NO) {
          annexI = false;
        } else {
          ask(Question.ANNEX_I_SAFETY_COMPONENT, false);
        }
      }
      Boolean highRisk =
          Boolean.TRUE.equals(annexIii) || Boolean.TRUE.equals(annexI)
              ? Boolean.TRUE
              : Boolean.FALSE.equals(annexIii) && Boolean.FALSE.equals(annexI)
                  ? Boolean.FALSE
                  : null;
      if (exempted && Boolean.FALSE.equals(highRisk)) {
        addForRole(
            Obligation.DOCUMENT_NOT_HIGH_RISK_ASSESSMENT, true, AiActDates.HIGH_RISK_ANNEX_III);
      }
      if (!Boolean.FALSE.equals(highRisk)) {
        highRiskDuties(Boolean.TRUE.equals(highRisk), annexIii, point, area);
      }
      return highRisk;
    }

    /**
     * Adds the duties of a high-risk system: certain when it is high-risk, pending when that is
     * open; those of Annex III only (Art. 26(8), 26(11), 27, 49, 86) when it may fall under Annex
     * III, and never for its point 2 where the Act excludes it.
     */
    private void highRiskDuties(
        boolean certain, Boolean annexIii, AnnexIiiPoint point, AnnexIiiArea area) {
      boolean viaAnnexIii = !Boolean.FALSE.equals(annexIii);
      LocalDate from = viaAnnexIii ? AiActDates.HIGH_RISK_ANNEX_III : AiActDates.HIGH_RISK_ANNEX_I;
      String transition = null;
      if (usage.status() != null
          && usage.status().startDate() != null
          && usage.status().startDate().isBefore(from)
          && usage.status().stage() != null
          && usage.status().stage().compareTo(Stage.DEPLOYMENT) >= 0) {
        // Art. 111(2): in service before the date; public authorities comply by 2 August 2030.
        from = AiActDates.PUBLIC_AUTHORITY_LEGACY;
        transition = "Art. 111(2)";
        if (certain) {
          reasons.add(
              new Reason(
                  ReasonCode.PUBLIC_AUTHORITY_TRANSITION, usage.status().startDate().toString()));
        }
      }
      boolean annexIiiKnown = certain && Boolean.TRUE.equals(annexIii) && area != null;
      boolean notPoint2 = viaAnnexIii && area != AnnexIiiArea.CRITICAL_INFRASTRUCTURE;
      for (Obligation o :
          List.of(
              Obligation.PROVIDER_OBLIGATIONS,
              Obligation.QUALITY_MANAGEMENT_SYSTEM,
              Obligation.DOCUMENTATION_KEEPING,
              Obligation.PROVIDER_LOGS,
              Obligation.CORRECTIVE_ACTIONS,
              Obligation.CONFORMITY_ASSESSMENT,
              Obligation.EU_DECLARATION_OF_CONFORMITY)) {
        addForRole(o, certain, from, transition);
      }
      if (notPoint2) {
        addForRole(Obligation.PROVIDER_REGISTRATION, annexIiiKnown, from, transition);
      }
      for (Obligation o :
          List.of(
              Obligation.USE_PER_INSTRUCTIONS,
              Obligation.HUMAN_OVERSIGHT,
              Obligation.INPUT_DATA_RELEVANCE,
              Obligation.MONITORING,
              Obligation.KEEP_LOGS)) {
        addForRole(o, certain, from, transition);
      }
      if (viaAnnexIii && (area == AnnexIiiArea.EMPLOYMENT || area == null)) {
        addForRole(Obligation.INFORM_WORKERS, annexIiiKnown, from, transition);
      }
      if (notPoint2) {
        addForRole(Obligation.CHECK_EU_DATABASE_REGISTRATION, annexIiiKnown, from, transition);
      }
      if (viaAnnexIii
          && (area == null
              || area == AnnexIiiArea.BIOMETRICS
                  && (point == null || point == AnnexIiiPoint.P1_A))) {
        addForRole(
            Obligation.POST_REMOTE_BIOMETRIC_AUTHORISATION,
            annexIiiKnown && point == AnnexIiiPoint.P1_A,
            from,
            transition);
      }
      Boolean individuals = d == null ? null : d.concernsIndividuals();
      boolean aboutPeople = !Boolean.FALSE.equals(individuals);
      if (viaAnnexIii && aboutPeople) {
        if (individuals == null && !Boolean.FALSE.equals(deployer()) && annexIiiKnown) {
          ask(Question.CONCERNS_INDIVIDUALS, false);
        }
        addForRole(
            Obligation.INFORM_AFFECTED_PERSONS,
            annexIiiKnown && individuals != null,
            from,
            transition);
      }
      if (notPoint2) {
        addForRole(
            Obligation.FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT, annexIiiKnown, from, transition);
        boolean secure =
            area == AnnexIiiArea.BIOMETRICS
                || area == AnnexIiiArea.LAW_ENFORCEMENT
                || area == AnnexIiiArea.MIGRATION_BORDER;
        addForRole(
            Obligation.REGISTRATION, annexIiiKnown, from, transition, secure ? "Art. 49(4)" : null);
        if (aboutPeople) {
          addForRole(
              Obligation.EXPLANATION_ON_REQUEST,
              annexIiiKnown && individuals != null,
              from,
              transition);
        }
      }
    }

    // --- 4. Art. 50 ---------------------------------------------------------------------------

    /** Returns whether an Art. 50 duty binds the authority in its role (null when open). */
    private @Nullable Boolean transparency() {
      Boolean provider = providerTransparency();
      Boolean deployer = deployerTransparency();
      Boolean isProvider = provider();
      Boolean isDeployer = deployer();
      Boolean asProvider = and(isProvider, provider);
      Boolean asDeployer = and(isDeployer, deployer);
      // An open Art. 50 question leaves the tier open unless the system is high-risk anyway.
      return or(asProvider, asDeployer);
    }

    private Boolean providerTransparency() {
      if (provider() == Boolean.FALSE) {
        Boolean interacts = d == null ? null : d.interactsWithPublic();
        if (Boolean.TRUE.equals(interacts)) {
          reasons.add(new Reason(ReasonCode.INTERACTION_DISCLOSED_BY_PROVIDER, null));
        }
        if (d != null && Boolean.TRUE.equals(d.generatesContent())) {
          reasons.add(new Reason(ReasonCode.MARKING_BY_PROVIDER, null));
        }
        return Boolean.FALSE;
      }
      boolean certain = provider() != null;
      Boolean result = Boolean.FALSE;
      Boolean interacts = d == null ? null : d.interactsWithPublic();
      if (Boolean.TRUE.equals(interacts)) {
        reasons.add(new Reason(ReasonCode.INTERACTS_WITH_PEOPLE, null));
        addForRole(Obligation.DISCLOSE_AI_INTERACTION, certain, AiActDates.GENERAL);
        result = Boolean.TRUE;
      } else if (interacts == null) {
        ask(Question.INTERACTS_WITH_PUBLIC, false);
        result = null;
      }
      Boolean generates = d == null ? null : d.generatesContent();
      if (Boolean.TRUE.equals(generates)) {
        Answer assistive = p.assistiveEditingOnly();
        if (assistive == Answer.YES) {
          reasons.add(new Reason(ReasonCode.ASSISTIVE_EDITING, null));
        } else {
          boolean known = assistive == Answer.NO;
          if (known) {
            reasons.add(new Reason(ReasonCode.GENERATES_CONTENT, null));
          } else {
            ask(Question.ASSISTIVE_EDITING, false);
          }
          markingDuty(certain && known);
          result = known ? Boolean.TRUE : result == Boolean.TRUE ? Boolean.TRUE : null;
        }
      } else if (generates == null) {
        ask(Question.GENERATES_CONTENT, false);
        result = result == Boolean.TRUE ? Boolean.TRUE : null;
      }
      return result;
    }

    /** Art. 50(2), with the grace of Art. 111(4) for systems in service before 2 August 2026. */
    private void markingDuty(boolean certain) {
      boolean before =
          usage.status() != null
              && usage.status().startDate() != null
              && usage.status().startDate().isBefore(AiActDates.GENERAL);
      if (before) {
        addForRole(
            Obligation.MARK_SYNTHETIC_CONTENT,
            certain,
            AiActDates.NEW_PROHIBITIONS_AND_MARKING_GRACE,
            "Art. 111(4)");
      } else {
        addForRole(Obligation.MARK_SYNTHETIC_CONTENT, certain, AiActDates.GENERAL);
      }
    }

    private Boolean deployerTransparency() {
      if (deployer() == Boolean.FALSE) {
        return Boolean.FALSE;
      }
      boolean certain = deployer() != null;
      Boolean result = Boolean.FALSE;
      // Art. 50(3): points 1(b) and 1(c) of Annex III are such systems; point 1(a) is not.
      Answer exposure = p.emotionRecognitionOrBiometricCategorisation();
      boolean byPoint =
          p.annexIiiPoint() == AnnexIiiPoint.P1_B || p.annexIiiPoint() == AnnexIiiPoint.P1_C;
      if (byPoint || exposure == Answer.YES) {
        reasons.add(
            new Reason(
                ReasonCode.BIOMETRIC_EXPOSURE,
                byPoint ? p.annexIiiPoint().name() : null,
                byPoint ? List.of("Art. 50(3)", p.annexIiiPoint().citation()) : null));
        addForRole(Obligation.INFORM_BIOMETRIC_EXPOSURE, certain, AiActDates.GENERAL);
        result = Boolean.TRUE;
      } else if (exposure != Answer.NO) {
        ask(Question.EMOTION_OR_BIOMETRIC_CATEGORISATION, false);
        addForRole(Obligation.INFORM_BIOMETRIC_EXPOSURE, false, AiActDates.GENERAL);
        result = null;
      }
      Boolean generates = d == null ? null : d.generatesContent();
      if (Boolean.FALSE.equals(generates)) {
        return result;
      }
      if (generates == null && provider() == Boolean.FALSE) {
        ask(Question.GENERATES_CONTENT, false);
      }
      boolean known = generates != null;
      Boolean deepFake = known ? Answer.truth(p.deepFake()) : null;
      if (Boolean.TRUE.equals(deepFake)) {
        reasons.add(new Reason(ReasonCode.DEEP_FAKE, null));
        addForRole(Obligation.DISCLOSE_DEEP_FAKE, certain, AiActDates.GENERAL);
        result = Boolean.TRUE;
      } else if (deepFake == null) {
        if (known) {
          ask(Question.DEEP_FAKE, false);
        }
        addForRole(Obligation.DISCLOSE_DEEP_FAKE, false, AiActDates.GENERAL);
        result = or(result, null);
      }
      Boolean text = known ? Answer.truth(p.publicInterestText()) : null;
      if (Boolean.TRUE.equals(text)) {
        Boolean editorial = Answer.truth(p.editorialResponsibility());
        if (Boolean.TRUE.equals(editorial)) {
          reasons.add(new Reason(ReasonCode.EDITORIAL_EXCEPTION, null));
        } else if (Boolean.FALSE.equals(editorial)) {
          reasons.add(new Reason(ReasonCode.PUBLIC_INTEREST_TEXT, null));
          addForRole(Obligation.DISCLOSE_GENERATED_TEXT, certain, AiActDates.GENERAL);
          result = Boolean.TRUE;
        } else {
          ask(Question.EDITORIAL_RESPONSIBILITY, false);
          addForRole(Obligation.DISCLOSE_GENERATED_TEXT, false, AiActDates.GENERAL);
          result = or(result, null);
        }
      } else if (Boolean.FALSE.equals(text)) {
        reasons.add(new Reason(ReasonCode.TEXT_NOT_PUBLISHED, null));
      } else {
        if (known) {
          ask(Question.PUBLIC_INTEREST_TEXT, false);
        }
        addForRole(Obligation.DISCLOSE_GENERATED_TEXT, false, AiActDates.GENERAL);
        result = or(result, null);
      }
      return result;
    }

    // --- 5. Chapter V -------------------------------------------------------------------------

    private void generalPurpose() {
      GeneralPurposeAi gpai = p.generalPurposeAi();
      if (gpai == GeneralPurposeAi.BUILT_ON_MODEL
          || gpai == GeneralPurposeAi.GENERAL_PURPOSE_SYSTEM) {
        reasons.add(new Reason(ReasonCode.GENERAL_PURPOSE_MODEL, gpai.name()));
      } else if (gpai == GeneralPurposeAi.PROVIDES_MODEL) {
        add(Obligation.GENERAL_PURPOSE_MODEL_PROVIDER, true, AiActDates.GENERAL_PURPOSE_AI_MODELS);
      }
    }

    // --- helpers ------------------------------------------------------------------------------

    /** Whether the authority is a provider; null when its role is not declared. */
    private Boolean provider() {
      return role == null
          ? null
          : role == AiActRole.PROVIDER || role == AiActRole.PROVIDER_AND_DEPLOYER;
    }

    /** Whether the authority is a deployer; null when its role is not declared. */
    private Boolean deployer() {
      return role == null
          ? null
          : role == AiActRole.DEPLOYER || role == AiActRole.PROVIDER_AND_DEPLOYER;
    }

    /** Adds a duty that binds whoever bears it, if the authority's role bears it. */
    private void addForRole(Obligation o, boolean certain, LocalDate from, String... extra) {
      Boolean bears =
          o.bearer() == AiActRole.PROVIDER
              ? provider()
              : o.bearer() == AiActRole.DEPLOYER ? deployer() : Boolean.TRUE;
      if (Boolean.FALSE.equals(bears)) {
        return;
      }
      add(o, certain && bears != null, from, extra);
    }

    private void add(Obligation o, boolean certain, LocalDate from, String... extra) {
      List<String> articles = new ArrayList<>(o.articles());
      for (String e : extra) {
        if (e != null && !articles.contains(e)) {
          articles.add(e);
        }
      }
      DutyStatus status =
          !certain || scopeOpen
              ? DutyStatus.DEPENDS_ON_ANSWERS
              : on == null || !on.isBefore(from)
                  ? DutyStatus.APPLIES
                  : DutyStatus.NOT_YET_APPLICABLE;
      Duty previous = duties.get(o);
      if (previous != null && previous.status() != DutyStatus.DEPENDS_ON_ANSWERS) {
        return;
      }
      duties.put(o, new Duty(o, o.bearer(), articles, from, status));
    }

    private void ask(Question q, boolean tier) {
      if (questions.stream().noneMatch(x -> x.question() == q)) {
        questions.add(OpenQuestion.of(q));
      }
      if (tier) {
        open = true;
      }
    }

    private static Boolean and(Boolean a, Boolean b) {
      if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
        return Boolean.FALSE;
      }
      return a == null || b == null ? null : Boolean.TRUE;
    }

    private static Boolean or(Boolean a, Boolean b) {
      if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
        return Boolean.TRUE;
      }
      return a == null || b == null ? null : Boolean.FALSE;
    }
  }

  /** The date from which the prohibition of a practice applies. */
  static LocalDate prohibitionDate(ProhibitedPractice practice) {
    return practice == ProhibitedPractice.NON_CONSENSUAL_INTIMATE_CONTENT
            || practice == ProhibitedPractice.CHILD_SEXUAL_ABUSE_MATERIAL
        ? AiActDates.NEW_PROHIBITIONS_AND_MARKING_GRACE
        : AiActDates.CHAPTERS_I_AND_II;
  }
}
