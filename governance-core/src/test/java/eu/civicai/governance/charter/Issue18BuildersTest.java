package eu.civicai.governance.charter;

import static eu.civicai.governance.charter.DecisionFacts.OVERSIGHT_LEVEL;
import static eu.civicai.governance.charter.PurposeFacts.GOAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.InvalidDefinitionException;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.DecisionMaking;
import eu.civicai.governance.usage.OversightLevel;
import eu.civicai.governance.usage.Part;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Issue 18, "One rule for builders": set-once definitions checked at set time with full paths. */
class Issue18BuildersTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);

  private static final AiUsage USAGE =
      AiUsage.builder("chatbot")
          .name("Agent conversationnel")
          .authority(Authority.of("Saint-Rémy", AuthorityKind.COMMUNE))
          .build();

  /** A charter of three principles whose last criterion is defined by {@code last}. */
  private static Charter charterWith(Consumer<Criterion.Builder> last) {
    Charter.Builder b = Charter.builder("test.charter", "1.0").title("Charte", "Charter");
    b.principle(
        "p0", "P0", "P0", p -> p.criterion("p0.c0", Severity.MAJOR, Issue18BuildersTest::ok));
    b.principle(
        "p1", "P1", "P1", p -> p.criterion("p1.c0", Severity.MAJOR, Issue18BuildersTest::ok));
    return b.principle(
            "p2",
            "P2",
            "P2",
            p -> {
              for (int i = 0; i < 4; i++) {
                p.criterion("p2.c" + i, Severity.MINOR, Issue18BuildersTest::ok);
              }
              p.criterion("p2.c4", Severity.MINOR, last);
            })
        .build();
  }

  private static void ok(Criterion.Builder c) {
    c.title("Objectif", "Goal").requires(GOAL.known());
  }

  private static GovernanceException definitionError(Runnable definition) {
    try {
      definition.run();
    } catch (InvalidDefinitionException e) {
      return e;
    }
    throw new AssertionError("no InvalidDefinitionException");
  }

  @Test
  void criterionReferences_multiLine_namesTheFullPathAtSetTime() {
    GovernanceException e =
        definitionError(() -> charterWith(c -> ok(c.references("AI Act art. 14", "two\nlines"))));
    assertThat(e.field()).isEqualTo("principles[2].criteria[4].references[1]");
    assertThat(e.getCause()).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void criterionTitle_blank_isADefinitionErrorNamingThePath() {
    GovernanceException e = definitionError(() -> charterWith(c -> c.title(" ", "Goal")));
    assertThat(e.field()).isEqualTo("principles[2].criteria[4].title.fr");
    assertThat(e.rule()).isEqualTo("notBlank");
  }

  @Test
  void criterionTitle_setTwice_isRefused() {
    GovernanceException e = definitionError(() -> charterWith(c -> ok(c.title("Autre", "Other"))));
    assertThat(e.field()).isEqualTo("principles[2].criteria[4].title");
    assertThat(e.getMessage())
        .isEqualTo("`principles[2].criteria[4].title` is already set (to 'Other'); set it once");
    assertThat(e.message(Locale.FRENCH))
        .isEqualTo(
            "`principles[2].criteria[4].title` est déjà fixé (à 'Other') ; fixez-le une seule fois");
  }

  @Test
  void criterionRequires_setTwice_isRefused() {
    GovernanceException e = definitionError(() -> charterWith(c -> ok(c.requires(GOAL.stated()))));
    assertThat(e.field()).isEqualTo("principles[2].criteria[4].requirement");
    assertThat(e.rule()).isEqualTo("charter.alreadySet");
  }

  @Test
  void criterionAppliesWhenAndNotWaivable_setTwice_areRefused() {
    assertThat(
            definitionError(
                    () ->
                        charterWith(
                            c -> ok(c.appliesWhen(GOAL.known()).appliesWhen(GOAL.stated()))))
                .field())
        .isEqualTo("principles[2].criteria[4].appliesWhen");
    assertThat(definitionError(() -> charterWith(c -> ok(c.notWaivable().notWaivable()))).field())
        .isEqualTo("principles[2].criteria[4].waivable");
  }

  @Test
  void criterion_withoutRequirement_namesTheMissingField() {
    GovernanceException e = definitionError(() -> charterWith(c -> c.title("Objectif", "Goal")));
    assertThat(e.field()).isEqualTo("principles[2].criteria[4].requirement");
    assertThat(e.getMessage())
        .isEqualTo("`principles[2].criteria[4].requirement` is required: set it before building");
  }

  @Test
  void criterionId_badOrDuplicate_namesThePath() {
    GovernanceException bad =
        definitionError(
            () ->
                Charter.builder("c", "1")
                    .title("T", "T")
                    .principle(
                        "p",
                        "P",
                        "P",
                        p -> p.criterion("Not An Id", Severity.MAJOR, Issue18BuildersTest::ok)));
    assertThat(bad.field()).isEqualTo("principles[0].criteria[0].id");
    assertThat(bad.rule()).isEqualTo("charter.id");

    GovernanceException twice =
        definitionError(
            () ->
                Charter.builder("c", "1")
                    .title("T", "T")
                    .principle(
                        "p",
                        "P",
                        "P",
                        p -> p.criterion("x.one", Severity.MAJOR, Issue18BuildersTest::ok))
                    .principle(
                        "q",
                        "Q",
                        "Q",
                        p -> p.criterion("x.one", Severity.MAJOR, Issue18BuildersTest::ok)));
    assertThat(twice.field()).isEqualTo("principles[1].criteria[0].id");
    assertThat(twice.getMessage())
        .isEqualTo(
            "`principles[1].criteria[0].id`: criterion 'x.one' is defined twice in the charter");
  }

  @Test
  void criterionSeverity_null_namesThePath() {
    GovernanceException e =
        definitionError(
            () ->
                Charter.builder("c", "1")
                    .principle(
                        "p", "P", "P", p -> p.criterion("x.one", null, Issue18BuildersTest::ok)));
    assertThat(e.field()).isEqualTo("principles[0].criteria[0].severity");
  }

  @Test
  void charterOptions_setTwiceOrBad_areRefusedAtSetTime() {
    Charter.Builder b = Charter.builder("c", "1").source("Délibération");
    assertThat(definitionError(() -> b.source("Autre")).field()).isEqualTo("source");
    assertThat(definitionError(() -> Charter.builder("c", "1").source(" ")).field())
        .isEqualTo("source");
    assertThat(definitionError(() -> Charter.builder("C!", "1")).field()).isEqualTo("id");
    assertThat(definitionError(() -> Charter.builder("c", " ")).field()).isEqualTo("version");
    assertThat(
            definitionError(() -> Charter.builder("c", "1").title("T", "T").title("U", "U"))
                .field())
        .isEqualTo("title");
    assertThat(
            definitionError(() -> Charter.builder("c", "1").principle("p", " ", "P", p -> {}))
                .field())
        .isEqualTo("principles[0].title.fr");
    assertThat(
            definitionError(
                    () ->
                        Charter.builder("c", "1")
                            .principle(
                                "p",
                                "P",
                                "P",
                                p -> p.criterion("x.one", Severity.MAJOR, Issue18BuildersTest::ok))
                            .build())
                .field())
        .isEqualTo("title");
  }

  @Test
  void builtCharter_equalsTheRecordBuiltDirectly() {
    Charter built =
        Charter.builder("c", "1")
            .title("T", "T")
            .principle(
                "p",
                "P",
                "P",
                p ->
                    p.criterion(
                        "x.one",
                        Severity.MAJOR,
                        c ->
                            c.title("Objectif", "Goal")
                                .requires(OVERSIGHT_LEVEL.isNot(OversightLevel.NONE))
                                .references("a", "b")))
            .build();
    assertThat(built.criteria().get(0).references()).containsExactly("a", "b");
    assertThat(built.criteria().get(0).appliesWhen()).isEqualTo(Condition.ALWAYS);
    assertThat(built.criteria().get(0).isWaivable()).isTrue();
  }

  private static Waiver.Builder waiver(String criterion) {
    return Waiver.builder()
        .criterion(criterion)
        .usage(USAGE.id())
        .justification("Essai encadré")
        .grantedBy("Comité de veille")
        .grantedOn(LocalDate.of(2026, 1, 1))
        .expiresOn(LocalDate.of(2026, 12, 31));
  }

  @Test
  void waiverBuilder_namesEachPart_andEqualsTheRecord() {
    assertThat(waiver("oversight.level").build())
        .isEqualTo(
            new Waiver(
                "oversight.level",
                USAGE.id(),
                "Essai encadré",
                "Comité de veille",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)));
  }

  @Test
  void waiverBuilder_stepTakenTwice_isRefused() {
    assertThatThrownBy(() -> waiver("a.b").grantedBy("DGS"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`grantedBy` is already set; set it once");
    assertThatThrownBy(() -> waiver("a.b").criterion("c.d"))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo("criterionId");
  }

  @Test
  void waiverBuilder_missingOrDisorderedDates_areRefused() {
    assertThatThrownBy(
            () ->
                Waiver.builder()
                    .criterion("a.b")
                    .usage(UsageId.of("u"))
                    .expiresOn(LocalDate.of(2026, 1, 1))
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`grantedOn` must not be null");
    assertThatThrownBy(() -> Waiver.builder().grantedBy(" "))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo("grantedBy");
    assertThatThrownBy(
            () ->
                Waiver.builder()
                    .criterion("a.b")
                    .usage(UsageId.of("u"))
                    .justification("j")
                    .grantedBy("DGS")
                    .grantedOn(LocalDate.of(2026, 2, 1))
                    .expiresOn(LocalDate.of(2026, 1, 1))
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).rule())
        .isEqualTo("dateOrder");
  }

  @Test
  void waiver_forACriterionNoCharterHas_isRefusedWhenTheContextIsBuilt() {
    CharterEvaluator evaluator = CharterEvaluator.of(BuiltInCharters.ethics());
    EvaluationContext context = evaluator.context(CLOCK, Locale.ENGLISH);
    List<Waiver> typo =
        List.of(waiver("oversight.level").build(), waiver("oversight.levle").build());

    assertThatThrownBy(() -> context.plusWaivers(typo))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "`waivers[1].criterionId`: no charter of the evaluation has criterion 'oversight.levle';"
                + " the waiver would never apply");
    assertThat(context.plusWaivers(typo.subList(0, 1)).waivers()).hasSize(1);
  }

  @Test
  void waiver_forACriterionNoCharterHas_isRefusedByTheEvaluatorWhateverTheContext() {
    CharterEvaluator evaluator = CharterEvaluator.of(BuiltInCharters.ethics());
    EvaluationContext context =
        EvaluationContext.of(CLOCK, Locale.FRENCH).plusWaivers(List.of(waiver("no.such").build()));

    assertThatThrownBy(() -> evaluator.evaluate(USAGE, context))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "`waivers[0].criterionId`: no charter of the evaluation has criterion 'no.such'; the"
                + " waiver would never apply")
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).message(Locale.FRENCH))
                    .isEqualTo(
                        "`waivers[0].criterionId` : aucune charte de l'évaluation n'a le critère"
                            + " 'no.such' ; la dérogation ne s'appliquerait jamais"));
    assertThatThrownBy(() -> evaluator.outcomes(USAGE, context))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void withWaivers_replaces_plusWaivers_adds() {
    Waiver a = waiver("oversight.level").build();
    Waiver b = waiver("utility.goal").build();
    EvaluationContext one = EvaluationContext.of(CLOCK, Locale.FRENCH).plusWaivers(List.of(a));

    assertThat(one.plusWaivers(List.of(b)).waivers()).containsExactly(a, b);
    assertThat(one.withWaivers(List.of(b)).waivers()).containsExactly(b);
    assertThat(one.withWaivers(List.of()).waivers()).isEmpty();
  }

  @Test
  void clearPart_removesIt_andANullPartIsRefused() {
    AiUsage withDecision = USAGE.toBuilder().decision(d -> d.concernsIndividuals(true)).build();
    assertThat(withDecision.decision()).isNotNull();
    assertThat(withDecision.toBuilder().clear(Part.DECISION).build().decision()).isNull();
    assertThat(withDecision.toBuilder().clear(Part.DECISION).build())
        .isEqualTo(withDecision.toBuilder().clear(Part.DECISION).clear(Part.DECISION).build());
    // A null part is no longer a way to clear it (AiUsageNullPartsTest covers every part).
    assertThatThrownBy(() -> withDecision.toBuilder().decision((DecisionMaking) null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`decision` must not be null; to remove the part, call `clear(Part.DECISION)`");
    assertThatThrownBy(() -> USAGE.toBuilder().clear(Part.IDENTITY))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo("part");
  }
}
