package eu.civicai.governance.strategy;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.measure.Dimension;
import eu.civicai.governance.measure.Quantity;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A funder of a roadmap and its contribution.
 *
 * @param kind which programme or budget
 * @param name the programme's own name ("appel à projets IA", "Fonds vert")
 * @param amount its contribution, in money
 */
public record RoadmapFunder(
    FunderKind kind, @Size(max = 200) @Nullable String name, @Nullable Quantity amount) {

  /**
   * Checks the components.
   *
   * @throws eu.civicai.governance.InvalidInputException naming the field that breaks a rule
   */
  public RoadmapFunder {
    Check.notNull("kind", kind);
    if (name != null) {
      Check.notBlank("name", name);
    }
    Constraints.checkRecord(RoadmapFunder.class, kind, name, amount);
    money("amount", amount);
  }

  /** Returns a funder of a kind and its contribution. */
  public static RoadmapFunder of(FunderKind kind, Quantity amount) {
    return new RoadmapFunder(kind, null, amount);
  }

  static void money(String field, Quantity q) {
    if (q != null && q.unit().dimension() != Dimension.MONEY) {
      throw new InvalidInputException(
          field, "unit.dimension", Messages.raw(q), Messages.raw(Dimension.MONEY.name()));
    }
  }
}
