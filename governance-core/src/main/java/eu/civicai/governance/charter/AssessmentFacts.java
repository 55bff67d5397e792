package eu.civicai.governance.charter;

import eu.civicai.governance.usage.AiActProfile;
import eu.civicai.governance.usage.FundamentalRightsAssessment;
import eu.civicai.governance.usage.ImpactAssessment;
import eu.civicai.governance.usage.ImpactLevel;
import java.time.LocalDate;

/**
 * The facts of group {@code assessment} of the vocabulary ({@code docs/facts.md}): what the
 * fundamental rights impact assessment kept in {@code aiAct.fria} says (AI Act Art. 27), and what
 * the impact questionnaire kept in {@code impacts.assessment} gives (level I to IV, DPIA criteria
 * of WP248 rev.01), for the Java DSL. Without a questionnaire answered, its facts are unknown.
 * Immutable and thread-safe.
 *
 * <p>Three-valued like every fact: without an AI Act profile the facts are unknown; with a profile
 * that neither holds an assessment nor points to one ({@code friaReference}), there is no
 * assessment (present, complete, current and notified are false); with only a reference, the
 * assessment exists elsewhere and what it says is unknown.
 */
public final class AssessmentFacts {
  private static final FactGroup FACTS = new FactGroup("assessment");

  private AssessmentFacts() {}

  /** The facts of this scope, once the class is initialised: Facts reads them here. */
  static FactGroup group() {
    return FACTS;
  }

  /** A FRIA is recorded or referenced: {@code aiAct.fria.present}. */
  public static final BooleanFact FRIA_PRESENT =
      FACTS.add(
          new BooleanFact(
              "aiAct.fria.present",
              Scope.USAGE,
              Text.of(
                  "Analyse d'impact sur les droits fondamentaux enregistrée ou référencée",
                  "Fundamental rights impact assessment recorded or referenced"),
              (FactSubject s) -> {
                AiActProfile a = s.usage().aiAct();
                return a == null ? null : a.fria() != null || a.friaReference() != null;
              }));

  /** Every element of Art. 27(1)(a) to (f) is filled: {@code aiAct.fria.complete}. */
  public static final BooleanFact FRIA_COMPLETE =
      FACTS.add(
          new BooleanFact(
              "aiAct.fria.complete",
              Scope.USAGE,
              Text.of(
                  "Analyse d'impact complète (art. 27, § 1, a à f)",
                  "Impact assessment complete (Art. 27(1)(a) to (f))"),
              (FactSubject s) -> about(s, FundamentalRightsAssessment::complete)));

  /** The review date is stated and not passed: {@code aiAct.fria.current}. */
  public static final BooleanFact FRIA_CURRENT =
      FACTS.add(
          new BooleanFact(
              "aiAct.fria.current",
              Scope.USAGE,
              Text.of(
                  "Analyse d'impact à jour (date de réexamen non dépassée)",
                  "Impact assessment current (review date not passed)"),
              (FactSubject s) -> about(s, f -> f.currentOn(s.evaluationDate()))));

  /** Results notified to the market surveillance authority: {@code aiAct.fria.notified}. */
  public static final BooleanFact FRIA_NOTIFIED =
      FACTS.add(
          new BooleanFact(
              "aiAct.fria.notified",
              Scope.USAGE,
              Text.of(
                  "Résultats notifiés à l'autorité de surveillance du marché (art. 27, § 3)",
                  "Results notified to the market surveillance authority (Art. 27(3))"),
              (FactSubject s) -> about(s, FundamentalRightsAssessment::notified)));

  /** Version of the assessment: {@code aiAct.fria.version}. */
  public static final NumberFact FRIA_VERSION =
      FACTS.add(
          new NumberFact(
              "aiAct.fria.version",
              Scope.USAGE,
              Text.of("Version de l'analyse d'impact", "Version of the impact assessment"),
              (FactSubject s) -> fria(s) == null ? null : fria(s).version()));

  /** Date of the assessment: {@code aiAct.fria.assessedOn}. */
  public static final DateFact FRIA_ASSESSED_ON =
      FACTS.add(
          new DateFact(
              "aiAct.fria.assessedOn",
              Scope.USAGE,
              Text.of("Date de l'analyse d'impact", "Date of the impact assessment"),
              (FactSubject s) -> fria(s) == null ? null : fria(s).assessedOn()));

  /** Date of the notification (Art. 27(3)): {@code aiAct.fria.notifiedOn}. */
  public static final DateFact FRIA_NOTIFIED_ON =
      FACTS.add(
          new DateFact(
              "aiAct.fria.notifiedOn",
              Scope.USAGE,
              Text.of(
                  "Date de notification à l'autorité de surveillance du marché",
                  "Date of notification to the market surveillance authority"),
              (FactSubject s) -> fria(s) == null ? null : notifiedOn(fria(s))));

  /** Impact level of the questionnaire: {@code impacts.assessment.level}. */
  public static final EnumFact<ImpactLevel> IMPACT_LEVEL =
      FACTS.add(
          new EnumFact<>(
              "impacts.assessment.level",
              Scope.USAGE,
              ImpactLevel.class,
              Text.of("Niveau d'impact (questionnaire)", "Impact level (questionnaire)"),
              (FactSubject s) -> impact(s) == null ? null : impact(s).level()));

  /** Impact level as a number, 1 to 4: {@code impacts.assessment.levelNumber}. */
  public static final NumberFact IMPACT_LEVEL_NUMBER =
      FACTS.add(
          new NumberFact(
              "impacts.assessment.levelNumber",
              Scope.USAGE,
              Text.of("Niveau d'impact, de 1 à 4", "Impact level, 1 to 4"),
              (FactSubject s) -> impact(s) == null ? null : impact(s).level().number()));

  /** Every question answered: {@code impacts.assessment.complete}. */
  public static final BooleanFact IMPACT_COMPLETE =
      FACTS.add(
          new BooleanFact(
              "impacts.assessment.complete",
              Scope.USAGE,
              Text.of(
                  "Questionnaire d'impact entièrement rempli",
                  "Impact questionnaire fully answered"),
              (FactSubject s) -> impact(s) == null ? null : impact(s).complete()));

  /** WP248 criteria met: {@code impacts.assessment.dpiaCriteriaCount}. */
  public static final NumberFact DPIA_CRITERIA_COUNT =
      FACTS.add(
          new NumberFact(
              "impacts.assessment.dpiaCriteriaCount",
              Scope.USAGE,
              Text.of(
                  "Critères d'AIPD remplis (WP248, sur 9)", "DPIA criteria met (WP248, out of 9)"),
              (FactSubject s) -> impact(s) == null ? null : impact(s).dpiaCriteria().size()));

  /** Two or more WP248 criteria met: {@code impacts.assessment.dpiaRequired}. */
  public static final BooleanFact DPIA_REQUIRED_BY_CRITERIA =
      FACTS.add(
          new BooleanFact(
              "impacts.assessment.dpiaRequired",
              Scope.USAGE,
              Text.of(
                  "AIPD requise par les critères du CEPD (deux sur neuf au moins)",
                  "DPIA required by the EDPB criteria (two of nine or more)"),
              (FactSubject s) -> impact(s) == null ? null : impact(s).dpiaRequired()));

  private static ImpactAssessment impact(FactSubject s) {
    return s.usage().impacts() == null ? null : s.usage().impacts().assessment();
  }

  private static LocalDate notifiedOn(FundamentalRightsAssessment f) {
    return f.notifiedOn();
  }

  private static FundamentalRightsAssessment fria(FactSubject s) {
    return s.usage().aiAct() == null ? null : s.usage().aiAct().fria();
  }

  private static Boolean about(
      FactSubject s, java.util.function.Function<FundamentalRightsAssessment, Boolean> read) {
    AiActProfile a = s.usage().aiAct();
    if (a == null) {
      return null;
    }
    if (a.fria() != null) {
      return read.apply(a.fria());
    }
    return a.friaReference() == null ? Boolean.FALSE : null;
  }
}
