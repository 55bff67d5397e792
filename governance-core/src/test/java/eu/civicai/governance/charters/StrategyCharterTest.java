package eu.civicai.governance.charters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.Facts;
import eu.civicai.governance.charter.Finding;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.strategy.Acculturation;
import eu.civicai.governance.strategy.CommitteeMeeting;
import eu.civicai.governance.strategy.CommitteeMember;
import eu.civicai.governance.strategy.MemberRole;
import eu.civicai.governance.strategy.Roadmap;
import eu.civicai.governance.strategy.RoadmapIndicator;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.strategy.WatchCommittee;
import eu.civicai.governance.strategy.WorkEffects;
import eu.civicai.governance.usage.AiUsage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 21: the strategy facts and the built-in strategy charter, judged at the context's date. */
class StrategyCharterTest {
  private static final Authority COMMUNE = Authority.of("Valmont", AuthorityKind.COMMUNE);
  private static final AiUsage USAGE =
      AiUsage.builder("valmont-chatbot").name("Agent conversationnel").authority(COMMUNE).build();
  // Evaluation instant: 2026-11-30; six months back is 2026-05-30.
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

  private static Strategy strategy(LocalDate meeting, int usingAi, int trained, boolean cst) {
    WorkEffects.Builder work = WorkEffects.builder("valmont-chatbot").tasksChanged("Accueil");
    if (cst) {
      work.staffRepresentativesConsultedOn(LocalDate.of(2026, 4, 1));
    } else {
      work.staffRepresentativesNotConsulted();
    }
    return Strategy.builder(COMMUNE)
        .charterAdoptedOn(LocalDate.of(2026, 1, 10))
        .roadmap(
            Roadmap.builder("Feuille de route")
                .indicators(
                    RoadmapIndicator.of(
                        "agents",
                        "Agents formés",
                        Quantity.of(0, Unit.AGENT),
                        Quantity.of(20, Unit.AGENT)))
                .build())
        .acculturation(
            Acculturation.builder().literacy(usingAi, trained, LocalDate.of(2026, 9, 1)).build())
        .workEffects(work.build())
        .committee(
            WatchCommittee.builder("Comité")
                .members(
                    CommitteeMember.of("Maire", MemberRole.ELECTED_OFFICIAL),
                    CommitteeMember.of("Secrétaire de mairie", MemberRole.TECHNICIAN))
                .meeting(CommitteeMeeting.of(meeting, "Maire"))
                .meeting(CommitteeMeeting.of(LocalDate.of(2026, 11, 1), "Secrétaire de mairie"))
                .build())
        .build();
  }

  private static Map<String, Outcome> outcomes(EvaluationContext context) {
    EvaluationReport report =
        CharterEvaluator.of(BuiltInCharters.strategy()).evaluate(USAGE, context).get(0);
    return report.findings().stream()
        .collect(Collectors.toMap(Finding::criterionId, Finding::outcome));
  }

  @Test
  void strategyMet_everyCriterionSatisfied() {
    EvaluationContext context =
        EvaluationContext.of(CLOCK, Locale.FRENCH)
            .withStrategies(List.of(strategy(LocalDate.of(2026, 5, 30), 10, 8, true)));

    assertThat(outcomes(context))
        .containsEntry("strategy.committee-active", Outcome.SATISFIED)
        .containsEntry("strategy.charter-adopted", Outcome.SATISFIED)
        .containsEntry("strategy.roadmap-indicators", Outcome.SATISFIED)
        .containsEntry("strategy.agents-trained", Outcome.SATISFIED)
        .containsEntry("strategy.staff-representatives-consulted", Outcome.SATISFIED);
  }

  @Test
  void committeeWithElectedOfficialsLongAgo_andTooFewTrained_notSatisfied() {
    // 2026-05-29 is one day before the six months; the later meeting had no elected official.
    EvaluationContext context =
        EvaluationContext.of(CLOCK, Locale.FRENCH)
            .withStrategies(List.of(strategy(LocalDate.of(2026, 5, 29), 10, 7, false)));

    assertThat(outcomes(context))
        .containsEntry("strategy.committee-active", Outcome.NOT_SATISFIED)
        .containsEntry("strategy.agents-trained", Outcome.NOT_SATISFIED)
        .containsEntry("strategy.staff-representatives-consulted", Outcome.NOT_SATISFIED);
  }

  @Test
  void meetingAfterTheEvaluationDate_doesNotCount() {
    EvaluationContext context =
        EvaluationContext.of(CLOCK, Locale.FRENCH)
            .withStrategies(List.of(strategy(LocalDate.of(2026, 12, 1), 10, 8, true)));
    assertThat(outcomes(context)).containsEntry("strategy.committee-active", Outcome.NOT_SATISFIED);
  }

  @Test
  void noStrategyInTheContext_everyCriterionUnknown() {
    assertThat(outcomes(EvaluationContext.of(CLOCK, Locale.FRENCH)).values())
        .containsOnly(Outcome.UNKNOWN);
  }

  @Test
  void anotherAuthoritysStrategy_isNotRead() {
    Strategy other = strategy(LocalDate.of(2026, 10, 1), 10, 10, true).toBuilder().build();
    Strategy elsewhere =
        Strategy.builder(Authority.of("Ailleurs", AuthorityKind.COMMUNE))
            .roadmap(other.roadmap())
            .committee(other.committee())
            .build();
    EvaluationContext context =
        EvaluationContext.of(CLOCK, Locale.FRENCH).withStrategies(List.of(elsewhere));
    assertThat(outcomes(context).values()).containsOnly(Outcome.UNKNOWN);
  }

  @Test
  void threshold_isTheCallersChoice_andChecked() {
    EvaluationContext context =
        EvaluationContext.of(CLOCK, Locale.FRENCH)
            .withStrategies(List.of(strategy(LocalDate.of(2026, 10, 1), 10, 7, true)));
    EvaluationReport report =
        CharterEvaluator.of(BuiltInCharters.strategy(70)).evaluate(USAGE, context).get(0);
    assertThat(
            report.findings().stream()
                .filter(f -> f.criterionId().equals("strategy.agents-trained"))
                .map(Finding::outcome))
        .containsExactly(Outcome.SATISFIED);
    assertThatThrownBy(() -> BuiltInCharters.strategy(101))
        .hasMessage("`minimumTrainedShare` must be at most 100, but was 101");
    assertThatThrownBy(() -> BuiltInCharters.strategy(-1))
        .hasMessage("`minimumTrainedShare` must be at least 0, but was -1");
    assertThat(BuiltInCharters.find("civicai.strategy")).contains(BuiltInCharters.strategy());
    assertThat(BuiltInCharters.strategy().source()).contains("AI Act");
  }

  @Test
  void ethicsCharter_readsTheWorkEffectsOfTheStrategy() {
    String consulted = "involvement.agents-consulted";
    EvaluationReport without =
        CharterEvaluator.of(BuiltInCharters.ethics())
            .evaluate(USAGE, EvaluationContext.of(CLOCK, Locale.FRENCH))
            .get(0);
    EvaluationReport with =
        CharterEvaluator.of(BuiltInCharters.ethics())
            .evaluate(
                USAGE,
                EvaluationContext.of(CLOCK, Locale.FRENCH)
                    .withStrategies(List.of(strategy(LocalDate.of(2026, 10, 1), 1, 1, true))))
            .get(0);
    assertThat(outcome(without, consulted)).isNotEqualTo(Outcome.SATISFIED);
    assertThat(outcome(with, consulted)).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void facts_areInTheVocabulary() {
    assertThat(Facts.find("strategy.committeeActive")).isPresent();
    assertThat(Facts.find("strategy.agentsTrainedShare")).isPresent();
    assertThat(Facts.find("strategy.roadmapIndicators")).isPresent();
    assertThat(Facts.find("work.staffRepresentativesConsulted")).isPresent();
    assertThat(Facts.find("work.effectsAnticipated")).isPresent();
  }

  private static Outcome outcome(EvaluationReport report, String criterion) {
    return report.findings().stream()
        .filter(f -> f.criterionId().equals(criterion))
        .map(Finding::outcome)
        .findFirst()
        .orElseThrow();
  }
}
