package eu.civicai.governance.charter;

/**
 * The facts of group {@code ledger} of the vocabulary ({@code docs/facts.md}), each a constant of
 * this class for the Java DSL. Every fact registers into this class's group; {@link Facts} loads
 * the class before it answers a lookup, so a charter read from JSON finds these names. Immutable
 * and thread-safe.
 */
public final class LedgerFacts {
  private static final FactGroup FACTS = new FactGroup("ledger");

  private LedgerFacts() {}

  /** The facts of this scope, once the class is initialised: Facts reads them here. */
  static FactGroup group() {
    return FACTS;
  }

  /** Datasets past their retention deadline: {@code ledger.overdueDatasets}. */
  public static final NumberFact OVERDUE_DATASETS =
      FACTS.add(
          new NumberFact(
              "ledger.overdueDatasets",
              Scope.USAGE,
              Text.of(
                  "Jeux de données à échéance de conservation dépassée",
                  "Datasets past their retention deadline"),
              (FactSubject s) -> s.ledger() == null ? null : s.ledger().overdue()));

  /** Uses for an undeclared purpose: {@code ledger.undeclaredPurposeUses}. */
  public static final NumberFact UNDECLARED_PURPOSE_USES =
      FACTS.add(
          new NumberFact(
              "ledger.undeclaredPurposeUses",
              Scope.USAGE,
              Text.of(
                  "Utilisations pour une finalité non déclarée", "Uses for an undeclared purpose"),
              (FactSubject s) -> s.ledger() == null ? null : s.ledger().undeclaredPurposeUses()));

  /**
   * Sharings of personal data outside the EU without safeguard: {@code
   * ledger.personalDataOutsideEu}.
   */
  public static final NumberFact PERSONAL_DATA_OUTSIDE_EU =
      FACTS.add(
          new NumberFact(
              "ledger.personalDataOutsideEu",
              Scope.USAGE,
              Text.of(
                  "Partages de données personnelles hors UE sans garantie",
                  "Sharings of personal data outside the EU without safeguard"),
              (FactSubject s) -> s.ledger() == null ? null : s.ledger().personalDataOutsideEu()));

  /** Data breaches detected: {@code ledger.breaches}. */
  public static final NumberFact BREACHES =
      FACTS.add(
          new NumberFact(
              "ledger.breaches",
              Scope.USAGE,
              Text.of("Violations de données détectées", "Data breaches detected"),
              (FactSubject s) -> s.ledger() == null ? null : s.ledger().breaches()));
}
