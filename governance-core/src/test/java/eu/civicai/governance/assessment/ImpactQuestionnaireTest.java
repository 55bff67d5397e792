package eu.civicai.governance.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.civicai.governance.InvalidDefinitionException;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.charter.Text;
import eu.civicai.governance.usage.DpiaCriterion;
import eu.civicai.governance.usage.ImpactAssessment;
import eu.civicai.governance.usage.ImpactLevel;
import eu.civicai.governance.usage.QuestionAnswer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 23, "Impact questionnaire, in the manner of Canada's Algorithmic Impact Assessment". */
class ImpactQuestionnaireTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
  private static final ImpactQuestionnaire BUILT_IN = ImpactQuestionnaires.collectivites();

  /** Impact questions worth 0 or 10 each (max 40), mitigation worth 0 or 5 each (max 10). */
  private static ImpactQuestionnaire small() {
    List<ImpactQuestion> q = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      q.add(
          ImpactQuestion.of(
              "i" + i,
              QuestionKind.IMPACT,
              "Q" + i,
              "Q" + i,
              ImpactOption.of("a", "A", "A", 0),
              ImpactOption.of("b", "B", "B", 10, DpiaCriterion.values()[i])));
    }
    for (int i = 1; i <= 2; i++) {
      q.add(
          ImpactQuestion.of(
              "m" + i,
              QuestionKind.MITIGATION,
              "M" + i,
              "M" + i,
              ImpactOption.of("a", "A", "A", 0),
              ImpactOption.of("b", "B", "B", 4),
              ImpactOption.of("c", "C", "C", 5)));
    }
    return new ImpactQuestionnaire("petit", "1", Text.of("Petit", "Small"), null, q);
  }

  private static List<QuestionAnswer> answers(String... pairs) {
    List<QuestionAnswer> out = new ArrayList<>();
    for (String p : pairs) {
      String[] qa = p.split("=");
      out.add(QuestionAnswer.of(qa[0], qa[1]));
    }
    return out;
  }

  @Test
  void assess_levelsFollowTheQuarterThresholdsOfTheMaximumRawScore() {
    ImpactQuestionnaire q = small();
    assertThat(q.maxRawScore()).isEqualTo(40);
    assertThat(q.maxMitigationScore()).isEqualTo(10);
    // 10/40 = 25 % -> I; 20/40 = 50 % -> II; 30/40 = 75 % -> III; 40/40 -> IV.
    assertThat(q.assess(answers("i1=b"), DAY).level()).isEqualTo(ImpactLevel.I);
    assertThat(q.assess(answers("i1=b", "i2=b"), DAY).level()).isEqualTo(ImpactLevel.II);
    assertThat(q.assess(answers("i1=b", "i2=b", "i3=b"), DAY).level()).isEqualTo(ImpactLevel.III);
    assertThat(q.assess(answers("i1=b", "i2=b", "i3=b", "i4=b"), DAY).level())
        .isEqualTo(ImpactLevel.IV);
  }

  @Test
  void assess_mitigationAtEightyPercent_reducesTheRawScoreByFifteenPercent() {
    List<ImpactQuestion> questions = new ArrayList<>(small().questions());
    questions.add(
        ImpactQuestion.of(
            "i5",
            QuestionKind.IMPACT,
            "Q5",
            "Q5",
            ImpactOption.of("a", "A", "A", 0),
            ImpactOption.of("b", "B", "B", 2)));
    ImpactQuestionnaire q =
        new ImpactQuestionnaire("petit", "1", Text.of("Petit", "Small"), null, questions);
    assertThat(q.maxRawScore()).isEqualTo(42);
    // Raw 32 of 42 (76 %): level IV. 8 of 10 mitigation points (80 %): round(0.85 * 32) = 27,
    // 64 %: level III.
    ImpactAssessment mitigated =
        q.assess(answers("i1=b", "i2=b", "i3=b", "i5=b", "m1=b", "m2=b"), DAY);
    assertThat(mitigated.rawScore()).isEqualTo(32);
    assertThat(mitigated.mitigationScore()).isEqualTo(8);
    assertThat(mitigated.score()).isEqualTo(27);
    assertThat(mitigated.level()).isEqualTo(ImpactLevel.III);
    // 7 of 10: below 80 %, no reduction.
    ImpactAssessment notEnough =
        q.assess(answers("i1=b", "i2=b", "i3=b", "i5=b", "m1=b", "m2=a"), DAY);
    assertThat(notEnough.score()).isEqualTo(32);
    assertThat(notEnough.level()).isEqualTo(ImpactLevel.IV);
  }

  @Test
  void score_roundsHalfUp_asJavaScriptMathRound() {
    // 0.85 * 10 = 8.5 -> 9; 0.85 * 30 = 25.5 -> 26; 0.85 * 3 = 2.55 -> 3.
    assertThat(ImpactQuestionnaire.score(10, 8, 10)).isEqualTo(9);
    assertThat(ImpactQuestionnaire.score(30, 8, 10)).isEqualTo(26);
    assertThat(ImpactQuestionnaire.score(3, 10, 10)).isEqualTo(3);
    assertThat(ImpactQuestionnaire.score(30, 5, 0)).isEqualTo(30);
  }

  @Test
  void score_randomInputs_matchTheFloatingPointFormulaOfTheCanadianTool() {
    Random random = new Random(2023);
    for (int i = 0; i < 5000; i++) {
      int raw = random.nextInt(500);
      int maxMit = random.nextInt(60);
      int mit = maxMit == 0 ? 0 : random.nextInt(maxMit + 1);
      long expected = mit >= 0.8 * maxMit && maxMit > 0 ? Math.round((1 - 0.15) * raw) : raw;
      assertThat(ImpactQuestionnaire.score(raw, mit, maxMit))
          .as("raw %d mit %d/%d", raw, mit, maxMit)
          .isEqualTo((int) expected);
      int maxRaw = raw + random.nextInt(500);
      int score = (int) expected;
      int level =
          score <= maxRaw * 0.25 ? 1 : score <= maxRaw * 0.5 ? 2 : score <= maxRaw * 0.75 ? 3 : 4;
      assertThat(ImpactQuestionnaire.level(score, maxRaw).number()).isEqualTo(level);
    }
  }

  @Test
  void assess_unanswered_addNothing_andAreListed_answersKeepTheQuestionnaireOrder() {
    ImpactAssessment a = small().assess(answers("m2=c", "i3=b"), DAY);
    assertThat(a.answers())
        .containsExactly(QuestionAnswer.of("i3", "b"), QuestionAnswer.of("m2", "c"));
    assertThat(a.unanswered()).containsExactly("i1", "i2", "i4", "m1");
    assertThat(a.complete()).isFalse();
    assertThat(a.questionnaire()).isEqualTo("petit");
    assertThat(a.answeredOn()).isEqualTo(DAY);
  }

  @Test
  void assess_dpiaIsRequired_fromTwoWp248CriteriaOn() {
    ImpactAssessment one = small().assess(answers("i1=b"), DAY);
    assertThat(one.dpiaCriteria()).containsExactly(DpiaCriterion.AUTOMATED_DECISION);
    assertThat(one.dpiaRequired()).isFalse();
    ImpactAssessment two = small().assess(answers("i1=b", "i4=b"), DAY);
    assertThat(two.dpiaCriteria())
        .containsExactly(DpiaCriterion.AUTOMATED_DECISION, DpiaCriterion.LARGE_SCALE);
    assertThat(two.dpiaRequired()).isTrue();
  }

  @Test
  void builtIn_aCrecheScoringAid_isLevelIII_andNeedsADpia() {
    ImpactAssessment a =
        BUILT_IN.assess(
            answers(
                "effet-decision=aide",
                "droits=oui",
                "reversibilite=difficilement",
                "duree=mois",
                "volume=moins-10000",
                "vulnerables=oui",
                "donnees=sensibles",
                "notation=oui",
                "surveillance=non",
                "croisement=oui",
                "nouveaute=non",
                "explicabilite=oui",
                "revue-humaine=oui",
                "recours=oui",
                "tests=non",
                "concertation=non",
                "suivi=oui",
                "repli=non"),
            DAY);
    assertThat(BUILT_IN.maxRawScore()).isEqualTo(36);
    assertThat(BUILT_IN.maxMitigationScore()).isEqualTo(12);
    assertThat(a.rawScore()).isEqualTo(20);
    assertThat(a.mitigationScore()).isEqualTo(7);
    assertThat(a.score()).isEqualTo(20);
    assertThat(a.level()).isEqualTo(ImpactLevel.III);
    assertThat(a.dpiaCriteria())
        .containsExactly(
            DpiaCriterion.EVALUATION_OR_SCORING,
            DpiaCriterion.SENSITIVE_DATA,
            DpiaCriterion.MATCHING_OR_COMBINING,
            DpiaCriterion.VULNERABLE_SUBJECTS,
            DpiaCriterion.PREVENTS_RIGHT_OR_SERVICE);
    assertThat(a.dpiaRequired()).isTrue();
    assertThat(a.complete()).isTrue();
  }

  @Test
  void builtIn_everyWp248CriterionIsReachable_andEveryQuestionHasAZeroOption() {
    java.util.Set<DpiaCriterion> reachable = java.util.EnumSet.noneOf(DpiaCriterion.class);
    for (ImpactQuestion q : BUILT_IN.questions()) {
      q.options().forEach(o -> reachable.addAll(o.dpiaCriteria()));
      assertThat(q.options()).as(q.id()).anyMatch(o -> o.points() == 0);
    }
    assertThat(reachable).containsExactlyInAnyOrder(DpiaCriterion.values());
  }

  @Test
  void measures_areCumulative_byLevel() {
    assertThat(ImpactMeasures.required(ImpactLevel.I, Locale.FRENCH)).hasSize(2);
    assertThat(ImpactMeasures.required(ImpactLevel.II, Locale.FRENCH)).hasSize(5);
    assertThat(ImpactMeasures.required(ImpactLevel.III, Locale.FRENCH))
        .hasSize(8)
        .contains(
            "Aucune décision sans intervention humaine identifiée : un agent décide et peut"
                + " écarter le résultat.");
    assertThat(ImpactMeasures.required(ImpactLevel.IV, Locale.ENGLISH))
        .hasSize(11)
        .startsWith("List the usage in the public register of AI usages, in plain language.")
        .endsWith(
            "Publish the rules of the processing and monitor its results continuously, biases"
                + " included.");
  }

  @Test
  void assess_unknownQuestionOrOption_orTwice_isTheCallersError() {
    InvalidInputException q =
        catchThrowableOfType(
            () -> small().assess(answers("i1=a", "zz=a"), DAY), InvalidInputException.class);
    assertThat(q.field()).isEqualTo("answers[1].question");
    assertThat(q.getMessage())
        .isEqualTo("`answers[1].question`: questionnaire petit has no question 'zz'");
    assertThat(q.message(Locale.FRENCH))
        .isEqualTo("`answers[1].question` : le questionnaire petit n'a pas de question 'zz'");
    InvalidInputException o =
        catchThrowableOfType(
            () -> small().assess(answers("i1=a", "i2=zz"), DAY), InvalidInputException.class);
    assertThat(o.getMessage()).isEqualTo("`answers[1].option`: question i2 has no option 'zz'");
    assertThatThrownBy(() -> small().assess(answers("i1=a", "i1=b"), DAY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`answers[1].question`: question 'i1' is answered twice");
    assertThatThrownBy(() -> small().assess(null, DAY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`answers` must not be null");
  }

  @Test
  void definition_errors_areDefinitionErrors() {
    ImpactOption a = ImpactOption.of("a", "A", "A", 0);
    assertThatThrownBy(() -> ImpactQuestion.of("q", QuestionKind.IMPACT, "Q", "Q", a))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessage("`options`: a question needs at least 2 options, but had 1");
    assertThatThrownBy(() -> ImpactQuestion.of("q", QuestionKind.IMPACT, "Q", "Q", a, a))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessage("`options[1].id`: option 'a' is defined twice in its question");
    assertThatThrownBy(() -> ImpactOption.of("a", "A", "A", 101))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessage("`points` must be between 0 and 100 points, but was 101");
    ImpactQuestion q =
        ImpactQuestion.of("q", QuestionKind.IMPACT, "Q", "Q", a, ImpactOption.of("b", "B", "B", 1));
    assertThatThrownBy(
            () -> new ImpactQuestionnaire("x", "1", Text.of("X", "X"), null, List.of(q, q)))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessage("`questions[1].id`: question 'q' is defined twice");
    assertThatThrownBy(
            () -> new ImpactQuestionnaire("X Y", "1", Text.of("X", "X"), null, List.of(q)))
        .isInstanceOf(InvalidDefinitionException.class)
        .extracting(e -> ((InvalidDefinitionException) e).field())
        .isEqualTo("id");
  }
}
