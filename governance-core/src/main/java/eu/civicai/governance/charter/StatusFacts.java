package eu.civicai.governance.charter;

import eu.civicai.governance.usage.Stage;

/**
 * The facts of group {@code status} of the vocabulary ({@code docs/facts.md}), each a constant of
 * this class for the Java DSL. Every fact registers into this class's group; {@link Facts} loads
 * the class before it answers a lookup, so a charter read from JSON finds these names. Immutable
 * and thread-safe.
 */
public final class StatusFacts {
  private static final FactGroup FACTS = new FactGroup("status");

  private StatusFacts() {}

  /** The facts of this scope, once the class is initialised: Facts reads them here. */
  static FactGroup group() {
    return FACTS;
  }

  /** Stage of the usage: {@code status.stage}. */
  public static final EnumFact<Stage> STAGE =
      FACTS.add(
          new EnumFact<>(
              "status.stage",
              Scope.USAGE,
              Stage.class,
              Text.of("Maturité de l'usage", "Stage of the usage"),
              (FactSubject s) -> s.usage().status() == null ? null : s.usage().status().stage()));

  /** Start date: {@code status.startDate}. */
  public static final DateFact START_DATE =
      FACTS.add(
          new DateFact(
              "status.startDate",
              Scope.USAGE,
              Text.of("Date de démarrage", "Start date"),
              (FactSubject s) ->
                  s.usage().status() == null ? null : s.usage().status().startDate()));

  /** Reason for abandonment or suspension: {@code status.abandonReason}. */
  public static final TextFact ABANDON_REASON =
      FACTS.add(
          new TextFact(
              "status.abandonReason",
              Scope.USAGE,
              Text.of(
                  "Raison de l'abandon ou de la suspension",
                  "Reason for abandonment or suspension"),
              (FactSubject s) ->
                  s.usage().status() == null ? null : s.usage().status().abandonReason()));
}
