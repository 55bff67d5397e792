package eu.civicai.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.usage.Stage;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the evidence a finding shows, as a reader of a report sees it: each value as text
 * (bounded, never half a character), each fact once in reading order, list elements named by
 * position.
 */
class EvidenceRenderingTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  @Test
  void render_writesEachKindOfValueAsAReaderExpects() {
    assertThat(ConditionCompiler.render(null)).isNull();
    assertThat(ConditionCompiler.render("télérelève")).isEqualTo("télérelève");
    assertThat(ConditionCompiler.render("")).isEmpty();
    assertThat(ConditionCompiler.render(Boolean.TRUE)).isEqualTo("true");
    assertThat(ConditionCompiler.render(Boolean.FALSE)).isEqualTo("false");
    assertThat(ConditionCompiler.render(TODAY)).isEqualTo("2026-06-15");
    assertThat(ConditionCompiler.render(Stage.DEPLOYMENT)).isEqualTo("DEPLOYMENT");
    assertThat(ConditionCompiler.render(URI.create("https://example.org/a")))
        .isEqualTo("https://example.org/a");
  }

  @Test
  void render_writesNumbersInPlainDecimal_withoutTrailingZeros() {
    Random random = new Random(20261202L);
    for (int i = 0; i < 2_000; i++) {
      long n = random.nextInt(600) - 100; // around the table of small numbers, negatives included
      int scale = random.nextInt(3);
      BigDecimal value = BigDecimal.valueOf(n).setScale(scale);
      assertThat(ConditionCompiler.render(value)).as("%s", value).isEqualTo(Long.toString(n));
    }
    for (int n : new int[] {0, 1, 255, 256, 257, 1000, -1}) {
      assertThat(ConditionCompiler.render(BigDecimal.valueOf(n))).isEqualTo(Integer.toString(n));
    }
    assertThat(ConditionCompiler.render(new BigDecimal("2.50"))).isEqualTo("2.5");
    assertThat(ConditionCompiler.render(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(ConditionCompiler.render(new BigDecimal("-0.125"))).isEqualTo("-0.125");
  }

  @Test
  void render_ofAList_isItsSize_andOfASetOfConstants_theirNamesSorted() {
    for (int size : new int[] {0, 1, 2, 255, 256, 300}) {
      List<String> list = Collections.nCopies(size, "x");
      assertThat(ConditionCompiler.render(list)).isEqualTo(Integer.toString(size));
    }
    // Sorted by name, not by declaration order (IDEA is declared before DEPLOYMENT).
    assertThat(ConditionCompiler.render(EnumSet.of(Stage.IDEA, Stage.DEPLOYMENT)))
        .isEqualTo("[DEPLOYMENT, IDEA]");
    assertThat(ConditionCompiler.render(List.of(Stage.IDEA, Stage.DEPLOYMENT)))
        .isEqualTo("[DEPLOYMENT, IDEA]");
    assertThat(ConditionCompiler.render(EnumSet.noneOf(Stage.class))).isEqualTo("[]");
  }

  @Test
  void render_ofALongText_isCutAtTheLimit_neverInsideACharacter() {
    int max = ConditionCompiler.MAX_EVIDENCE_TEXT;
    String exact = "a".repeat(max);
    assertThat(ConditionCompiler.render(exact)).isEqualTo(exact);
    assertThat(ConditionCompiler.render(exact + "b")).isEqualTo(exact + "…");
    // A character outside the BMP (two UTF-16 units) across the limit is left out whole.
    String pairAcross = "a".repeat(max - 1) + "😀" + "tail";
    assertThat(ConditionCompiler.render(pairAcross)).isEqualTo("a".repeat(max - 1) + "…");
    // Ending the kept part with a whole pair keeps it.
    String pairInside = "a".repeat(max - 2) + "😀" + "tail";
    assertThat(ConditionCompiler.render(pairInside)).isEqualTo("a".repeat(max - 2) + "😀…");
    Random random = new Random(7L);
    for (int i = 0; i < 500; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(2 * max);
      while (text.length() < length) {
        text.append(random.nextInt(4) == 0 ? "😀" : "é");
      }
      String shown = ConditionCompiler.render(text.toString());
      String kept = shown.endsWith("…") ? shown.substring(0, shown.length() - 1) : shown;
      assertThat(text.toString()).startsWith(kept);
      assertThat(kept.length()).isLessThanOrEqualTo(max);
      assertThat(kept.isEmpty() || !Character.isHighSurrogate(kept.charAt(kept.length() - 1)))
          .isTrue();
      assertThat(shown.endsWith("…")).isEqualTo(text.length() > max);
      assertThat(kept.length()).isGreaterThanOrEqualTo(Math.min(text.length(), max - 1));
    }
  }

  @Test
  void evidence_namesEachFactOnce_inReadingOrder_howeverOftenItIsRead() {
    // Applicability and requirement read the same facts, and one fact comes back later: each is
    // one piece of evidence, in the order first read.
    Condition supplierCount = new Condition.Compare("system.supplierCount", Operator.GE, one());
    Condition selfLearning = new Condition.Compare("system.selfLearning", Operator.EQ, false);
    Condition summary = new Condition.Known("usage.summary");
    Condition stage = new Condition.Compare("status.stage", Operator.EQ, "DEPLOYMENT");
    Criterion criterion =
        criterion(
            Condition.allOf(supplierCount, selfLearning),
            Condition.allOf(selfLearning, summary, supplierCount, stage, summary, selfLearning));
    Map<String, Object> facts = new HashMap<>();
    facts.put("system.supplierCount", BigDecimal.valueOf(2));
    facts.put("system.selfLearning", false);
    facts.put("usage.summary", "Fuites");
    facts.put("status.stage", Stage.DEPLOYMENT);
    ConditionCompiler.Env env = env(facts);

    Outcome outcome = CharterEvaluator.judge(ConditionCompiler.compile(criterion), facts, env);

    assertThat(outcome).isEqualTo(Outcome.SATISFIED);
    assertThat(env.evidence())
        .containsExactly(
            new Evidence("system.supplierCount", "2"),
            new Evidence("system.selfLearning", "false"),
            new Evidence("usage.summary", "Fuites"),
            new Evidence("status.stage", "DEPLOYMENT"));
  }

  @Test
  void evidence_ofTwoFacts_readTwiceEach_isTwoPieces() {
    Condition selfLearning = new Condition.Compare("system.selfLearning", Operator.EQ, true);
    Condition summary = new Condition.Known("usage.summary");
    Criterion criterion =
        criterion(Condition.allOf(summary, selfLearning), Condition.anyOf(selfLearning, summary));
    Map<String, Object> facts = new HashMap<>();
    facts.put("system.selfLearning", true);
    ConditionCompiler.Env env = env(facts);

    Outcome outcome = CharterEvaluator.judge(ConditionCompiler.compile(criterion), facts, env);

    assertThat(outcome).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(env.evidence())
        .containsExactly(
            new Evidence("usage.summary", null), new Evidence("system.selfLearning", "true"));
  }

  @Test
  void evidence_ofListElements_namesTheirPosition_pastTheFirstSixteen() {
    for (int size : new int[] {0, 1, 15, 16, 17, 20}) {
      List<Map<String, Object>> datasets = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        datasets.add(Map.of("dataset.personal", i % 2 == 0));
      }
      Map<String, Object> facts = new HashMap<>();
      facts.put("data.datasets", datasets);
      facts.put("data.datasetsComplete", true);
      Criterion criterion =
          criterion(
              Condition.ALWAYS,
              new Condition.Quantified(
                  Quantifier.ALL,
                  "data.datasets",
                  new Condition.Compare("dataset.personal", Operator.EQ, true)));
      ConditionCompiler.Env env = env(facts);

      Outcome outcome = CharterEvaluator.judge(ConditionCompiler.compile(criterion), facts, env);

      assertThat(outcome).isEqualTo(size <= 1 ? Outcome.SATISFIED : Outcome.NOT_SATISFIED);
      List<Evidence> expected = new ArrayList<>();
      expected.add(new Evidence("data.datasets", Integer.toString(size)));
      for (int i = 0; i < size; i++) {
        expected.add(
            new Evidence("data.datasets[" + i + "].personal", Boolean.toString(i % 2 == 0)));
      }
      if (size <= 1) {
        // Undecided by the elements shown: whether the list is complete is read, and shown.
        expected.add(new Evidence("data.datasetsComplete", "true"));
      }
      assertThat(env.evidence()).as("size %d", size).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void quantifiers_overAListTheRecordMayNotShowWhole_areUnknownUntilDecided() {
    // "All personal" over [personal] with more datasets possibly unlisted: unknown; a
    // non-personal one decides it. "Any personal" over [not personal], incomplete: unknown.
    assertThat(quantified(Quantifier.ALL, false, true)).isEqualTo(Outcome.UNKNOWN);
    assertThat(quantified(Quantifier.ALL, true, true)).isEqualTo(Outcome.SATISFIED);
    assertThat(quantified(Quantifier.ALL, false, true, false)).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(quantified(Quantifier.ANY, false, false)).isEqualTo(Outcome.UNKNOWN);
    assertThat(quantified(Quantifier.ANY, true, false)).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(quantified(Quantifier.ANY, false, false, true)).isEqualTo(Outcome.SATISFIED);
    assertThat(quantified(Quantifier.NONE, false, false)).isEqualTo(Outcome.UNKNOWN);
    assertThat(quantified(Quantifier.NONE, true, false)).isEqualTo(Outcome.SATISFIED);
    assertThat(quantified(Quantifier.NONE, false, true)).isEqualTo(Outcome.NOT_SATISFIED);
  }

  private static Outcome quantified(Quantifier quantifier, boolean complete, boolean... personal) {
    List<Map<String, Object>> datasets = new ArrayList<>();
    for (boolean p : personal) {
      datasets.add(Map.of("dataset.personal", p));
    }
    Map<String, Object> facts = new HashMap<>();
    facts.put("data.datasets", datasets);
    facts.put("data.datasetsComplete", complete);
    Criterion criterion =
        criterion(
            Condition.ALWAYS,
            new Condition.Quantified(
                quantifier,
                "data.datasets",
                new Condition.Compare("dataset.personal", Operator.EQ, true)));
    return CharterEvaluator.judge(ConditionCompiler.compile(criterion), facts, env(facts));
  }

  private static BigDecimal one() {
    return BigDecimal.ONE;
  }

  private static Criterion criterion(Condition appliesWhen, Condition requirement) {
    return new Criterion.Builder("", "evidence.case", Severity.MAJOR)
        .title("t", "t")
        .rationale("r", "r")
        .remediation("m", "m")
        .appliesWhen(appliesWhen)
        .requires(requirement)
        .build();
  }

  /** Reads facts from maps: the usage's map, then each list element's own map. */
  @SuppressWarnings("unchecked")
  private static ConditionCompiler.Env env(Map<String, Object> facts) {
    return new ConditionCompiler.Env(
        TODAY, (fact, subject) -> ((Map<String, Object>) subject).get(fact.name()));
  }
}
