package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Check;

/**
 * One answer to an impact questionnaire: the option chosen for a question, both by id.
 *
 * @param question the id of the question, a slug
 * @param option the id of the option chosen, a slug
 */
public record QuestionAnswer(String question, String option) {
  /**
   * Checks that both ids are slugs.
   *
   * @throws eu.civicai.governance.InvalidInputException naming the id that is not a slug
   */
  public QuestionAnswer {
    Check.slug("question", question);
    Check.slug("option", option);
  }

  /**
   * Returns an answer.
   *
   * @param question the id of the question
   * @param option the id of the option chosen
   * @return the answer
   * @throws eu.civicai.governance.InvalidInputException when an id is not a slug
   */
  public static QuestionAnswer of(String question, String option) {
    return new QuestionAnswer(question, option);
  }
}
