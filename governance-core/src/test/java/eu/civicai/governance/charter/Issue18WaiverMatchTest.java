package eu.civicai.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.UsageId;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Samples;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, tests that kill mutants: a waiver exempts exactly one criterion of exactly one usage,
 * on the days it is in force, and only a criterion that is unmet or unknown and waivable. Before,
 * the match on usage and criterion could be replaced by {@code true} without a test failing: one
 * waiver would then have waived every unmet criterion of every usage.
 */
class Issue18WaiverMatchTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneId.of("Europe/Paris"));
  private static final Charter ETHICS = BuiltInCharters.ethics();
  private static final CharterEvaluator EVALUATOR = CharterEvaluator.of(ETHICS);
  private static final AiUsage CHATBOT = usage("chatbot-saint-remy");
  private static final AiUsage OTHER = usage("chatbot-saint-jean");

  private static AiUsage usage(String id) {
    return AiUsage.builder(id)
        .name("Agent conversationnel de la mairie")
        .authority(Authority.of("Saint-Rémy", AuthorityKind.COMMUNE).withPopulation(3000))
        .build();
  }

  /** The one place a waiver is made, so that a change of the waiver's API touches one line. */
  private static Waiver waiver(String criterionId, UsageId usage, LocalDate from, LocalDate to) {
    return new Waiver(criterionId, usage, "Expérimentation", "comité de veille", from, to);
  }

  private static Waiver waiver(String criterionId, UsageId usage) {
    return waiver(criterionId, usage, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  }

  private static EvaluationContext context(List<Waiver> waivers) {
    EvaluationContext context = EvaluationContext.of(CLOCK, Locale.ENGLISH);
    return waivers.isEmpty() ? context : context.withWaivers(waivers);
  }

  private static Map<String, Outcome> outcomes(AiUsage usage, List<Waiver> waivers) {
    return EVALUATOR.evaluate(usage, context(waivers)).get(0).findings().stream()
        .collect(
            Collectors.toMap(Finding::criterionId, Finding::outcome, (a, b) -> a, TreeMap::new));
  }

  /** The waivable criteria the chatbot does not meet or leaves unknown, at least two. */
  private static List<String> unmetWaivable() {
    Map<String, Criterion> criteria =
        ETHICS.criteria().stream()
            .collect(Collectors.toMap(Criterion::id, Function.identity(), (a, b) -> a));
    List<String> ids = new ArrayList<>();
    outcomes(CHATBOT, List.of())
        .forEach(
            (id, outcome) -> {
              if ((outcome == Outcome.NOT_SATISFIED || outcome == Outcome.UNKNOWN)
                  && criteria.get(id).isWaivable()) {
                ids.add(id);
              }
            });
    assertThat(ids).as("the fixture needs two unmet waivable criteria").hasSizeGreaterThan(1);
    return ids;
  }

  @Test
  void waiver_waivesItsCriterionOfItsUsage_andNothingElse() {
    List<String> unmet = unmetWaivable();
    String waived = unmet.get(0);
    Map<String, Outcome> before = outcomes(CHATBOT, List.of());

    Map<String, Outcome> after = outcomes(CHATBOT, List.of(waiver(waived, CHATBOT.id())));

    Map<String, Outcome> expected = new TreeMap<>(before);
    expected.put(waived, Outcome.WAIVED);
    assertThat(after).isEqualTo(expected);
  }

  @Test
  void waiver_ofAnotherUsage_waivesNothing() {
    String criterion = unmetWaivable().get(0);
    List<Waiver> forOther = List.of(waiver(criterion, OTHER.id()));

    assertThat(outcomes(CHATBOT, forOther)).isEqualTo(outcomes(CHATBOT, List.of()));
    assertThat(outcomes(OTHER, forOther)).containsEntry(criterion, Outcome.WAIVED);
  }

  @Test
  void waiver_ofAnotherCriterion_waivesNothingOfThisOne() {
    List<String> unmet = unmetWaivable();
    Map<String, Outcome> after = outcomes(CHATBOT, List.of(waiver(unmet.get(1), CHATBOT.id())));

    assertThat(after).containsEntry(unmet.get(1), Outcome.WAIVED);
    assertThat(after.get(unmet.get(0))).isNotEqualTo(Outcome.WAIVED);
    assertThat(after.values().stream().filter(o -> o == Outcome.WAIVED)).hasSize(1);
  }

  @Test
  void waiver_appliesFromItsFirstDay_toItsLastDay_inclusive() {
    String criterion = unmetWaivable().get(0);
    LocalDate today = LocalDate.of(2026, 6, 15);
    List<Outcome> inForce =
        List.of(
            outcomes(CHATBOT, List.of(waiver(criterion, CHATBOT.id(), today, today)))
                .get(criterion),
            outcomes(CHATBOT, List.of(waiver(criterion, CHATBOT.id(), today.minusDays(3), today)))
                .get(criterion),
            outcomes(CHATBOT, List.of(waiver(criterion, CHATBOT.id(), today, today.plusDays(3))))
                .get(criterion));
    Outcome unwaived = outcomes(CHATBOT, List.of()).get(criterion);

    assertThat(inForce).containsOnly(Outcome.WAIVED);
    assertThat(
            outcomes(
                    CHATBOT,
                    List.of(waiver(criterion, CHATBOT.id(), today.plusDays(1), today.plusDays(9))))
                .get(criterion))
        .isEqualTo(unwaived);
    assertThat(
            outcomes(
                    CHATBOT,
                    List.of(
                        waiver(criterion, CHATBOT.id(), today.minusDays(9), today.minusDays(1))))
                .get(criterion))
        .isEqualTo(unwaived);
  }

  @Test
  void waiver_ofASatisfiedOrNotApplicableCriterion_changesNothing() {
    AiUsage full = Samples.fullUsage();
    Map<String, Outcome> before = outcomes(full, List.of());
    List<Waiver> waivers = new ArrayList<>();
    before.forEach(
        (id, outcome) -> {
          if (outcome == Outcome.SATISFIED || outcome == Outcome.NOT_APPLICABLE) {
            waivers.add(waiver(id, full.id()));
          }
        });
    assertThat(before).containsValues(Outcome.SATISFIED, Outcome.NOT_APPLICABLE);

    assertThat(outcomes(full, waivers)).isEqualTo(before);
  }

  @Test
  void waiver_ofANonWaivableCriterion_changesNothing() {
    Map<String, Outcome> before = outcomes(CHATBOT, List.of());
    List<Waiver> waivers =
        ETHICS.criteria().stream()
            .filter(c -> !c.isWaivable())
            .map(c -> waiver(c.id(), CHATBOT.id()))
            .toList();
    assertThat(waivers).isNotEmpty();

    assertThat(outcomes(CHATBOT, waivers)).isEqualTo(before);
  }

  @Test
  void outcomesOnly_honourTheSameMatch() {
    String criterion = unmetWaivable().get(0);
    List<Waiver> waivers = List.of(waiver(criterion, OTHER.id()));
    List<Outcome> plain =
        EVALUATOR.evaluate(CHATBOT, context(List.of())).get(0).findings().stream()
            .map(Finding::outcome)
            .toList();

    assertThat(EVALUATOR.outcomes(CHATBOT, context(waivers))).containsExactly(plain);
    assertThat(EVALUATOR.outcomes(OTHER, context(waivers)).get(0)).contains(Outcome.WAIVED);
  }

  @Test
  void waivedFinding_carriesTheJustification_andNoRemediation() {
    String criterion = unmetWaivable().get(0);
    Finding finding =
        EVALUATOR
            .evaluate(CHATBOT, context(List.of(waiver(criterion, CHATBOT.id()))))
            .get(0)
            .findings()
            .stream()
            .filter(f -> f.criterionId().equals(criterion))
            .findFirst()
            .orElseThrow();

    assertThat(finding.outcome()).isEqualTo(Outcome.WAIVED);
    assertThat(finding.waiver()).isEqualTo("Expérimentation");
    assertThat(finding.remediation()).isNull();
  }
}
