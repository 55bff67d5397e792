package eu.civicai.governance.data;

import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A transfer of personal data outside the EU and its safeguard (GDPR Art. 44–49).
 *
 * @param country the country or region of the recipient, null when unknown, otherwise not blank
 * @param safeguard the safeguard: adequacy decision, standard contractual clauses…; null when none
 */
public record Transfer(
    @NotBlank @Size(max = 200) @Nullable String country,
    @Size(max = 2000) @Nullable String safeguard) {

  /** Checks the components; see the class description for the rules. */
  public Transfer {
    Constraints.checkRecord(Transfer.class, country, safeguard);
  }

  /** Returns a transfer with its safeguard. */
  public static Transfer of(String country, String safeguard) {
    return new Transfer(country, safeguard);
  }

  /** Returns whether a safeguard is declared. */
  public boolean hasSafeguard() {
    return safeguard != null && !safeguard.isBlank();
  }
}
