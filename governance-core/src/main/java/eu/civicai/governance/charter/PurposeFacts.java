package eu.civicai.governance.charter;

import static eu.civicai.governance.charter.FactReads.emptyToNull;
import static eu.civicai.governance.charter.FactReads.sizeOrNull;

import eu.civicai.governance.usage.Alternative;
import eu.civicai.governance.usage.Audience;
import eu.civicai.governance.usage.Theme;

/**
 * The facts of group {@code purpose} of the vocabulary ({@code docs/facts.md}), each a constant of
 * this class for the Java DSL. Every fact registers into this class's group; {@link Facts} loads
 * the class before it answers a lookup, so a charter read from JSON finds these names. Immutable
 * and thread-safe.
 */
public final class PurposeFacts {
  private static final FactGroup FACTS = new FactGroup("purpose");

  private PurposeFacts() {}

  /** The facts of this scope, once the class is initialised: Facts reads them here. */
  static FactGroup group() {
    return FACTS;
  }

  /** Goal: {@code purpose.goal}. */
  public static final TextFact GOAL =
      FACTS.add(
          new TextFact(
              "purpose.goal",
              Scope.USAGE,
              Text.of("Objectif", "Goal"),
              (FactSubject s) -> s.usage().purpose() == null ? null : s.usage().purpose().goal()));

  /** Why AI rather than a simpler solution: {@code purpose.whyAi}. */
  public static final TextFact WHY_AI =
      FACTS.add(
          new TextFact(
              "purpose.whyAi",
              Scope.USAGE,
              Text.of(
                  "Pourquoi l'IA plutôt qu'une solution plus simple",
                  "Why AI rather than a simpler solution"),
              (FactSubject s) -> s.usage().purpose() == null ? null : s.usage().purpose().whyAi()));

  /** Main theme: {@code purpose.theme}. */
  public static final EnumFact<Theme> THEME =
      FACTS.add(
          new EnumFact<>(
              "purpose.theme",
              Scope.USAGE,
              Theme.class,
              Text.of("Thème principal", "Main theme"),
              (FactSubject s) -> s.usage().purpose() == null ? null : s.usage().purpose().theme()));

  /** Audiences of the service: {@code purpose.audiences}. */
  public static final EnumSetFact<Audience> AUDIENCES =
      FACTS.add(
          new EnumSetFact<>(
              "purpose.audiences",
              Scope.USAGE,
              Audience.class,
              Text.of("Publics du service", "Audiences of the service"),
              (FactSubject s) ->
                  s.usage().purpose() == null ? null : s.usage().purpose().audiences()));

  /** Number of audiences: {@code purpose.audienceCount}. */
  public static final NumberFact AUDIENCE_COUNT =
      FACTS.add(
          new NumberFact(
              "purpose.audienceCount",
              Scope.USAGE,
              Text.of("Nombre de publics", "Number of audiences"),
              (FactSubject s) ->
                  s.usage().purpose() == null
                      ? null
                      : sizeOrNull(s.usage().purpose().audiences())));

  /** Alternatives considered: {@code purpose.alternatives}. */
  public static final ListFact ALTERNATIVES =
      FACTS.add(
          new ListFact(
              "purpose.alternatives",
              Scope.ALTERNATIVE,
              Text.of("Alternatives étudiées", "Alternatives considered"),
              (FactSubject s) ->
                  s.usage().purpose() == null
                      ? null
                      : emptyToNull(s.usage().purpose().alternatives())));

  /** Why the alternative was not chosen: {@code alternative.whyNotChosen}. */
  public static final TextFact ALTERNATIVE_WHY_NOT =
      FACTS.add(
          new TextFact(
              "alternative.whyNotChosen",
              Scope.ALTERNATIVE,
              Text.of(
                  "Pourquoi l'alternative n'a pas été retenue",
                  "Why the alternative was not chosen"),
              (Alternative a) -> a.whyNotChosen()));
}
