package eu.civicai.governance.charter;

import static eu.civicai.governance.charter.FactReads.sizeOrNull;

import eu.civicai.governance.usage.Consultation;
import eu.civicai.governance.usage.Stakeholder;
import eu.civicai.governance.usage.Training;
import java.time.LocalDate;
import java.util.List;

/**
 * The facts of group {@code governance} of the vocabulary ({@code docs/facts.md}), each a constant
 * of this class for the Java DSL. Every fact registers into this class's group; {@link Facts} loads
 * the class before it answers a lookup, so a charter read from JSON finds these names. Immutable
 * and thread-safe.
 */
public final class GovernanceFacts {
  private static final FactGroup FACTS = new FactGroup("governance");

  private GovernanceFacts() {}

  /** The facts of this scope, once the class is initialised: Facts reads them here. */
  static FactGroup group() {
    return FACTS;
  }

  /** Decisions of governing bodies: {@code governance.decisionCount}. */
  public static final NumberFact DECISION_COUNT =
      FACTS.add(
          new NumberFact(
              "governance.decisionCount",
              Scope.USAGE,
              Text.of("Décisions des instances", "Decisions of governing bodies"),
              (FactSubject s) ->
                  s.usage().governance() == null
                      ? null
                      : sizeOrNull(s.usage().governance().decisions())));

  /** Consultations of agents or their representatives: {@code governance.agentConsultations}. */
  public static final NumberFact AGENT_CONSULTATIONS =
      FACTS.add(
          new NumberFact(
              "governance.agentConsultations",
              Scope.USAGE,
              Text.of(
                  "Consultations des agents ou de leurs représentants",
                  "Consultations of agents or their representatives"),
              (FactSubject s) ->
                  s.usage().governance() == null
                      ? null
                      : count(
                          s.usage().governance().consultations(),
                          Consultation::stakeholder,
                          Stakeholder.AGENTS,
                          Stakeholder.STAFF_REPRESENTATIVES)));

  /** Consultations of citizens: {@code governance.citizenConsultations}. */
  public static final NumberFact CITIZEN_CONSULTATIONS =
      FACTS.add(
          new NumberFact(
              "governance.citizenConsultations",
              Scope.USAGE,
              Text.of("Consultations des citoyens", "Consultations of citizens"),
              (FactSubject s) ->
                  s.usage().governance() == null
                      ? null
                      : count(
                          s.usage().governance().consultations(),
                          Consultation::stakeholder,
                          Stakeholder.CITIZENS)));

  /** Trainings of agents: {@code governance.agentTrainings}. */
  public static final NumberFact AGENT_TRAININGS =
      FACTS.add(
          new NumberFact(
              "governance.agentTrainings",
              Scope.USAGE,
              Text.of("Formations des agents", "Trainings of agents"),
              (FactSubject s) ->
                  s.usage().governance() == null
                      ? null
                      : count(
                          s.usage().governance().trainings(),
                          Training::audience,
                          Stakeholder.AGENTS)));

  /** Watch committee: {@code governance.watchCommittee}. */
  public static final TextFact WATCH_COMMITTEE =
      FACTS.add(
          new TextFact(
              "governance.watchCommittee",
              Scope.USAGE,
              Text.of("Comité de veille", "Watch committee"),
              (FactSubject s) ->
                  s.usage().governance() == null ? null : s.usage().governance().watchCommittee()));

  /** Latest review held: {@code governance.latestReview}. */
  public static final DateFact LATEST_REVIEW =
      FACTS.add(
          new DateFact(
              "governance.latestReview",
              Scope.USAGE,
              Text.of("Dernière revue tenue", "Latest review held"),
              (FactSubject s) ->
                  s.usage().governance() == null
                      ? null
                      : s.usage().governance().reviewDates().stream()
                          .filter(d -> !d.isAfter(s.evaluationDate()))
                          .max(LocalDate::compareTo)
                          .orElse(null)));

  /** Next review planned: {@code governance.nextReview}. */
  public static final DateFact NEXT_REVIEW =
      FACTS.add(
          new DateFact(
              "governance.nextReview",
              Scope.USAGE,
              Text.of("Prochaine revue prévue", "Next review planned"),
              (FactSubject s) ->
                  s.usage().governance() == null
                      ? null
                      : s.usage().governance().reviewDates().stream()
                          .filter(d -> d.isAfter(s.evaluationDate()))
                          .min(LocalDate::compareTo)
                          .orElse(null)));

  /**
   * Consultations held (agents, citizens…), empty when the governance part lists none: {@code
   * governance.consultations}.
   */
  public static final ListFact CONSULTATIONS =
      FACTS.add(
          new ListFact(
              "governance.consultations",
              Scope.CONSULTATION,
              Text.of("Consultations menées", "Consultations held"),
              (FactSubject s) ->
                  s.usage().governance() == null ? null : s.usage().governance().consultations()));

  /** Who was consulted: {@code consultation.stakeholder}. */
  public static final EnumFact<Stakeholder> CONSULTATION_STAKEHOLDER =
      FACTS.add(
          new EnumFact<>(
              "consultation.stakeholder",
              Scope.CONSULTATION,
              Stakeholder.class,
              Text.of("Personnes consultées", "Who was consulted"),
              (Consultation c) -> c.stakeholder()));

  /** How many took part: {@code consultation.participants}. */
  public static final NumberFact CONSULTATION_PARTICIPANTS =
      FACTS.add(
          new NumberFact(
              "consultation.participants",
              Scope.CONSULTATION,
              Text.of("Nombre de participants", "How many took part"),
              (Consultation c) -> c.participants()));

  /** Date of the consultation: {@code consultation.date}. */
  public static final DateFact CONSULTATION_DATE =
      FACTS.add(
          new DateFact(
              "consultation.date",
              Scope.CONSULTATION,
              Text.of("Date de la consultation", "Date of the consultation"),
              (Consultation c) -> c.date()));

  /** Counts the elements whose stakeholder is one of those wanted; a loop, not a stream. */
  private static <T> long count(
      List<T> elements,
      java.util.function.Function<T, Stakeholder> stakeholder,
      Stakeholder... wanted) {
    long count = 0;
    for (T element : elements) {
      Stakeholder s = stakeholder.apply(element);
      for (Stakeholder w : wanted) {
        if (s == w) {
          count++;
          break;
        }
      }
    }
    return count;
  }
}
