package eu.civicai.governance.charter;

import static eu.civicai.governance.charter.FactReads.emptyToNull;

import eu.civicai.governance.usage.Risk;
import eu.civicai.governance.usage.RiskCategory;

/**
 * The facts of group {@code risks} of the vocabulary ({@code docs/facts.md}), each a constant of
 * this class for the Java DSL. Every fact registers into this class's group; {@link Facts} loads
 * the class before it answers a lookup, so a charter read from JSON finds these names. Immutable
 * and thread-safe.
 */
public final class RiskFacts {
  private static final FactGroup FACTS = new FactGroup("risks");

  private RiskFacts() {}

  /** The facts of this scope, once the class is initialised: Facts reads them here. */
  static FactGroup group() {
    return FACTS;
  }

  /** Identified risks: {@code risks}. */
  public static final ListFact RISKS =
      FACTS.add(
          new ListFact(
              "risks",
              Scope.RISK,
              Text.of("Risques identifiés", "Identified risks"),
              (FactSubject s) -> emptyToNull(s.usage().risks())));

  /** Risk category: {@code risk.category}. */
  public static final EnumFact<RiskCategory> RISK_CATEGORY =
      FACTS.add(
          new EnumFact<>(
              "risk.category",
              Scope.RISK,
              RiskCategory.class,
              Text.of("Catégorie du risque", "Risk category"),
              (Risk r) -> r.category()));

  /** Severity (1 to 4): {@code risk.severity}. */
  public static final NumberFact RISK_SEVERITY =
      FACTS.add(
          new NumberFact(
              "risk.severity",
              Scope.RISK,
              Text.of("Gravité (1 à 4)", "Severity (1 to 4)"),
              (Risk r) -> r.severity()));

  /** Likelihood (1 to 4): {@code risk.likelihood}. */
  public static final NumberFact RISK_LIKELIHOOD =
      FACTS.add(
          new NumberFact(
              "risk.likelihood",
              Scope.RISK,
              Text.of("Vraisemblance (1 à 4)", "Likelihood (1 to 4)"),
              (Risk r) -> r.likelihood()));

  /** Number of mitigations: {@code risk.mitigationCount}. */
  public static final NumberFact RISK_MITIGATION_COUNT =
      FACTS.add(
          new NumberFact(
              "risk.mitigationCount",
              Scope.RISK,
              Text.of("Nombre de mesures d'atténuation", "Number of mitigations"),
              (Risk r) -> r.mitigations().size()));

  /** Residual severity (1 to 4): {@code risk.residualSeverity}. */
  public static final NumberFact RISK_RESIDUAL_SEVERITY =
      FACTS.add(
          new NumberFact(
              "risk.residualSeverity",
              Scope.RISK,
              Text.of("Gravité résiduelle (1 à 4)", "Residual severity (1 to 4)"),
              (Risk r) -> r.residualSeverity()));

  /**
   * Identified risks to agents' working conditions (unknown when no risk is listed): {@code
   * risks.workingConditions}.
   */
  public static final NumberFact WORKING_CONDITIONS_RISKS =
      FACTS.add(
          new NumberFact(
              "risks.workingConditions",
              Scope.USAGE,
              Text.of(
                  "Risques identifiés pour les conditions de travail des agents",
                  "Identified risks to agents' working conditions"),
              (FactSubject s) ->
                  s.usage().risks().isEmpty()
                      ? null
                      : s.usage().risks().stream()
                          .filter(r -> r.category() == RiskCategory.WORKING_CONDITIONS)
                          .count()));
}
