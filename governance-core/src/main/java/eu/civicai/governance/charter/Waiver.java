package eu.civicai.governance.charter;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import eu.civicai.governance.internal.Messages;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An exemption of one criterion for one usage: who granted it, why, from when and until when. An
 * expired waiver no longer applies; dates are judged in the evaluation clock's zone.
 *
 * <p>Rule: it does not expire before it is granted.
 *
 * @param criterionId the criterion exempted
 * @param usage the usage exempted
 * @param justification why, not blank; may be null
 * @param grantedBy the role that granted it (not a person), not blank; may be null
 * @param grantedOn the first day it applies
 * @param expiresOn the last day it applies
 */
public record Waiver(
    String criterionId,
    UsageId usage,
    @NotBlank @Size(max = 2000) String justification,
    @NotBlank @Size(max = 200) String grantedBy,
    LocalDate grantedOn,
    LocalDate expiresOn) {

  /** Checks the components; see the class description for the rules. */
  public Waiver {
    Check.notNull("criterionId", criterionId);
    Check.notNull("usage", usage);
    Check.notNull("grantedOn", grantedOn);
    Check.notNull("expiresOn", expiresOn);
    Constraints.checkRecord(
        Waiver.class, criterionId, usage, justification, grantedBy, grantedOn, expiresOn);
    if (expiresOn.isBefore(grantedOn)) {
      throw new InvalidInputException(
          "expiresOn",
          "dateOrder",
          Messages.raw(expiresOn),
          Messages.raw("grantedOn"),
          Messages.raw(grantedOn));
    }
  }

  /** Returns whether the waiver applies on {@code date}. */
  public boolean activeOn(LocalDate date) {
    Check.notNull("date", date);
    return !date.isBefore(grantedOn) && !date.isAfter(expiresOn);
  }
}
