package eu.civicai.governance.strategy;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/**
 * An axis of a roadmap ("Mieux servir les habitants", "Sobriété des bâtiments") and its
 * initiatives.
 *
 * @param id a slug, unique within the roadmap (axes and initiatives together)
 * @param title the title, not blank, at most 200 characters
 * @param initiatives the initiatives (never null; empty when none yet)
 */
public record RoadmapAxis(
    String id, @NotBlank @Size(max = 200) String title, List<Initiative> initiatives) {

  /**
   * Checks the components.
   *
   * @throws eu.civicai.governance.InvalidInputException naming the field that breaks a rule
   */
  public RoadmapAxis {
    Check.slug("id", id);
    Check.notNull("title", title);
    initiatives = Check.listOrEmpty("initiatives", initiatives);
    Constraints.checkRecord(RoadmapAxis.class, id, title, initiatives);
  }

  /** Returns an axis with its initiatives. */
  public static RoadmapAxis of(String id, String title, Initiative... initiatives) {
    return new RoadmapAxis(
        id,
        title,
        Check.list("initiatives", Arrays.asList(Check.notNull("initiatives", initiatives))));
  }
}
