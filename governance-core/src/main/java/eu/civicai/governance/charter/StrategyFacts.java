package eu.civicai.governance.charter;

import eu.civicai.governance.strategy.Acculturation;
import eu.civicai.governance.strategy.Strategy;
import java.time.LocalDate;

/**
 * The facts of group {@code strategy} of the vocabulary ({@code docs/facts.md}): what the AI
 * strategy of the usage's authority says (issue 21), read from the strategies of the {@link
 * EvaluationContext}. Every fact is unknown when the context holds no strategy for the authority.
 * Dates are judged against the evaluation date (the context's clock), never the machine's.
 * Immutable and thread-safe.
 */
public final class StrategyFacts {
  private static final FactGroup FACTS = new FactGroup("strategy");

  private StrategyFacts() {}

  /** The facts of this scope, once the class is initialised: Facts reads them here. */
  static FactGroup group() {
    return FACTS;
  }

  /** The authority has a recorded strategy: {@code strategy.recorded}. */
  public static final BooleanFact RECORDED =
      FACTS.add(
          new BooleanFact(
              "strategy.recorded",
              Scope.USAGE,
              Text.of(
                  "La stratégie IA de la collectivité est renseignée",
                  "The authority's AI strategy is recorded"),
              (FactSubject s) -> s.strategy() == null ? null : Boolean.TRUE));

  /** The authority adopted a charter for AI: {@code strategy.charterAdopted}. */
  public static final BooleanFact CHARTER_ADOPTED =
      FACTS.add(
          new BooleanFact(
              "strategy.charterAdopted",
              Scope.USAGE,
              Text.of(
                  "La collectivité a adopté une charte de l'IA",
                  "The authority adopted a charter for AI"),
              (FactSubject s) ->
                  s.strategy() == null ? null : s.strategy().charterAdoptedOn() != null));

  /**
   * Last watch-committee meeting with an elected official present: {@code
   * strategy.committeeLastMetWithElectedOfficials}.
   */
  public static final DateFact COMMITTEE_LAST_MET_WITH_ELECTED =
      FACTS.add(
          new DateFact(
              "strategy.committeeLastMetWithElectedOfficials",
              Scope.USAGE,
              Text.of(
                  "Dernière réunion du comité de veille avec des élus",
                  "Last watch-committee meeting with elected officials"),
              (FactSubject s) -> lastElectedMeeting(s.strategy())));

  /**
   * The watch committee met with elected officials within the six months up to the evaluation date:
   * {@code strategy.committeeActive}.
   */
  public static final BooleanFact COMMITTEE_ACTIVE =
      FACTS.add(
          new BooleanFact(
              "strategy.committeeActive",
              Scope.USAGE,
              Text.of(
                  "Le comité de veille s'est réuni avec des élus dans les six derniers mois",
                  "The watch committee met with elected officials in the last six months"),
              (FactSubject s) -> committeeActive(s.strategy(), s.evaluationDate())));

  /** Roadmap indicators with a target: {@code strategy.roadmapIndicators}. */
  public static final NumberFact ROADMAP_INDICATORS =
      FACTS.add(
          new NumberFact(
              "strategy.roadmapIndicators",
              Scope.USAGE,
              Text.of(
                  "Indicateurs de la feuille de route assortis d'une cible",
                  "Roadmap indicators with a target"),
              (FactSubject s) ->
                  s.strategy() == null || s.strategy().roadmap() == null
                      ? null
                      : s.strategy().roadmap().indicators().stream()
                          .filter(i -> i.target() != null)
                          .count()));

  /**
   * Share of the agents using AI who were trained, in per cent (AI Act Art. 4): {@code
   * strategy.agentsTrainedShare}.
   */
  public static final NumberFact AGENTS_TRAINED_SHARE =
      FACTS.add(
          new NumberFact(
              "strategy.agentsTrainedShare",
              Scope.USAGE,
              Text.of(
                  "Part des agents utilisant l'IA qui ont été formés (%)",
                  "Share of agents using AI who were trained (%)"),
              (FactSubject s) -> {
                Acculturation a = s.strategy() == null ? null : s.strategy().acculturation();
                return a == null ? null : a.trainedShare().orElse(null);
              }));

  /** Acculturation sessions recorded: {@code strategy.acculturationSessions}. */
  public static final NumberFact ACCULTURATION_SESSIONS =
      FACTS.add(
          new NumberFact(
              "strategy.acculturationSessions",
              Scope.USAGE,
              Text.of("Sessions d'acculturation", "Acculturation sessions"),
              (FactSubject s) ->
                  s.strategy() == null || s.strategy().acculturation() == null
                      ? null
                      : s.strategy().acculturation().sessions().size()));

  private static LocalDate lastElectedMeeting(Strategy strategy) {
    if (strategy == null || strategy.committee() == null) {
      return null;
    }
    return strategy.committee().lastMeetingWithElectedOfficials().orElse(null);
  }

  /**
   * Null when unknown (no strategy or no committee); a meeting after the evaluation date counts
   * not.
   */
  static Boolean committeeActive(Strategy strategy, LocalDate today) {
    if (strategy == null || strategy.committee() == null) {
      return null;
    }
    LocalDate from = today.minusMonths(6);
    return strategy.committee().meetings().stream()
        .filter(m -> !m.date().isBefore(from) && !m.date().isAfter(today))
        .anyMatch(
            m ->
                m.attendees().stream()
                    .anyMatch(
                        a ->
                            strategy.committee().members().stream()
                                .anyMatch(
                                    x ->
                                        x.name().equals(a)
                                            && x.role()
                                                == eu.civicai.governance.strategy.MemberRole
                                                    .ELECTED_OFFICIAL)));
  }
}
