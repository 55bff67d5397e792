package eu.civicai.governance.assessment;

import eu.civicai.governance.InvalidDefinitionException;
import eu.civicai.governance.charter.Text;
import eu.civicai.governance.internal.Check;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One question of an impact questionnaire: single choice among its options.
 *
 * @param id the id, a slug unique within the questionnaire
 * @param kind whether its points measure impact or mitigation
 * @param text the question, in French and English
 * @param options the options, at least two, with distinct ids
 */
public record ImpactQuestion(String id, QuestionKind kind, Text text, List<ImpactOption> options) {
  /**
   * Checks the components.
   *
   * @throws InvalidDefinitionException when the id is not a slug, a component is missing, there are
   *     fewer than two options or two share an id
   */
  public ImpactQuestion {
    Definitions.slug("id", id);
    Definitions.notNull("kind", kind);
    Definitions.notNull("text", text);
    options = Check.list("options", Definitions.notNull("options", options));
    if (options.size() < 2) {
      throw new InvalidDefinitionException("options", "impact.options", options.size());
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < options.size(); i++) {
      if (!seen.add(options.get(i).id())) {
        throw new InvalidDefinitionException(
            "options[" + i + "].id", "impact.duplicateOption", options.get(i).id());
      }
    }
  }

  /**
   * Returns a question.
   *
   * @param id the id, a slug
   * @param kind impact or mitigation
   * @param fr the French text
   * @param en the English text
   * @param options the options
   * @return the question
   */
  public static ImpactQuestion of(
      String id, QuestionKind kind, String fr, String en, ImpactOption... options) {
    return new ImpactQuestion(id, kind, Text.of(fr, en), List.of(options));
  }

  /** Returns the option with this id, if any. */
  public Optional<ImpactOption> option(String optionId) {
    return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
  }

  /** Returns the most points an answer to this question can add. */
  public int maxPoints() {
    return options.stream().mapToInt(ImpactOption::points).max().orElse(0);
  }
}
