package eu.civicai.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.InvalidDefinitionException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a condition that cannot mean anything (an operator its fact's type does not have, a
 * value of the wrong kind, an empty conjunction) is a charter-definition error when the charter is
 * compiled, naming the criterion, the fact, its type, the operator and the value, never a wrong
 * outcome at evaluation.
 */
class ConditionDefinitionErrorsTest {

  @Test
  void booleanFact_takesEqualityWithABoolean_only() {
    assertMismatch(compare("system.selfLearning", Operator.LT, true), "system.selfLearning");
    assertMismatch(compare("system.selfLearning", Operator.EQ, "true"), "system.selfLearning");
    assertThat(compiles(compare("system.selfLearning", Operator.NE, false))).isTrue();
  }

  @Test
  void numberFact_takesOrderingWithANumber_only() {
    assertMismatch(
        compare("system.supplierCount", Operator.IN, List.of("1")), "system.supplierCount");
    assertMismatch(compare("system.supplierCount", Operator.GE, "3"), "system.supplierCount");
    assertMismatch(
        compare("system.supplierCount", Operator.CONTAINS, BigDecimal.ONE), "system.supplierCount");
    assertThat(compiles(compare("system.supplierCount", Operator.GE, BigDecimal.ONE))).isTrue();
  }

  @Test
  void textFact_takesMembershipWithTexts_only() {
    assertMismatch(compare("usage.summary", Operator.LT, "b"), "usage.summary");
    assertMismatch(compare("usage.summary", Operator.EQ, BigDecimal.ONE), "usage.summary");
    assertMismatch(compare("usage.summary", Operator.CONTAINS, "b"), "usage.summary");
    assertThat(compiles(compare("usage.summary", Operator.IN, List.of("a", "b")))).isTrue();
    assertThat(compiles(compare("usage.summary", Operator.NE, "a"))).isTrue();
  }

  @Test
  void dateFact_takesOrderingWithADate_only() {
    assertMismatch(
        compare("status.startDate", Operator.IN, List.of("2026-01-01")), "status.startDate");
    assertMismatch(compare("status.startDate", Operator.GE, "2026-01-01"), "status.startDate");
    assertThat(compiles(compare("status.startDate", Operator.GE, LocalDate.of(2026, 1, 1))))
        .isTrue();
    assertThat(
            compiles(compare("status.startDate", Operator.LT, RelativeDate.ago(Period.ofYears(1)))))
        .isTrue();
  }

  @Test
  void enumFact_takesMembership_andOneConstantForEquality() {
    assertMismatch(compare("status.stage", Operator.LT, "IDEA"), "status.stage");
    assertMismatch(
        compare("status.stage", Operator.EQ, List.of("IDEA", "DEPLOYMENT")), "status.stage");
    assertMismatch(
        compare("status.stage", Operator.NE, List.of("IDEA", "DEPLOYMENT")), "status.stage");
    assertMismatch(compare("status.stage", Operator.IN, List.of()), "status.stage");
    assertThat(compiles(compare("status.stage", Operator.EQ, List.of("IDEA")))).isTrue();
    assertThat(compiles(compare("status.stage", Operator.NOT_IN, List.of("IDEA", "ENDED"))))
        .isTrue();
    assertThatThrownBy(() -> compile(compare("status.stage", Operator.EQ, "LIVE")))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasFieldOrPropertyWithValue("rule", "charter.unknownEnumValue")
        .hasMessage(
            "criterion `def.case`: 'LIVE' is not a value of fact status.stage; allowed values are"
                + " [IDEA, EXPERIMENTATION, DEPLOYMENT, SUSPENDED, ENDED, ABANDONED]");
  }

  @Test
  void enumSetFact_takesContainsWithOneConstantName_only() {
    assertMismatch(
        compare("system.techniques", Operator.EQ, "MACHINE_LEARNING"), "system.techniques");
    assertMismatch(
        compare("system.techniques", Operator.CONTAINS, List.of("MACHINE_LEARNING")),
        "system.techniques");
    assertThat(compiles(compare("system.techniques", Operator.CONTAINS, "MACHINE_LEARNING")))
        .isTrue();
  }

  @Test
  void count_takesAnOrderingOperator_only() {
    assertThatThrownBy(() -> compile(new Condition.Count("risks", Operator.IN, 2)))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasFieldOrPropertyWithValue("rule", "charter.typeMismatch")
        .hasMessage(
            "criterion `def.case`: fact risks of type LIST cannot be compared with IN Long 2");
    assertThat(compiles(new Condition.Count("risks", Operator.GE, 2))).isTrue();
  }

  @Test
  void andAndOr_needAnOperand() {
    assertThatThrownBy(() -> compile(new Condition.And(List.of())))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasFieldOrPropertyWithValue("rule", "charter.emptyOperands")
        .hasMessage("criterion `def.case`: and needs at least one operand");
    assertThatThrownBy(() -> compile(new Condition.Or(List.of())))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasFieldOrPropertyWithValue("rule", "charter.emptyOperands")
        .hasMessage("criterion `def.case`: or needs at least one operand");
  }

  @Test
  void mismatch_namesFactTypeOperatorAndValue_inBothLanguages() {
    InvalidDefinitionException e =
        (InvalidDefinitionException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> compile(compare("system.selfLearning", Operator.GT, true)));
    assertThat(e.message(Locale.ENGLISH))
        .isEqualTo(
            "criterion `def.case`: fact system.selfLearning of type BOOLEAN cannot be compared"
                + " with GT Boolean true");
    assertThat(e.message(Locale.FRENCH)).contains("system.selfLearning", "BOOLEAN", "GT", "true");
    assertThat(e.message(Locale.FRENCH)).isNotEqualTo(e.message(Locale.ENGLISH));
  }

  private static void assertMismatch(Condition condition, String fact) {
    assertThatThrownBy(() -> compile(condition))
        .as("%s", condition)
        .isInstanceOf(InvalidDefinitionException.class)
        .hasFieldOrPropertyWithValue("rule", "charter.typeMismatch")
        .hasMessageStartingWith("criterion `def.case`: fact " + fact + " of type ")
        .hasMessageContaining(
            " cannot be compared with " + ((Condition.Compare) condition).operator());
  }

  private static boolean compiles(Condition condition) {
    compile(condition);
    return true;
  }

  private static Condition compare(String fact, Operator operator, Object value) {
    return new Condition.Compare(fact, operator, value);
  }

  private static void compile(Condition requirement) {
    ConditionCompiler.compile(
        new Criterion.Builder("", "def.case", Severity.MAJOR)
            .title("t", "t")
            .rationale("r", "r")
            .remediation("m", "m")
            .requires(requirement)
            .build());
  }
}
