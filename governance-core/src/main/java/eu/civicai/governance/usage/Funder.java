package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Constraints;
import eu.civicai.governance.measure.Dimension;
import eu.civicai.governance.measure.Quantity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A funder of a usage and its contribution.
 *
 * @param name the funder or programme (Fonds vert, France 2030, FEDER…), null when unknown,
 *     otherwise not blank
 * @param amount its contribution, in money
 */
public record Funder(@NotBlank @Size(max = 200) @Nullable String name, @Nullable Quantity amount) {

  /** Checks the components; see the class description for the rules. */
  public Funder {
    Constraints.checkRecord(Funder.class, name, amount);
    Dimensions.require("amount", amount, Dimension.MONEY);
  }

  /** Returns a funder. */
  public static Funder of(String name, Quantity amount) {
    return new Funder(name, amount);
  }
}
