package eu.civicai.governance.aiact;

import eu.civicai.governance.internal.Check;
import java.util.List;

/**
 * The outcome of classifying one AI usage under the EU AI Act: the tier, the reasons with their
 * articles, the obligations that follow for a public deployer, the questions still open, and the
 * version of the regulation encoded.
 *
 * @param tier the tier; UNDETERMINED when questions are open
 * @param reasons the reasoning, in the order it was made
 * @param obligations what a public deployer must do
 * @param openQuestions what the record must answer for the classification to conclude
 * @param regulation the regulation version the classifier encodes
 */
public record AiActClassification(
    AiActTier tier,
    List<Reason> reasons,
    List<Obligation> obligations,
    List<Question> openQuestions,
    String regulation) {

  /** Copies the lists. */
  public AiActClassification {
    Check.notNull("tier", tier);
    reasons = Check.listOrEmpty("reasons", reasons);
    obligations = Check.listOrEmpty("obligations", obligations);
    openQuestions = Check.listOrEmpty("openQuestions", openQuestions);
    Check.notBlank("regulation", regulation);
  }
}
