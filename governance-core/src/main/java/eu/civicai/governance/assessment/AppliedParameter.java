package eu.civicai.governance.assessment;

import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A parameter of the processing as it was applied to one person's situation, with its weighting:
 * what CRPA R311-3-1-2, 3° asks to communicate on request. It belongs to one decision, not to the
 * usage record, so the caller supplies it when answering a request.
 *
 * @param name the parameter (for example "quotient familial"), not blank, at most 200 characters
 * @param weighting its weighting in the processing (for example "40 %"), at most 200 characters;
 *     null when the processing weights nothing
 * @param appliedValue the value taken for the person (for example "812 €"), at most 200 characters;
 *     null when it is to be filled by hand
 */
public record AppliedParameter(
    @NotBlank @Size(max = 200) String name,
    @Size(max = 200) @Nullable String weighting,
    @Size(max = 200) @Nullable String appliedValue) {
  /**
   * Checks the components.
   *
   * @throws eu.civicai.governance.InvalidInputException when the name is blank, or a text is longer
   *     than 200 characters or holds a line break
   */
  public AppliedParameter {
    Constraints.checkRecord(AppliedParameter.class, name, weighting, appliedValue);
  }

  /**
   * Returns a parameter with its weighting and the value applied.
   *
   * @param name the parameter, not blank
   * @param weighting its weighting
   * @param appliedValue the value applied to the person
   * @return the parameter
   * @throws eu.civicai.governance.InvalidInputException as the constructor
   */
  public static AppliedParameter of(
      String name, @Nullable String weighting, @Nullable String appliedValue) {
    return new AppliedParameter(name, weighting, appliedValue);
  }
}
