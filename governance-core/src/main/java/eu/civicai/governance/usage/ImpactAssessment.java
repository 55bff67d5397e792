package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The answers to an impact questionnaire and what they give, kept with the usage (in its {@link
 * Impacts}): written by {@code eu.civicai.governance.assessment.ImpactQuestionnaire#assess}, which
 * computes the scores from the questionnaire's points, and read by the charters.
 *
 * <p>As in Canada's Algorithmic Impact Assessment (canada-ca/aia-eia-js, {@code src/store.ts}): the
 * raw impact score is the sum of the points of the impact questions answered; when the mitigation
 * score reaches 80 % of its maximum the raw score is reduced by 15 % (rounded to the nearest
 * integer) to give the score; the level follows from the score as a share of the maximum raw score
 * ({@link ImpactLevel}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param questionnaire the id of the questionnaire answered, a slug
 * @param questionnaireVersion its version, at most 20 characters
 * @param answeredOn the date of the answers
 * @param answers the answers, one per question answered (never null)
 * @param unanswered the ids of the questions left unanswered (never null; empty when none)
 * @param rawScore the raw impact score, not negative
 * @param maxRawScore the maximum raw impact score of the questionnaire, not negative
 * @param mitigationScore the mitigation score, not negative
 * @param maxMitigationScore the maximum mitigation score, not negative
 * @param score the score the level is read from: the raw score, reduced by 15 % when mitigation
 *     reaches 80 %
 * @param level the impact level, I to IV
 * @param dpiaCriteria the WP248 criteria the answers meet (never null; empty when none)
 */
public record ImpactAssessment(
    String questionnaire,
    @Size(max = 20) String questionnaireVersion,
    LocalDate answeredOn,
    List<QuestionAnswer> answers,
    List<String> unanswered,
    @PositiveOrZero @Max(1_000_000) int rawScore,
    @PositiveOrZero @Max(1_000_000) int maxRawScore,
    @PositiveOrZero @Max(1_000_000) int mitigationScore,
    @PositiveOrZero @Max(1_000_000) int maxMitigationScore,
    @Min(0) @Max(1_000_000) int score,
    ImpactLevel level,
    List<DpiaCriterion> dpiaCriteria) {

  /**
   * Checks the components.
   *
   * @throws eu.civicai.governance.InvalidInputException naming the first component that is null,
   *     not a slug, too long or out of range
   */
  public ImpactAssessment {
    Check.slug("questionnaire", questionnaire);
    Check.notBlank("questionnaireVersion", questionnaireVersion);
    Check.notNull("answeredOn", answeredOn);
    answers = Check.listOrEmpty("answers", answers);
    unanswered = Check.listOrEmpty("unanswered", unanswered);
    for (int i = 0; i < unanswered.size(); i++) {
      Check.slug("unanswered[" + i + "]", unanswered.get(i));
    }
    Check.notNull("level", level);
    dpiaCriteria = Check.listOrEmpty("dpiaCriteria", dpiaCriteria);
    Constraints.checkRecord(
        ImpactAssessment.class,
        questionnaire,
        questionnaireVersion,
        answeredOn,
        answers,
        unanswered,
        rawScore,
        maxRawScore,
        mitigationScore,
        maxMitigationScore,
        score,
        level,
        dpiaCriteria);
  }

  /**
   * Whether a data protection impact assessment is required by the criteria of WP248 rev.01: two or
   * more of the nine are met ({@link DpiaCriterion#THRESHOLD}).
   */
  public boolean dpiaRequired() {
    return dpiaCriteria.size() >= DpiaCriterion.THRESHOLD;
  }

  /** Whether every question of the questionnaire was answered. */
  public boolean complete() {
    return unanswered.isEmpty();
  }
}
