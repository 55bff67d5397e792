package eu.civicai.governance.charter;

import eu.civicai.governance.strategy.WorkEffects;

/**
 * The facts of group {@code work} of the vocabulary ({@code docs/facts.md}): the anticipated
 * effects of the usage on agents' work, as the strategy of its authority records them (issue 21).
 * Unknown when the context holds no strategy for the authority, or the strategy says nothing of
 * this usage. Immutable and thread-safe.
 */
public final class WorkFacts {
  private static final FactGroup FACTS = new FactGroup("work");

  private WorkFacts() {}

  /** The facts of this scope, once the class is initialised: Facts reads them here. */
  static FactGroup group() {
    return FACTS;
  }

  /**
   * Effects on agents' work are anticipated (tasks, time, skills): {@code work.effectsAnticipated}.
   */
  public static final BooleanFact EFFECTS_ANTICIPATED =
      FACTS.add(
          new BooleanFact(
              "work.effectsAnticipated",
              Scope.USAGE,
              Text.of(
                  "Effets sur le travail des agents anticipés (tâches, temps, compétences)",
                  "Effects on agents' work anticipated (tasks, time, skills)"),
              (FactSubject s) -> {
                WorkEffects w = effects(s);
                return w == null ? null : w.anticipated();
              }));

  /**
   * The staff representatives (comité social territorial) were consulted: {@code
   * work.staffRepresentativesConsulted}.
   */
  public static final BooleanFact STAFF_REPRESENTATIVES_CONSULTED =
      FACTS.add(
          new BooleanFact(
              "work.staffRepresentativesConsulted",
              Scope.USAGE,
              Text.of(
                  "Comité social territorial consulté",
                  "Staff representatives (comité social territorial) consulted"),
              (FactSubject s) -> {
                WorkEffects w = effects(s);
                return w == null ? null : w.staffRepresentativesConsulted();
              }));

  /** Agents' hours saved per year: {@code work.hoursSavedPerYear}. */
  public static final NumberFact HOURS_SAVED_PER_YEAR =
      FACTS.add(
          new NumberFact(
              "work.hoursSavedPerYear",
              Scope.USAGE,
              Text.of("Heures d'agents gagnées par an", "Agents' hours saved per year"),
              (FactSubject s) -> {
                WorkEffects w = effects(s);
                return w == null ? null : w.hoursSavedPerYear();
              }));

  private static WorkEffects effects(FactSubject s) {
    return s.strategy() == null ? null : s.strategy().workEffects(s.usage().id()).orElse(null);
  }
}
