package eu.civicai.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.InvalidDefinitionException;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, "One rule for builders": every single-valued option of the criterion and waiver
 * builders is set once and checked the moment it is set, and the canonical constructors that
 * readers of stored definitions call check the same rules.
 */
class Issue18SetTimeChecksTest {
  private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);
  private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 31);

  private static Criterion.Builder criterion() {
    return new Criterion.Builder("principles[1].criteria[0]", "c.one", Severity.MAJOR);
  }

  @Test
  void everyCriterionOption_setTwice_isRefusedNamingItsPath() {
    Map<String, UnaryOperator<Criterion.Builder>> options =
        Map.of(
            "title", c -> c.title("Titre", "Title"),
            "appliesWhen", c -> c.appliesWhen(Condition.ALWAYS),
            "requirement", c -> c.requires(Condition.ALWAYS),
            "rationale", c -> c.rationale("Raison", "Reason"),
            "remediation", c -> c.remediation("Remède", "Remedy"),
            "waivable", Criterion.Builder::notWaivable);
    options.forEach(
        (name, option) -> {
          Criterion.Builder once = option.apply(criterion());
          assertThat(once).as(name).isNotNull();
          assertThatThrownBy(() -> option.apply(once))
              .as(name)
              .isInstanceOf(InvalidDefinitionException.class)
              .hasFieldOrPropertyWithValue("rule", "charter.alreadySet")
              .hasFieldOrPropertyWithValue("field", "principles[1].criteria[0]." + name);
        });
  }

  @Test
  void criterionOptions_setOnce_areTheCriterionsOwn() {
    Criterion built =
        criterion()
            .title("Titre", "Title")
            .appliesWhen(SystemFacts.SELF_LEARNING.isTrue())
            .requires(SystemFacts.SUPPLIER_COUNT.atLeast(1))
            .rationale("Raison", "Reason")
            .remediation("Remède", "Remedy")
            .references("RGPD art. 30")
            .references("AI Act art. 26", "CRPA L311-3-1")
            .notWaivable()
            .build();

    assertThat(built.id()).isEqualTo("c.one");
    assertThat(built.severity()).isEqualTo(Severity.MAJOR);
    assertThat(built.title()).isEqualTo(Text.of("Titre", "Title"));
    assertThat(built.appliesWhen()).isEqualTo(SystemFacts.SELF_LEARNING.isTrue());
    assertThat(built.requirement()).isEqualTo(SystemFacts.SUPPLIER_COUNT.atLeast(1));
    assertThat(built.rationale()).isEqualTo(Text.of("Raison", "Reason"));
    assertThat(built.remediation()).isEqualTo(Text.of("Remède", "Remedy"));
    assertThat(built.remediationInForce()).isEqualTo(Text.of("Remède", "Remedy"));
    assertThat(built.references())
        .containsExactly("RGPD art. 30", "AI Act art. 26", "CRPA L311-3-1");
    assertThat(built.isWaivable()).isFalse();

    Criterion plain = criterion().title("Titre", "Title").requires(Condition.ALWAYS).build();
    assertThat(plain.appliesWhen()).isEqualTo(Condition.ALWAYS);
    assertThat(plain.rationale()).isNull();
    assertThat(plain.references()).isEmpty();
    assertThat(plain.isWaivable()).isTrue();
    assertThat(plain.remediationInForce())
        .isEqualTo(Text.of("Satisfaire le critère : Titre.", "Meet the criterion: Title."));
  }

  @Test
  void criterionTexts_blank_areRefusedWhenSet() {
    List<Consumer<Criterion.Builder>> blanks =
        List.of(
            c -> c.rationale(" ", "Reason"),
            c -> c.remediation("Remède", ""),
            c -> c.title("", "Title"));
    List<String> fields =
        List.of(
            "principles[1].criteria[0].rationale",
            "principles[1].criteria[0].remediation",
            "principles[1].criteria[0].title");
    for (int i = 0; i < blanks.size(); i++) {
      Consumer<Criterion.Builder> blank = blanks.get(i);
      GovernanceException e = definitionError(() -> blank.accept(criterion()));
      assertThat(e.field()).startsWith(fields.get(i));
    }
  }

  @Test
  void criterionReferences_multiLine_namesItsPosition_amongAllAdded() {
    Criterion.Builder c = criterion().references("RGPD art. 30", "AI Act art. 26");
    GovernanceException e = definitionError(() -> c.references("CRPA\nL311-3-1"));
    assertThat(e.field()).isEqualTo("principles[1].criteria[0].references[2]");
    GovernanceException nullOne = definitionError(() -> criterion().references("a", null));
    assertThat(nullOne.field()).startsWith("principles[1].criteria[0].references");
  }

  @Test
  void criterion_withoutTitleOrRequirement_isRefusedByBuild() {
    assertThat(definitionError(() -> criterion().requires(Condition.ALWAYS).build()).field())
        .isEqualTo("principles[1].criteria[0].title");
    assertThat(definitionError(() -> criterion().title("T", "T").build()).field())
        .isEqualTo("principles[1].criteria[0].requirement");
  }

  @Test
  void criterionId_upToAHundredCharacters_ofLowerCaseWords() {
    String longest = "a".repeat(Criterion.ID_MAX_LENGTH);
    String tooLong = longest + "b";
    assertThat(new Criterion.Builder("p", longest, Severity.MINOR).title("T", "T")).isNotNull();
    for (String bad : List.of(tooLong, "A.b", "a..b", "a b", "", "-a")) {
      GovernanceException e =
          definitionError(() -> new Criterion.Builder("principles[3]", bad, Severity.MINOR));
      assertThat(e.rule()).as(bad).isEqualTo("charter.id");
      assertThat(e.field()).as(bad).isEqualTo("principles[3].id");
      assertThatThrownBy(() -> record(bad, List.of()))
          .as(bad)
          .isInstanceOf(InvalidDefinitionException.class)
          .hasFieldOrPropertyWithValue("rule", "charter.id")
          .hasFieldOrPropertyWithValue("field", "id");
    }
    assertThat(record(longest, List.of()).id()).isEqualTo(longest);
  }

  @Test
  void criterionRecord_checksItsReferences_asReadersGiveThem() {
    assertThat(record("c.one", List.of("a", "b")).references()).containsExactly("a", "b");
    assertThatThrownBy(() -> record("c.one", List.of("a", "b\nc")))
        .isInstanceOf(GovernanceException.class)
        .hasFieldOrPropertyWithValue("field", "references[1]");
    assertThatThrownBy(() -> record("c.one", List.of("a\nb")))
        .isInstanceOf(GovernanceException.class)
        .hasFieldOrPropertyWithValue("field", "references[0]");
  }

  @Test
  void principleAndCharterIds_followTheSameRule() {
    String tooLong = "p".repeat(Criterion.ID_MAX_LENGTH + 1);
    assertThatThrownBy(
            () -> new Principle(tooLong, Text.of("P", "P"), List.of(record("c.one", List.of()))))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasFieldOrPropertyWithValue("rule", "charter.id");
    GovernanceException inBuilder =
        definitionError(
            () ->
                Charter.builder("test.charter", "1.0")
                    .title("Charte", "Charter")
                    .principle("Bad Id", "P", "P", p -> {}));
    assertThat(inBuilder.rule()).isEqualTo("charter.id");
    assertThat(inBuilder.field()).isEqualTo("principles[0].id");
  }

  private static Criterion record(String id, List<String> references) {
    return new Criterion(
        id,
        Severity.MAJOR,
        Text.of("T", "T"),
        Condition.ALWAYS,
        Condition.ALWAYS,
        null,
        null,
        references);
  }

  private static Waiver.Builder waiver() {
    return Waiver.builder()
        .criterion("oversight.level")
        .usage(UsageId.of("chatbot"))
        .justification("Essai encadré")
        .grantedBy("Comité de veille")
        .grantedOn(JANUARY)
        .expiresOn(DECEMBER);
  }

  @Test
  void everyWaiverStep_takenTwice_isRefusedNamingIt() {
    Map<String, Consumer<Waiver.Builder>> steps =
        Map.of(
            "criterionId", w -> w.criterion("other.one"),
            "usage", w -> w.usage(UsageId.of("other")),
            "justification", w -> w.justification("Autre"),
            "grantedBy", w -> w.grantedBy("DGS"),
            "grantedOn", w -> w.grantedOn(JANUARY),
            "expiresOn", w -> w.expiresOn(DECEMBER));
    steps.forEach(
        (name, step) ->
            assertThatThrownBy(() -> step.accept(waiver()))
                .as(name)
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("`" + name + "` is already set; set it once"));
    assertThat(waiver().build())
        .isEqualTo(
            new Waiver(
                "oversight.level",
                UsageId.of("chatbot"),
                "Essai encadré",
                "Comité de veille",
                JANUARY,
                DECEMBER));
  }

  @Test
  void waiverTexts_blankOrTooLong_areRefusedWhenSet_andByTheRecord() {
    assertRefused(() -> Waiver.builder().justification(" "), "justification");
    assertRefused(() -> Waiver.builder().justification("j".repeat(2001)), "justification");
    assertThat(Waiver.builder().justification("j".repeat(2000))).isNotNull();
    assertRefused(() -> Waiver.builder().grantedBy("g".repeat(201)), "grantedBy");
    assertRefused(
        () -> new Waiver("a.b", UsageId.of("u"), " ", "DGS", JANUARY, DECEMBER), "justification");
    assertRefused(
        () -> new Waiver("a.b", UsageId.of("u"), "j", "", JANUARY, DECEMBER), "grantedBy");
    assertRefused(
        () -> new Waiver("a.b", UsageId.of("u"), "j", "DGS", DECEMBER, JANUARY), "expiresOn");
  }

  @Test
  void waiver_appliesFromItsFirstToItsLastDay() {
    Waiver w = waiver().build();
    assertThat(w.activeOn(JANUARY.minusDays(1))).isFalse();
    assertThat(w.activeOn(JANUARY)).isTrue();
    assertThat(w.activeOn(DECEMBER)).isTrue();
    assertThat(w.activeOn(DECEMBER.plusDays(1))).isFalse();
  }

  private static void assertRefused(Runnable action, String field) {
    assertThatThrownBy(action::run)
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("field", field);
  }

  private static GovernanceException definitionError(Runnable definition) {
    try {
      definition.run();
    } catch (InvalidDefinitionException e) {
      return e;
    }
    throw new AssertionError("no InvalidDefinitionException");
  }
}
