package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A bidder's answer to one clause of a call for tenders, kept in the usage's {@link Procurement}
 * record once the contract is awarded (issue 23).
 *
 * @param clause the id of the clause answered (for example {@code doc.energy-method})
 * @param bidder the bidder, not blank, at most 200 characters
 * @param answer what the bidder answered or supplied, at most 2,000 characters
 * @param compliant whether the buyer found the answer compliant; may be null (not yet judged)
 */
public record TenderAnswer(
    @NotBlank @Size(max = 64) String clause,
    @NotBlank @Size(max = 200) String bidder,
    @Size(max = 2000) @Nullable String answer,
    @Nullable Boolean compliant) {
  /**
   * Checks the components.
   *
   * @throws eu.civicai.governance.InvalidInputException naming the component that is blank or too
   *     long
   */
  public TenderAnswer {
    Constraints.checkRecord(TenderAnswer.class, clause, bidder, answer, compliant);
  }

  /**
   * Returns an answer.
   *
   * @param clause the id of the clause
   * @param bidder the bidder
   * @param answer the answer
   * @param compliant whether it is compliant
   * @return the answer
   */
  public static TenderAnswer of(
      String clause, String bidder, @Nullable String answer, @Nullable Boolean compliant) {
    return new TenderAnswer(clause, bidder, answer, compliant);
  }
}
