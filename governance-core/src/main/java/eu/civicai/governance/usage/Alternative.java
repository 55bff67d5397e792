package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An alternative to AI that was considered, and why it was not chosen (the "alternatives" axis of
 * the compass).
 *
 * @param description the alternative, null when unknown, otherwise not blank
 * @param whyNotChosen why it was not chosen
 */
public record Alternative(
    @NotBlank @Size(max = 2000) @Nullable String description,
    @Size(max = 2000) @Nullable String whyNotChosen) {

  /** Checks the components; see the class description for the rules. */
  public Alternative {
    Constraints.checkRecord(Alternative.class, description, whyNotChosen);
  }

  /** Returns an alternative and why it was set aside. */
  public static Alternative of(String description, String whyNotChosen) {
    return new Alternative(description, whyNotChosen);
  }
}
