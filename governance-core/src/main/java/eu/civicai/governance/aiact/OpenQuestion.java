package eu.civicai.governance.aiact;

import eu.civicai.governance.internal.Check;
import java.util.List;
import java.util.Locale;

/**
 * A question a classification leaves open: what to answer, in which field, under which articles
 * (for the Art. 5 screening, the points still unanswered).
 *
 * @param question the question
 * @param field the field of the usage record that answers it
 * @param articles the articles or annex points concerned, in the canonical form; not empty
 */
public record OpenQuestion(Question question, String field, List<String> articles) {

  /** Checks the components; every one is required. */
  public OpenQuestion {
    Check.notNull("question", question);
    Check.notBlank("field", field);
    articles = Check.list("articles", articles);
  }

  /**
   * Returns the open question with the field and articles the question names.
   *
   * @param question the question
   * @return the open question
   */
  public static OpenQuestion of(Question question) {
    Check.notNull("question", question);
    return new OpenQuestion(question, question.field(), question.articles());
  }

  /**
   * Returns the question in French or English, naming its articles ("Annex III, point 2").
   *
   * @param locale the locale; French for {@code fr}, English otherwise
   * @return the question
   */
  public String ask(Locale locale) {
    return Texts.format(
        locale, "question." + question.name(), Citations.render(articles, locale), field);
  }
}
