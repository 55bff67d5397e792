package eu.civicai.governance.aiact;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.AiActProfile;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.AnnexIiiArea;
import eu.civicai.governance.usage.DecisionMaking;
import eu.civicai.governance.usage.ProhibitedPractice;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Classifies an AI usage under the EU AI Act by a traceable procedure, for a public authority
 * deploying it:
 *
 * <ol>
 *   <li>Art. 5: any screening question answered yes makes it PROHIBITED; an unanswered one leaves
 *       it UNDETERMINED, since a prohibited practice cannot be excluded.
 *   <li>Art. 6(2) and Annex III: an Annex III area makes it HIGH_RISK, unless an Art. 6(3)
 *       condition is claimed and it does not profile natural persons (profiling always keeps it
 *       high-risk; an unanswered profiling question with a claimed condition leaves it
 *       UNDETERMINED).
 *   <li>Art. 50: interaction with people, generated content, biometric exposure give transparency
 *       obligations (TRANSPARENCY when not high-risk; also listed for high-risk).
 *   <li>Otherwise MINIMAL, once every question above is answered.
 * </ol>
 *
 * <p>Every conclusion lists its reasons and articles, and the obligations that follow. Stateless
 * and thread-safe.
 */
public final class AiActClassifier {
  /** The regulation version this classifier encodes. */
  public static final String REGULATION =
      "Regulation (EU) 2024/1689 (AI Act), OJ L 12.7.2024, as applicable from 2 August 2026";

  private AiActClassifier() {}

  /**
   * Classifies a usage.
   *
   * @param usage the usage
   * @return the classification
   */
  public static AiActClassification classify(AiUsage usage) {
    Check.notNull("usage", usage);
    AiActProfile profile = usage.aiAct();
    DecisionMaking decision = usage.decision();
    List<Reason> reasons = new ArrayList<>();
    Set<Obligation> obligations = new LinkedHashSet<>();
    List<Question> questions = new ArrayList<>();
    Map<ProhibitedPractice, Boolean> screening =
        profile == null ? Map.of() : profile.prohibitedPractices();

    // 1. Art. 5
    List<ProhibitedPractice> done =
        screening.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    if (!done.isEmpty()) {
      done.forEach(p -> reasons.add(new Reason(ReasonCode.PROHIBITED_PRACTICE, p.name())));
      return new AiActClassification(
          AiActTier.PROHIBITED,
          reasons,
          List.of(Obligation.STOP_PROHIBITED_PRACTICE),
          List.of(),
          REGULATION);
    }
    boolean screened = profile != null && profile.screeningComplete();
    if (screened) {
      reasons.add(new Reason(ReasonCode.SCREENING_CLEAR, null));
    } else {
      questions.add(Question.ART_5_SCREENING);
    }
    obligations.add(Obligation.AI_LITERACY);

    // 2. Art. 6 and Annex III
    AnnexIiiArea area = profile == null ? null : profile.annexIiiArea();
    Boolean profiling = decision == null ? null : decision.profiling();
    Boolean highRisk;
    if (area == null) {
      questions.add(Question.ANNEX_III_AREA);
      highRisk = null;
    } else if (area == AnnexIiiArea.NONE) {
      reasons.add(new Reason(ReasonCode.OUTSIDE_ANNEX_III, null));
      highRisk = false;
    } else {
      reasons.add(new Reason(ReasonCode.ANNEX_III_AREA, area.name()));
      if (Boolean.TRUE.equals(profiling)) {
        reasons.add(new Reason(ReasonCode.PROFILING_OVERRIDE, null));
        highRisk = true;
      } else if (!profile.exemptions().isEmpty()) {
        if (profiling == null) {
          questions.add(Question.PROFILING);
          highRisk = null;
        } else {
          String claimed =
              profile.exemptions().stream().map(Enum::name).collect(Collectors.joining(", "));
          reasons.add(new Reason(ReasonCode.EXEMPTION_CLAIMED, claimed));
          highRisk = false;
        }
      } else {
        highRisk = true;
      }
    }

    // 3. Art. 50
    Boolean interacts = decision == null ? null : decision.interactsWithPublic();
    Boolean generates = decision == null ? null : decision.generatesContent();
    boolean transparency = false;
    boolean transparencyOpen = false;
    if (Boolean.TRUE.equals(interacts)) {
      reasons.add(new Reason(ReasonCode.INTERACTS_WITH_PEOPLE, null));
      obligations.add(Obligation.DISCLOSE_AI_INTERACTION);
      transparency = true;
    } else if (interacts == null) {
      questions.add(Question.INTERACTS_WITH_PUBLIC);
      transparencyOpen = true;
    }
    if (Boolean.TRUE.equals(generates)) {
      reasons.add(new Reason(ReasonCode.GENERATES_CONTENT, null));
      obligations.add(Obligation.MARK_SYNTHETIC_CONTENT);
      transparency = true;
    } else if (generates == null) {
      questions.add(Question.GENERATES_CONTENT);
      transparencyOpen = true;
    }
    if (area == AnnexIiiArea.BIOMETRICS) {
      reasons.add(new Reason(ReasonCode.BIOMETRIC_EXPOSURE, null));
      obligations.add(Obligation.INFORM_BIOMETRIC_EXPOSURE);
      transparency = true;
    }

    AiActTier tier;
    if (!screened) {
      tier = AiActTier.UNDETERMINED;
    } else if (Boolean.TRUE.equals(highRisk)) {
      tier = AiActTier.HIGH_RISK;
    } else if (highRisk == null) {
      tier = AiActTier.UNDETERMINED;
    } else if (transparency) {
      tier = AiActTier.TRANSPARENCY;
    } else if (transparencyOpen) {
      tier = AiActTier.UNDETERMINED;
    } else {
      reasons.add(new Reason(ReasonCode.NO_TRANSPARENCY_TRIGGER, null));
      tier = AiActTier.MINIMAL;
    }
    if (tier == AiActTier.HIGH_RISK) {
      obligations.add(Obligation.USE_PER_INSTRUCTIONS);
      obligations.add(Obligation.HUMAN_OVERSIGHT);
      obligations.add(Obligation.INPUT_DATA_RELEVANCE);
      obligations.add(Obligation.MONITORING);
      obligations.add(Obligation.KEEP_LOGS);
      if (area == AnnexIiiArea.EMPLOYMENT) {
        obligations.add(Obligation.INFORM_WORKERS);
      }
      if (decision == null || !Boolean.FALSE.equals(decision.concernsIndividuals())) {
        obligations.add(Obligation.INFORM_AFFECTED_PERSONS);
        obligations.add(Obligation.EXPLANATION_ON_REQUEST);
      }
      // Art. 27(1): public deployers assess fundamental rights, except for Annex III point 2.
      if (area != AnnexIiiArea.CRITICAL_INFRASTRUCTURE) {
        obligations.add(Obligation.FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT);
      }
      obligations.add(Obligation.REGISTRATION);
    }
    return new AiActClassification(tier, reasons, List.copyOf(obligations), questions, REGULATION);
  }
}
