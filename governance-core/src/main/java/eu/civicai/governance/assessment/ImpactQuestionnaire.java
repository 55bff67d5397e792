package eu.civicai.governance.assessment;

import eu.civicai.governance.InvalidDefinitionException;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.charter.Text;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.usage.DpiaCriterion;
import eu.civicai.governance.usage.ImpactAssessment;
import eu.civicai.governance.usage.ImpactLevel;
import eu.civicai.governance.usage.QuestionAnswer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An impact questionnaire in the manner of Canada's Algorithmic Impact Assessment: questions as
 * data, each single choice, each option worth points to the raw impact score or to the mitigation
 * score, and flagging the WP248 criteria of a data protection impact assessment it meets. Read from
 * JSON by governance-json (document type {@code impactQuestionnaire}, with its schema); the
 * built-in one is {@link ImpactQuestionnaires#collectivites()}.
 *
 * <p>{@link #assess} turns answers into an {@link ImpactAssessment}, by the rules of
 * canada-ca/aia-eia-js {@code src/store.ts} ({@code calculateFinalScore}): the raw impact score is
 * the sum of the impact points; when the mitigation score is at least 80 % of the maximum
 * mitigation score, the score is the raw score reduced by 15 % and rounded, otherwise the raw
 * score; the level is I when the score is at most 25 % of the maximum raw score, II at most 50 %,
 * III at most 75 %, IV above. (The Canadian tool halves its maximum mitigation score because its
 * questionnaire has two branches, design and implementation, of which one is answered; a
 * questionnaire here has one branch, so the whole maximum is used.) An unanswered question adds no
 * point, as in the Canadian tool, and is listed in {@link ImpactAssessment#unanswered()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id, a slug
 * @param version the version, not blank, at most 20 characters
 * @param title the title, in French and English
 * @param source where the questions come from (for example the texts they adapt)
 * @param questions the questions, 1 to 1,000, with distinct ids
 */
public record ImpactQuestionnaire(
    String id,
    String version,
    Text title,
    @Nullable String source,
    List<ImpactQuestion> questions) {

  /** The share of the maximum mitigation score from which the raw score is reduced: 80 %. */
  public static final int MITIGATION_THRESHOLD_PERCENT = 80;

  /** The reduction of the raw score when mitigation reaches the threshold: 15 %. */
  public static final int MITIGATION_REDUCTION_PERCENT = 15;

  private static final int MAX_QUESTIONS = 1000;

  /**
   * Checks the components.
   *
   * @throws InvalidDefinitionException when the id is not a slug, a component is missing or too
   *     long, there is no question or more than 1,000, or two questions share an id
   */
  public ImpactQuestionnaire {
    Definitions.slug("id", id);
    if (version == null || version.isBlank() || version.length() > 20) {
      throw new InvalidDefinitionException("version", "impact.version", version);
    }
    Definitions.notNull("title", title);
    if (source != null && source.length() > 2000) {
      throw new InvalidDefinitionException("source", "impact.source", source.length());
    }
    questions = Check.list("questions", Definitions.notNull("questions", questions));
    if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
      throw new InvalidDefinitionException("questions", "impact.questions", questions.size());
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < questions.size(); i++) {
      if (!seen.add(questions.get(i).id())) {
        throw new InvalidDefinitionException(
            "questions[" + i + "].id", "impact.duplicateQuestion", questions.get(i).id());
      }
    }
  }

  /** Returns the maximum raw impact score: the sum of each impact question's best option. */
  public int maxRawScore() {
    return max(QuestionKind.IMPACT);
  }

  /** Returns the maximum mitigation score. */
  public int maxMitigationScore() {
    return max(QuestionKind.MITIGATION);
  }

  private int max(QuestionKind kind) {
    return questions.stream()
        .filter(q -> q.kind() == kind)
        .mapToInt(ImpactQuestion::maxPoints)
        .sum();
  }

  /**
   * Scores answers to this questionnaire.
   *
   * @param answers the answers, at most one per question, in any order
   * @param answeredOn the date of the answers
   * @return the assessment, answers in the questionnaire's order, to keep with the usage ({@code
   *     impacts.assessment})
   * @throws InvalidInputException when an argument is null, or an answer names a question or an
   *     option the questionnaire does not have, or answers a question twice
   */
  public ImpactAssessment assess(List<QuestionAnswer> answers, LocalDate answeredOn) {
    List<QuestionAnswer> given = Check.list("answers", answers);
    Check.notNull("answeredOn", answeredOn);
    Map<String, ImpactQuestion> byId = new HashMap<>();
    questions.forEach(q -> byId.put(q.id(), q));
    Map<String, ImpactOption> chosen = new HashMap<>();
    for (int i = 0; i < given.size(); i++) {
      QuestionAnswer a = given.get(i);
      int index = i;
      ImpactQuestion q = byId.get(a.question());
      if (q == null) {
        throw new InvalidInputException(
            "answers[" + i + "].question",
            "impact.unknownQuestion",
            a.question(),
            Messages.raw(id));
      }
      ImpactOption o =
          q.option(a.option())
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "answers[" + index + "].option",
                          "impact.unknownOption",
                          a.option(),
                          Messages.raw(a.question())));
      if (chosen.put(q.id(), o) != null) {
        throw new InvalidInputException(
            "answers[" + i + "].question", "impact.duplicateAnswer", a.question());
      }
    }
    int raw = 0;
    int mitigation = 0;
    List<QuestionAnswer> ordered = new ArrayList<>();
    List<String> unanswered = new ArrayList<>();
    EnumSet<DpiaCriterion> criteria = EnumSet.noneOf(DpiaCriterion.class);
    for (ImpactQuestion q : questions) {
      ImpactOption o = chosen.get(q.id());
      if (o == null) {
        unanswered.add(q.id());
        continue;
      }
      ordered.add(QuestionAnswer.of(q.id(), o.id()));
      criteria.addAll(o.dpiaCriteria());
      if (q.kind() == QuestionKind.IMPACT) {
        raw += o.points();
      } else {
        mitigation += o.points();
      }
    }
    int maxRaw = maxRawScore();
    int maxMitigation = maxMitigationScore();
    int score = score(raw, mitigation, maxMitigation);
    return new ImpactAssessment(
        id,
        version,
        answeredOn,
        ordered,
        unanswered,
        raw,
        maxRaw,
        mitigation,
        maxMitigation,
        score,
        level(score, maxRaw),
        List.copyOf(criteria));
  }

  /**
   * The score the level is read from: the raw score, reduced by 15 % and rounded half up (as
   * JavaScript's {@code Math.round}) when the mitigation score is at least 80 % of its maximum.
   */
  static int score(int raw, int mitigation, int maxMitigation) {
    boolean mitigated =
        maxMitigation > 0 && mitigation * 100 >= MITIGATION_THRESHOLD_PERCENT * maxMitigation;
    if (!mitigated) {
      return raw;
    }
    // round((1 - 0.15) * raw) in integers: (85 * raw + 50) / 100.
    return ((100 - MITIGATION_REDUCTION_PERCENT) * raw + 50) / 100;
  }

  /** The level of a score: at most 25 %, 50 %, 75 % of the maximum raw score, or above. */
  static ImpactLevel level(int score, int maxRaw) {
    long s = score;
    if (s * 4 <= maxRaw) {
      return ImpactLevel.I;
    }
    if (s * 2 <= maxRaw) {
      return ImpactLevel.II;
    }
    if (s * 4 <= 3L * maxRaw) {
      return ImpactLevel.III;
    }
    return ImpactLevel.IV;
  }
}
