package eu.civicai.governance.template;

import eu.civicai.governance.InvalidDefinitionException;
import eu.civicai.governance.charter.Facts;
import eu.civicai.governance.charter.Text;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import java.util.Locale;

/**
 * A question a template leaves for the commune to answer, and the fact of the vocabulary (see
 * {@code docs/facts.md}) that stays unknown until it is answered.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a slug naming the question within its template, such as {@code hosting}
 * @param fact the name of the fact the answer fills, such as {@code system.hostingRegion}; a name
 *     of {@link Facts#vocabulary()}
 * @param question the question, in French and English
 */
public record OpenQuestion(String id, String fact, Text question) {

  /**
   * Checks the components.
   *
   * @throws eu.civicai.governance.InvalidInputException naming the component that is missing or
   *     ill-formed
   * @throws InvalidDefinitionException {@code template.unknownFact} when {@code fact} is not in the
   *     vocabulary
   */
  public OpenQuestion {
    Check.slug("id", id);
    Check.notBlank("fact", fact);
    Check.notNull("question", question);
    if (Facts.find(fact).isEmpty()) {
      throw new InvalidDefinitionException("fact", "template.unknownFact", Messages.raw(fact));
    }
  }

  /** Returns a question on a fact, in French and English. */
  public static OpenQuestion of(String id, String fact, String fr, String en) {
    return new OpenQuestion(id, fact, Text.of(fr, en));
  }

  /**
   * Returns the question in the caller's language.
   *
   * @param locale the caller's locale, never {@code null}
   * @return the French question for a French locale, the English one otherwise
   */
  public String question(Locale locale) {
    return question.in(Check.notNull("locale", locale));
  }
}
