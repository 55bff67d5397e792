package eu.civicai.governance.charter;

import static eu.civicai.governance.charter.FactReads.sizeOrNull;

import eu.civicai.governance.usage.HumanOversight;
import eu.civicai.governance.usage.OutputRole;
import eu.civicai.governance.usage.OversightLevel;

/**
 * The facts of group {@code decision} of the vocabulary ({@code docs/facts.md}), each a constant of
 * this class for the Java DSL. Every fact registers into this class's group; {@link Facts} loads
 * the class before it answers a lookup, so a charter read from JSON finds these names. Immutable
 * and thread-safe.
 */
public final class DecisionFacts {
  private static final FactGroup FACTS = new FactGroup("decision");

  private DecisionFacts() {}

  /** The facts of this scope, once the class is initialised: Facts reads them here. */
  static FactGroup group() {
    return FACTS;
  }

  /** Role of the output: {@code decision.outputRole}. */
  public static final EnumFact<OutputRole> OUTPUT_ROLE =
      FACTS.add(
          new EnumFact<>(
              "decision.outputRole",
              Scope.USAGE,
              OutputRole.class,
              Text.of("Rôle du résultat", "Role of the output"),
              (FactSubject s) ->
                  s.usage().decision() == null ? null : s.usage().decision().outputRole()));

  /** Individual decisions: {@code decision.concernsIndividuals}. */
  public static final BooleanFact CONCERNS_INDIVIDUALS =
      FACTS.add(
          new BooleanFact(
              "decision.concernsIndividuals",
              Scope.USAGE,
              Text.of("Décisions individuelles", "Individual decisions"),
              (FactSubject s) ->
                  s.usage().decision() == null
                      ? null
                      : s.usage().decision().concernsIndividuals()));

  /** Decisions per year: {@code decision.decisionsPerYear}. */
  public static final NumberFact DECISIONS_PER_YEAR =
      FACTS.add(
          new NumberFact(
              "decision.decisionsPerYear",
              Scope.USAGE,
              Text.of("Décisions par an", "Decisions per year"),
              (FactSubject s) ->
                  s.usage().decision() == null ? null : s.usage().decision().decisionsPerYear()));

  /** Human oversight level: {@code decision.oversightLevel}. */
  public static final EnumFact<OversightLevel> OVERSIGHT_LEVEL =
      FACTS.add(
          new EnumFact<>(
              "decision.oversightLevel",
              Scope.USAGE,
              OversightLevel.class,
              Text.of("Niveau de supervision humaine", "Human oversight level"),
              (FactSubject s) -> oversight(s) == null ? null : oversight(s).level()));

  /** Description of human oversight: {@code decision.oversightDescription}. */
  public static final TextFact OVERSIGHT_DESCRIPTION =
      FACTS.add(
          new TextFact(
              "decision.oversightDescription",
              Scope.USAGE,
              Text.of("Description de la supervision humaine", "Description of human oversight"),
              (FactSubject s) -> oversight(s) == null ? null : oversight(s).description()));

  /** Number of roles that may override: {@code decision.overrideRoleCount}. */
  public static final NumberFact OVERRIDE_ROLE_COUNT =
      FACTS.add(
          new NumberFact(
              "decision.overrideRoleCount",
              Scope.USAGE,
              Text.of("Nombre de rôles pouvant passer outre", "Number of roles that may override"),
              (FactSubject s) ->
                  oversight(s) == null ? null : sizeOrNull(oversight(s).overrideRoles())));

  /** Overseers trained: {@code decision.overseersTrained}. */
  public static final BooleanFact OVERSEERS_TRAINED =
      FACTS.add(
          new BooleanFact(
              "decision.overseersTrained",
              Scope.USAGE,
              Text.of("Superviseurs formés", "Overseers trained"),
              (FactSubject s) -> oversight(s) == null ? null : oversight(s).overseersTrained()));

  /** How to contest or get an explanation: {@code decision.contestation}. */
  public static final TextFact CONTESTATION =
      FACTS.add(
          new TextFact(
              "decision.contestation",
              Scope.USAGE,
              Text.of("Voie de recours et d'explication", "How to contest or get an explanation"),
              (FactSubject s) ->
                  s.usage().decision() == null ? null : s.usage().decision().contestation()));

  /** Profiling of persons: {@code decision.profiling}. */
  public static final BooleanFact PROFILING =
      FACTS.add(
          new BooleanFact(
              "decision.profiling",
              Scope.USAGE,
              Text.of("Profilage de personnes", "Profiling of persons"),
              (FactSubject s) ->
                  s.usage().decision() == null ? null : s.usage().decision().profiling()));

  /** Direct interaction with the public: {@code decision.interactsWithPublic}. */
  public static final BooleanFact INTERACTS_WITH_PUBLIC =
      FACTS.add(
          new BooleanFact(
              "decision.interactsWithPublic",
              Scope.USAGE,
              Text.of("Interaction directe avec le public", "Direct interaction with the public"),
              (FactSubject s) ->
                  s.usage().decision() == null
                      ? null
                      : s.usage().decision().interactsWithPublic()));

  /** Generates content: {@code decision.generatesContent}. */
  public static final BooleanFact GENERATES_CONTENT =
      FACTS.add(
          new BooleanFact(
              "decision.generatesContent",
              Scope.USAGE,
              Text.of("Génère des contenus", "Generates content"),
              (FactSubject s) ->
                  s.usage().decision() == null ? null : s.usage().decision().generatesContent()));

  /** Generated content marked: {@code decision.contentMarked}. */
  public static final BooleanFact CONTENT_MARKED =
      FACTS.add(
          new BooleanFact(
              "decision.contentMarked",
              Scope.USAGE,
              Text.of("Contenus générés marqués", "Generated content marked"),
              (FactSubject s) ->
                  s.usage().decision() == null ? null : s.usage().decision().contentMarked()));

  /** Persons affected a year: {@code decision.affectedPersons}. */
  public static final NumberFact AFFECTED_PERSONS =
      FACTS.add(
          new NumberFact(
              "decision.affectedPersons",
              Scope.USAGE,
              Text.of("Personnes concernées par an", "Persons affected a year"),
              (FactSubject s) ->
                  s.usage().decision() == null ? null : s.usage().decision().affectedPersons()));

  /**
   * Number of vulnerable groups among the persons affected (zero when the decision part lists none;
   * unknown without a decision part): {@code decision.vulnerableGroupCount}.
   */
  public static final NumberFact VULNERABLE_GROUP_COUNT =
      FACTS.add(
          new NumberFact(
              "decision.vulnerableGroupCount",
              Scope.USAGE,
              Text.of(
                  "Nombre de groupes vulnérables parmi les personnes concernées",
                  "Number of vulnerable groups among the persons affected"),
              (FactSubject s) ->
                  s.usage().decision() == null
                      ? null
                      : s.usage().decision().vulnerableGroups().size()));

  private static HumanOversight oversight(FactSubject s) {
    return s.usage().decision() == null ? null : s.usage().decision().oversight();
  }
}
