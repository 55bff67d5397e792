package eu.civicai.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every comparison operator on every fact type, compiled and evaluated, against an oracle written
 * here from the operators' definitions: random facts and values from a fixed seed, absent facts
 * included (unknown). Each leaf of the compiler is written out per type, so each needs its own
 * check.
 */
class ConditionOperatorsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
  private static final Operator[] ORDERING = {
    Operator.EQ, Operator.NE, Operator.LT, Operator.LE, Operator.GT, Operator.GE
  };
  private static final Operator[] MEMBERSHIP = {
    Operator.EQ, Operator.NE, Operator.IN, Operator.NOT_IN
  };

  @Test
  void everyOperator_onEveryFactType_agreesWithItsDefinition() {
    Random random = new Random(20261129L);
    Map<FactType, Integer> checked = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      Case c = randomCase(random);
      Criterion criterion =
          new Criterion.Builder("", "op.case", Severity.MAJOR)
              .title("t", "t")
              .rationale("r", "r")
              .remediation("m", "m")
              .requires(new Condition.Compare(c.fact.name(), c.operator, c.expected))
              .build();
      Map<String, Object> facts = new HashMap<>();
      facts.put(c.fact.name(), c.actual);
      Outcome outcome =
          CharterEvaluator.judge(
              ConditionCompiler.compile(criterion),
              facts,
              new ConditionCompiler.Env(TODAY, (fact, subject) -> facts.get(fact.name())));

      assertThat(outcome).as("%s", c).isEqualTo(oracle(c));
      checked.merge(c.fact.type(), 1, Integer::sum);
    }
    assertThat(checked.keySet())
        .containsExactlyInAnyOrder(
            FactType.BOOLEAN,
            FactType.NUMBER,
            FactType.TEXT,
            FactType.DATE,
            FactType.ENUM,
            FactType.ENUM_SET);
  }

  private record Case(Fact fact, Operator operator, Object expected, Object actual) {}

  private static Case randomCase(Random r) {
    boolean absent = r.nextInt(8) == 0;
    switch (r.nextInt(6)) {
      case 0 -> {
        Operator op = r.nextBoolean() ? Operator.EQ : Operator.NE;
        return new Case(
            SystemFacts.SELF_LEARNING, op, r.nextBoolean(), absent ? null : r.nextBoolean());
      }
      case 1 -> {
        BigDecimal actual = BigDecimal.valueOf(r.nextInt(7) - 3, r.nextInt(2));
        return new Case(
            SystemFacts.SUPPLIER_COUNT,
            pick(r, ORDERING),
            BigDecimal.valueOf(r.nextInt(5) - 2),
            absent ? null : actual);
      }
      case 2 -> {
        List<String> words = List.of("lac", "digue", "pluie");
        Operator op = pick(r, MEMBERSHIP);
        Object expected =
            op == Operator.EQ || op == Operator.NE
                ? words.get(r.nextInt(3))
                : words.subList(0, 1 + r.nextInt(2));
        return new Case(UsageFacts.SUMMARY, op, expected, absent ? null : words.get(r.nextInt(3)));
      }
      case 3 -> {
        Object expected =
            r.nextBoolean()
                ? TODAY.plusDays(r.nextInt(5) - 2)
                : RelativeDate.ago(java.time.Period.ofDays(r.nextInt(3)));
        return new Case(
            StatusFacts.START_DATE,
            pick(r, ORDERING),
            expected,
            absent ? null : TODAY.minusDays(r.nextInt(5) - 1));
      }
      case 4 -> {
        Stage[] stages = Stage.values();
        Operator op = pick(r, MEMBERSHIP);
        Object expected =
            op == Operator.EQ || op == Operator.NE
                ? pick(r, stages).name()
                : List.of(pick(r, stages).name(), pick(r, stages).name());
        return new Case(StatusFacts.STAGE, op, expected, absent ? null : pick(r, stages));
      }
      default -> {
        AiTechnique[] all = AiTechnique.values();
        Set<AiTechnique> actual = EnumSet.noneOf(AiTechnique.class);
        for (int i = r.nextInt(3); i > 0; i--) {
          actual.add(pick(r, all));
        }
        return new Case(
            SystemFacts.TECHNIQUES, Operator.CONTAINS, pick(r, all).name(), absent ? null : actual);
      }
    }
  }

  /** The operators' definitions, written without the compiler's code. */
  private static Outcome oracle(Case c) {
    if (c.actual == null) {
      return Outcome.UNKNOWN;
    }
    boolean holds =
        switch (c.fact.type()) {
          case BOOLEAN -> c.actual.equals(c.expected) == (c.operator == Operator.EQ);
          case NUMBER ->
              ordered(c.operator, ((BigDecimal) c.actual).compareTo((BigDecimal) c.expected));
          case DATE -> {
            LocalDate bound =
                c.expected instanceof RelativeDate relative
                    ? relative.resolve(TODAY)
                    : (LocalDate) c.expected;
            yield ordered(c.operator, ((LocalDate) c.actual).compareTo(bound));
          }
          case TEXT, ENUM -> {
            String actual = c.actual instanceof Enum<?> e ? e.name() : (String) c.actual;
            List<Object> names = new ArrayList<>();
            if (c.expected instanceof List<?> list) {
              names.addAll(list);
            } else {
              names.add(c.expected);
            }
            boolean member = names.contains(actual);
            yield c.operator == Operator.EQ || c.operator == Operator.IN ? member : !member;
          }
          case ENUM_SET ->
              ((Set<?>) c.actual).stream().anyMatch(e -> ((Enum<?>) e).name().equals(c.expected));
          default -> throw new AssertionError(c.fact.type());
        };
    return holds ? Outcome.SATISFIED : Outcome.NOT_SATISFIED;
  }

  private static boolean ordered(Operator op, int comparison) {
    return switch (op) {
      case EQ -> comparison == 0;
      case NE -> comparison != 0;
      case LT -> comparison < 0;
      case LE -> comparison <= 0;
      case GT -> comparison > 0;
      case GE -> comparison >= 0;
      default -> throw new AssertionError(op);
    };
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }
}
