package eu.civicai.governance.charter;

import eu.civicai.governance.aiact.AiActTier;
import eu.civicai.governance.aiact.Duty;
import eu.civicai.governance.aiact.Obligation;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.AiActProfile;
import eu.civicai.governance.usage.AiActRole;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.AnnexIiiArea;
import eu.civicai.governance.usage.Answer;
import eu.civicai.governance.usage.ProhibitedPractice;
import eu.civicai.governance.usage.RealTimeBiometricException;
import java.util.Map;
import java.util.Optional;

/**
 * The facts of group {@code aiAct} of the vocabulary ({@code docs/facts.md}), each a constant of
 * this class for the Java DSL. Every fact registers into this class's group; {@link Facts} loads
 * the class before it answers a lookup, so a charter read from JSON finds these names. Immutable
 * and thread-safe.
 */
public final class AiActFacts {
  private static final FactGroup FACTS = new FactGroup("aiAct");

  private AiActFacts() {}

  /** The facts of this scope, once the class is initialised: Facts reads them here. */
  static FactGroup group() {
    return FACTS;
  }

  /** Declared Annex III area: {@code aiAct.annexIiiArea}. */
  public static final EnumFact<AnnexIiiArea> ANNEX_III_AREA =
      FACTS.add(
          new EnumFact<>(
              "aiAct.annexIiiArea",
              Scope.USAGE,
              AnnexIiiArea.class,
              Text.of("Domaine de l'annexe III déclaré", "Declared Annex III area"),
              (FactSubject s) ->
                  s.usage().aiAct() == null ? null : s.usage().aiAct().annexIiiArea()));

  /** Fundamental rights impact assessment reference: {@code aiAct.friaReference}. */
  public static final TextFact FRIA_REFERENCE =
      FACTS.add(
          new TextFact(
              "aiAct.friaReference",
              Scope.USAGE,
              Text.of(
                  "Référence de l'analyse d'impact sur les droits fondamentaux",
                  "Fundamental rights impact assessment reference"),
              (FactSubject s) ->
                  s.usage().aiAct() == null ? null : s.usage().aiAct().friaReference()));

  /** EU database registration reference: {@code aiAct.registrationReference}. */
  public static final TextFact REGISTRATION_REFERENCE =
      FACTS.add(
          new TextFact(
              "aiAct.registrationReference",
              Scope.USAGE,
              Text.of(
                  "Référence d'enregistrement dans la base de l'UE",
                  "EU database registration reference"),
              (FactSubject s) ->
                  s.usage().aiAct() == null ? null : s.usage().aiAct().registrationReference()));

  /** Risk tier from the classifier: {@code aiAct.tier}. */
  public static final EnumFact<AiActTier> AI_ACT_TIER =
      FACTS.add(
          new EnumFact<>(
              "aiAct.tier",
              Scope.USAGE,
              AiActTier.class,
              Text.of("Niveau de risque selon le classificateur", "Risk tier from the classifier"),
              (FactSubject s) -> s.classification().tier()));

  /** Declared Annex III point and letter: {@code aiAct.annexIiiPoint}. */
  public static final EnumFact<eu.civicai.governance.usage.AnnexIiiPoint> ANNEX_III_POINT =
      FACTS.add(
          new EnumFact<>(
              "aiAct.annexIiiPoint",
              Scope.USAGE,
              eu.civicai.governance.usage.AnnexIiiPoint.class,
              Text.of(
                  "Point et lettre de l'annexe III déclarés",
                  "Declared Annex III point and letter"),
              (FactSubject s) ->
                  s.usage().aiAct() == null ? null : s.usage().aiAct().annexIiiPoint()));

  /** The authority's role under the AI Act: {@code aiAct.role}. */
  public static final EnumFact<AiActRole> AI_ACT_ROLE =
      FACTS.add(
          new EnumFact<>(
              "aiAct.role",
              Scope.USAGE,
              AiActRole.class,
              Text.of("Rôle de l'autorité (règlement IA)", "Authority's role (AI Act)"),
              (FactSubject s) -> s.usage().aiAct() == null ? null : s.usage().aiAct().role()));

  /** Used per the instructions for use (AI Act Art. 26(1)): {@code aiAct.usedPerInstructions}. */
  public static final BooleanFact USED_PER_INSTRUCTIONS =
      FACTS.add(
          new BooleanFact(
              "aiAct.usedPerInstructions",
              Scope.USAGE,
              Text.of(
                  "Utilisé conformément à la notice (art. 26, § 1)",
                  "Used per the instructions for use (Art. 26(1))"),
              (FactSubject s) -> answer(s, AiActProfile::usedPerInstructions)));

  /** Input data checked (AI Act Art. 26(4)): {@code aiAct.inputDataChecked}. */
  public static final BooleanFact INPUT_DATA_CHECKED =
      FACTS.add(
          new BooleanFact(
              "aiAct.inputDataChecked",
              Scope.USAGE,
              Text.of(
                  "Données d'entrée vérifiées (art. 26, § 4)", "Input data checked (Art. 26(4))"),
              (FactSubject s) -> answer(s, AiActProfile::inputDataChecked)));

  /** Operation monitored (AI Act Art. 26(5)): {@code aiAct.operationMonitored}. */
  public static final BooleanFact OPERATION_MONITORED =
      FACTS.add(
          new BooleanFact(
              "aiAct.operationMonitored",
              Scope.USAGE,
              Text.of(
                  "Fonctionnement surveillé (art. 26, § 5)", "Operation monitored (Art. 26(5))"),
              (FactSubject s) -> answer(s, AiActProfile::operationMonitored)));

  /** Months the logs are kept (AI Act Art. 26(6)): {@code aiAct.logRetentionMonths}. */
  public static final NumberFact LOG_RETENTION_MONTHS =
      FACTS.add(
          new NumberFact(
              "aiAct.logRetentionMonths",
              Scope.USAGE,
              Text.of(
                  "Durée de conservation des journaux, en mois (art. 26, § 6)",
                  "Months the logs are kept (Art. 26(6))"),
              (FactSubject s) ->
                  s.usage().aiAct() == null ? null : s.usage().aiAct().logRetentionMonths()));

  /**
   * Provider's registration checked (AI Act Art. 26(8)): {@code aiAct.providerRegistrationChecked}.
   */
  public static final BooleanFact PROVIDER_REGISTRATION_CHECKED =
      FACTS.add(
          new BooleanFact(
              "aiAct.providerRegistrationChecked",
              Scope.USAGE,
              Text.of(
                  "Enregistrement du système par le fournisseur vérifié (art. 26, § 8)",
                  "Provider's registration of the system checked (Art. 26(8))"),
              (FactSubject s) -> answer(s, AiActProfile::providerRegistrationChecked)));

  private static final Map<Obligation, BooleanFact> AI_ACT_DUTIES = aiActDuties();

  /**
   * Returns the fact {@code aiAct.duty.<OBLIGATION>}: true when the classifier finds that the
   * obligation binds the authority on the evaluation date, false when it does not (not found, or
   * applying only from a later date), unknown when it depends on open questions.
   *
   * @param obligation the obligation
   * @return the fact
   * @throws eu.civicai.governance.InvalidInputException when the obligation is null
   */
  public static BooleanFact aiActDuty(Obligation obligation) {
    return AI_ACT_DUTIES.get(Check.notNull("obligation", obligation));
  }

  private static Map<Obligation, BooleanFact> aiActDuties() {
    Map<Obligation, BooleanFact> facts = new java.util.EnumMap<>(Obligation.class);
    for (Obligation o : Obligation.values()) {
      String articles = String.join(", ", o.articles());
      facts.put(
          o,
          FACTS.add(
              new BooleanFact(
                  "aiAct.duty." + o.name(),
                  Scope.USAGE,
                  Text.of(
                      "Obligation du règlement IA applicable à la date ("
                          + eu.civicai.governance.aiact.Citations.render(
                              o.articles(), java.util.Locale.FRENCH)
                          + ")",
                      "AI Act obligation binding on the date (" + articles + ")"),
                  (FactSubject s) -> dutyTruth(s, o))));
    }
    return java.util.Collections.unmodifiableMap(facts);
  }

  private static Boolean dutyTruth(FactSubject s, Obligation o) {
    Optional<Duty> duty = s.classification().duty(o);
    if (duty.isEmpty()) {
      return Boolean.FALSE;
    }
    return switch (duty.get().status()) {
      case APPLIES -> Boolean.TRUE;
      case NOT_YET_APPLICABLE -> Boolean.FALSE;
      case DEPENDS_ON_ANSWERS -> null;
    };
  }

  private static Boolean answer(
      FactSubject s, java.util.function.Function<AiActProfile, Answer> field) {
    return s.usage().aiAct() == null ? null : Answer.truth(field.apply(s.usage().aiAct()));
  }

  /**
   * The AI Act tier is PROHIBITED (true), another determined tier (false), or UNDETERMINED
   * (unknown: a prohibited practice is not excluded): {@code aiAct.tierProhibited}.
   */
  public static final BooleanFact AI_ACT_TIER_PROHIBITED =
      FACTS.add(
          new BooleanFact(
              "aiAct.tierProhibited",
              Scope.USAGE,
              Text.of(
                  "Pratique interdite selon le classificateur (inconnu si le niveau est"
                      + " indéterminé)",
                  "Prohibited practice according to the classifier (unknown when the tier is"
                      + " undetermined)"),
              (FactSubject s) -> tierIs(s, AiActTier.PROHIBITED)));

  /**
   * The record declares an Art. 5 practice (true), has screened every practice out (false), or
   * leaves some unscreened (unknown): {@code aiAct.prohibitedPracticeDeclared}. Read from the
   * screening itself, not from the tier: a territorial charter refuses social scoring whether or
   * not the Act applies to the tool (the tier stays undetermined until Art. 2 and Art. 3(1) are
   * answered). Real-time remote biometric identification counts unless one of the Art. 5(1)(h)
   * objectives is invoked.
   */
  public static final BooleanFact PROHIBITED_PRACTICE_DECLARED =
      FACTS.add(
          new BooleanFact(
              "aiAct.prohibitedPracticeDeclared",
              Scope.USAGE,
              Text.of(
                  "Une pratique de l'article 5 du règlement IA est déclarée (inconnu si le"
                      + " criblage est incomplet)",
                  "An Art. 5 AI Act practice is declared (unknown when the screening is"
                      + " incomplete)"),
              (FactSubject s) -> prohibitedPracticeDeclared(s.usage())));

  /**
   * The AI Act tier is HIGH_RISK (true), another determined tier (false), or UNDETERMINED (unknown:
   * the high-risk obligations may apply): {@code aiAct.tierHighRisk}.
   */
  public static final BooleanFact AI_ACT_TIER_HIGH_RISK =
      FACTS.add(
          new BooleanFact(
              "aiAct.tierHighRisk",
              Scope.USAGE,
              Text.of(
                  "Haut risque selon le classificateur (inconnu si le niveau est indéterminé)",
                  "High-risk according to the classifier (unknown when the tier is"
                      + " undetermined)"),
              (FactSubject s) -> tierIs(s, AiActTier.HIGH_RISK)));

  private static Boolean prohibitedPracticeDeclared(AiUsage usage) {
    AiActProfile profile = usage.aiAct();
    if (profile == null) {
      return null;
    }
    boolean unscreened = false;
    for (ProhibitedPractice practice : ProhibitedPractice.values()) {
      Boolean answer = profile.prohibitedPractices().get(practice);
      if (answer == null) {
        unscreened = true;
      } else if (answer) {
        RealTimeBiometricException exception = profile.realTimeBiometricException();
        boolean excepted =
            practice == ProhibitedPractice.REALTIME_REMOTE_BIOMETRIC_ID_LAW_ENFORCEMENT
                && exception != null
                && exception != RealTimeBiometricException.NONE
                && exception != RealTimeBiometricException.UNKNOWN;
        if (!excepted) {
          return Boolean.TRUE;
        }
      }
    }
    return unscreened ? null : Boolean.FALSE;
  }

  /** Whether the tier is {@code tier}; unknown when the classifier leaves it undetermined. */
  private static Boolean tierIs(FactSubject s, AiActTier tier) {
    AiActTier actual = s.classification().tier();
    return actual == AiActTier.UNDETERMINED ? null : actual == tier;
  }
}
