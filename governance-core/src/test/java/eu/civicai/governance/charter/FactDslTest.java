package eu.civicai.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.Stage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the Java DSL of charters ({@code SUPPLIER_COUNT.atLeast(2)}, {@code STAGE.in(..)},
 * {@code a.and(b)}) means what its name says, checked on seeded random values against oracles
 * written here from the method names, with absent facts unknown and and/or/not following Kleene.
 */
class FactDslTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
  private static final Random RANDOM = new Random(20261202L);

  @Test
  void numberConditions_compareAsTheirNamesSay() {
    NumberFact f = SystemFacts.SUPPLIER_COUNT;
    for (int i = 0; i < 500; i++) {
      long n = RANDOM.nextInt(9) - 2;
      BigDecimal value = RANDOM.nextInt(6) == 0 ? null : BigDecimal.valueOf(RANDOM.nextInt(11) - 3);
      Function<Long, Integer> cmp = k -> value.compareTo(BigDecimal.valueOf(k));
      check(f.atLeast(n), f, value, () -> cmp.apply(n) >= 0);
      check(f.atMost(n), f, value, () -> cmp.apply(n) <= 0);
      check(f.greaterThan(n), f, value, () -> cmp.apply(n) > 0);
      check(f.lessThan(n), f, value, () -> cmp.apply(n) < 0);
      check(f.equalTo(n), f, value, () -> cmp.apply(n) == 0);
    }
  }

  @Test
  void enumConditions_testMembership() {
    EnumFact<Stage> f = StatusFacts.STAGE;
    Stage[] stages = Stage.values();
    for (int i = 0; i < 300; i++) {
      Stage a = stages[RANDOM.nextInt(stages.length)];
      Stage b = stages[RANDOM.nextInt(stages.length)];
      Stage value = RANDOM.nextInt(6) == 0 ? null : stages[RANDOM.nextInt(stages.length)];
      check(f.is(a), f, value, () -> value == a);
      check(f.isNot(a), f, value, () -> value != a);
      check(f.in(a, b), f, value, () -> value == a || value == b);
      check(f.notIn(a, b), f, value, () -> value != a && value != b);
    }
  }

  @Test
  void dateConditions_compareWithAFixedOrARelativeDate() {
    DateFact f = StatusFacts.START_DATE;
    for (int i = 0; i < 300; i++) {
      LocalDate bound = TODAY.minusDays(RANDOM.nextInt(10));
      Period period = Period.ofDays(RANDOM.nextInt(10));
      LocalDate value = RANDOM.nextInt(6) == 0 ? null : TODAY.minusDays(RANDOM.nextInt(12));
      check(f.onOrAfter(bound), f, value, () -> !value.isBefore(bound));
      check(f.before(bound), f, value, () -> value.isBefore(bound));
      check(f.withinLast(period), f, value, () -> !value.isBefore(TODAY.minus(period)));
    }
  }

  @Test
  void booleanTextAndSetConditions_holdOnTheirValue() {
    BooleanFact flag = SystemFacts.SELF_LEARNING;
    TextFact text = SystemFacts.PROCUREMENT_PROCEDURE;
    EnumSetFact<AiTechnique> set = SystemFacts.TECHNIQUES;
    AiTechnique[] all = AiTechnique.values();
    for (int i = 0; i < 300; i++) {
      Boolean b = RANDOM.nextInt(3) == 0 ? null : RANDOM.nextBoolean();
      check(flag.isTrue(), flag, b, () -> b);
      check(flag.isFalse(), flag, b, () -> !b);
      String word =
          RANDOM.nextInt(4) == 0 ? null : List.of("Mistral", "Etalab").get(RANDOM.nextInt(2));
      check(text.is("Mistral"), text, word, () -> word.equals("Mistral"));
      Set<AiTechnique> techniques = EnumSet.noneOf(AiTechnique.class);
      for (int k = RANDOM.nextInt(3); k > 0; k--) {
        techniques.add(all[RANDOM.nextInt(all.length)]);
      }
      AiTechnique wanted = all[RANDOM.nextInt(all.length)];
      Set<AiTechnique> value = RANDOM.nextInt(5) == 0 ? null : techniques;
      check(set.contains(wanted), set, value, () -> value.contains(wanted));
    }
  }

  @Test
  void listConditions_countAndQuantifyTheElements() {
    ListFact f = DataFacts.DATASETS;
    BooleanFact personal = DataFacts.DATASET_PERSONAL;
    for (int i = 0; i < 300; i++) {
      int size = RANDOM.nextInt(4);
      List<Map<String, Object>> elements = new ArrayList<>();
      List<Boolean> flags = new ArrayList<>();
      for (int k = 0; k < size; k++) {
        boolean p = RANDOM.nextBoolean();
        flags.add(p);
        elements.add(Map.of(personal.name(), p));
      }
      long n = RANDOM.nextInt(4);
      List<Map<String, Object>> value = RANDOM.nextInt(6) == 0 ? null : elements;
      check(f.countAtLeast(n), f, value, () -> value.size() >= n);
      check(f.isEmpty(), f, value, () -> value.isEmpty());
      check(f.all(personal.isTrue()), f, value, () -> !flags.contains(false));
      check(f.any(personal.isTrue()), f, value, () -> flags.contains(true));
      check(f.none(personal.isTrue()), f, value, () -> !flags.contains(true));
    }
  }

  @Test
  void combinations_followKleene() {
    BooleanFact a = SystemFacts.SELF_LEARNING;
    BooleanFact b = SystemFacts.SEC_NUM_CLOUD;
    BooleanFact c = SystemFacts.ENVIRONMENTAL_CRITERIA;
    Boolean[] values = {Boolean.TRUE, Boolean.FALSE, null};
    for (Boolean x : values) {
      for (Boolean y : values) {
        for (Boolean z : values) {
          Map<String, Object> facts = new HashMap<>();
          facts.put(a.name(), x);
          facts.put(b.name(), y);
          facts.put(c.name(), z);
          Condition ca = a.isTrue();
          Condition cb = b.isTrue();
          Condition cc = c.isTrue();
          assertOutcome(ca.and(cb), facts, and(x, y));
          assertOutcome(ca.or(cb), facts, or(x, y));
          assertOutcome(ca.negate(), facts, not(x));
          assertOutcome(Condition.not(cb), facts, not(y));
          assertOutcome(Condition.allOf(ca, cb, cc), facts, and(and(x, y), z));
          assertOutcome(Condition.anyOf(ca, cb, cc), facts, or(or(x, y), z));
          assertOutcome(a.known(), facts, x != null);
          assertOutcome(a.stated(), facts, x == null ? null : true);
        }
      }
    }
  }

  @Test
  void numberFacts_readEveryKindOfNumberExactly() {
    NumberFact f =
        new NumberFact("test.number", Scope.USAGE, Text.of("nombre", "number"), (Number n) -> n);
    assertThat(f.read(null)).isNull();
    assertThat(f.read(7)).isEqualTo(BigDecimal.valueOf(7));
    assertThat(f.read(7L)).isEqualTo(BigDecimal.valueOf(7));
    assertThat(f.read((short) -3)).isEqualTo(BigDecimal.valueOf(-3));
    assertThat(f.read((byte) 12)).isEqualTo(BigDecimal.valueOf(12));
    // A double is read as it is written, not as its binary expansion (0.1000000000000000055...).
    assertThat(f.read(0.1d)).isEqualTo(new BigDecimal("0.1"));
    assertThat(f.read(2.5f)).isEqualTo(new BigDecimal("2.5"));
    assertThat(f.read(new BigInteger("123456789012345678901234567890")))
        .isEqualTo(new BigDecimal("123456789012345678901234567890"));
    BigDecimal exact = new BigDecimal("1.250");
    assertThat(f.read(exact)).isSameAs(exact);
  }

  @Test
  void textFacts_readABlankTextAsUnknown() {
    TextFact f = new TextFact("test.text", Scope.USAGE, Text.of("texte", "text"), (String s) -> s);
    assertThat(f.read(null)).isNull();
    assertThat(f.read("")).isNull();
    assertThat(f.read(" \t")).isNull();
    assertThat(f.read(" Mistral ")).isEqualTo(" Mistral ");
  }

  @Test
  void factReads_sayThatNothingIsListedAsUnknown() {
    assertThat(FactReads.sizeOrNull(List.of())).isNull();
    assertThat(FactReads.sizeOrNull(List.of("a", "b"))).isEqualTo(2);
    assertThat(FactReads.emptyToNull(List.of())).isNull();
    List<String> one = List.of("a");
    assertThat(FactReads.emptyToNull(one)).isSameAs(one);
  }

  private static Boolean and(Boolean x, Boolean y) {
    if (Boolean.FALSE.equals(x) || Boolean.FALSE.equals(y)) {
      return false;
    }
    return x == null || y == null ? null : true;
  }

  private static Boolean or(Boolean x, Boolean y) {
    if (Boolean.TRUE.equals(x) || Boolean.TRUE.equals(y)) {
      return true;
    }
    return x == null || y == null ? null : false;
  }

  private static Boolean not(Boolean x) {
    return x == null ? null : !x;
  }

  private interface Holds {
    Boolean get();
  }

  /** Checks a condition on one fact's value: unknown when the value is absent. */
  private static void check(Condition condition, Fact fact, Object value, Holds oracle) {
    Map<String, Object> facts = new HashMap<>();
    facts.put(fact.name(), value);
    assertOutcome(condition, facts, value == null ? null : oracle.get());
  }

  private static void assertOutcome(Condition condition, Map<String, Object> facts, Boolean holds) {
    Criterion criterion =
        new Criterion.Builder("", "dsl.case", Severity.MAJOR)
            .title("t", "t")
            .rationale("r", "r")
            .remediation("m", "m")
            .requires(condition)
            .build();
    @SuppressWarnings("unchecked")
    ConditionCompiler.Env env =
        new ConditionCompiler.Env(
            TODAY, (fact, subject) -> ((Map<String, Object>) subject).get(fact.name()));
    Outcome expected =
        holds == null ? Outcome.UNKNOWN : holds ? Outcome.SATISFIED : Outcome.NOT_SATISFIED;
    assertThat(CharterEvaluator.judge(ConditionCompiler.compile(criterion), facts, env))
        .as("%s over %s", condition, facts)
        .isEqualTo(expected);
  }
}
