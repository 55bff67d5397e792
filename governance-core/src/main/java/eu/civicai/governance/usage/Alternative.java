package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An alternative to AI that was considered, and why it was not chosen (the "alternatives" axis of
 * the compass).
 *
 * @param description the alternative, null when unknown, otherwise not blank
 * @param whyNotChosen why it was not chosen; may be null
 */
public record Alternative(
    @NotBlank @Size(max = 2000) String description, @Size(max = 2000) String whyNotChosen) {

  /** Checks the components; see the class description for the rules. */
  public Alternative {
    Constraints.checkRecord(Alternative.class, description, whyNotChosen);
  }

  /** Returns an alternative and why it was set aside. */
  public static Alternative of(String description, String whyNotChosen) {
    return new Alternative(description, whyNotChosen);
  }
}
