package eu.civicai.governance.charter;

import eu.civicai.governance.usage.Procurement;
import eu.civicai.governance.usage.TenderAnswer;

/**
 * The facts of group {@code procurement} of the vocabulary ({@code docs/facts.md}): what the
 * usage's procurement record ({@code system.procurement}) says of the call for tenders and of the
 * awarded bidder's answers to its clauses (issue 23), for the Java DSL. Without a procurement
 * record the facts are unknown. Immutable and thread-safe.
 */
public final class ProcurementFacts {
  private static final FactGroup FACTS = new FactGroup("procurement");

  /** The clause whose answer says how energy and carbon are measured. */
  static final String ENERGY_METHOD_CLAUSE = "doc.energy-method";

  private ProcurementFacts() {}

  /** The facts of this scope, once the class is initialised: Facts reads them here. */
  static FactGroup group() {
    return FACTS;
  }

  /** Environmental criteria listed: {@code procurement.criteriaCount}. */
  public static final NumberFact PROCUREMENT_CRITERIA_COUNT =
      FACTS.add(
          new NumberFact(
              "procurement.criteriaCount",
              Scope.USAGE,
              Text.of(
                  "Critères environnementaux de l'appel d'offres",
                  "Environmental criteria of the call for tenders"),
              (FactSubject s) -> procurement(s) == null ? null : procurement(s).criteria().size()));

  /** Answers of the bidder recorded: {@code procurement.answerCount}. */
  public static final NumberFact PROCUREMENT_ANSWER_COUNT =
      FACTS.add(
          new NumberFact(
              "procurement.answerCount",
              Scope.USAGE,
              Text.of(
                  "Réponses du titulaire enregistrées", "Answers of the awarded bidder recorded"),
              (FactSubject s) -> procurement(s) == null ? null : procurement(s).answers().size()));

  /**
   * The bidder supplied a compliant energy and carbon measurement method: {@code
   * procurement.energyMethodSupplied}. Unknown without answers recorded or while the answer is not
   * judged.
   */
  public static final BooleanFact ENERGY_METHOD_SUPPLIED =
      FACTS.add(
          new BooleanFact(
              "procurement.energyMethodSupplied",
              Scope.USAGE,
              Text.of(
                  "Méthode de mesure de l'énergie fournie par le titulaire et conforme",
                  "Energy measurement method supplied by the bidder and compliant"),
              (FactSubject s) -> {
                Procurement p = procurement(s);
                if (p == null || p.answers().isEmpty()) {
                  return null;
                }
                Boolean found = Boolean.FALSE;
                for (TenderAnswer a : p.answers()) {
                  if (ENERGY_METHOD_CLAUSE.equals(a.clause())) {
                    if (Boolean.TRUE.equals(a.compliant())) {
                      return Boolean.TRUE;
                    }
                    if (a.compliant() == null) {
                      found = null;
                    }
                  }
                }
                return found;
              }));

  private static Procurement procurement(FactSubject s) {
    return s.usage().system() == null ? null : s.usage().system().procurement();
  }
}
