package eu.civicai.governance.assessment;

import eu.civicai.governance.charter.Text;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.DpiaCriterion;
import java.util.List;

/**
 * One option of a question of an impact questionnaire.
 *
 * @param id the id of the option, a slug unique within its question
 * @param label the label, in French and English
 * @param points the points the option adds to its question's score, 0 to 100
 * @param dpiaCriteria the WP248 criteria choosing this option meets (never null; empty when none)
 */
public record ImpactOption(String id, Text label, int points, List<DpiaCriterion> dpiaCriteria) {
  /**
   * Checks the components.
   *
   * @throws eu.civicai.governance.InvalidDefinitionException when the id is not a slug, the label
   *     is missing or the points are out of 0 to 100
   */
  public ImpactOption {
    Definitions.slug("id", id);
    Definitions.notNull("label", label);
    if (points < 0 || points > 100) {
      throw new eu.civicai.governance.InvalidDefinitionException("points", "impact.points", points);
    }
    dpiaCriteria = Check.listOrEmpty("dpiaCriteria", dpiaCriteria);
  }

  /**
   * Returns an option.
   *
   * @param id the id, a slug
   * @param fr the French label
   * @param en the English label
   * @param points the points, 0 to 100
   * @param dpiaCriteria the WP248 criteria the option meets
   * @return the option
   */
  public static ImpactOption of(
      String id, String fr, String en, int points, DpiaCriterion... dpiaCriteria) {
    return new ImpactOption(id, Text.of(fr, en), points, List.of(dpiaCriteria));
  }
}
