package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A supplier and its role (UK ATRS tier 2: suppliers and their role).
 *
 * @param name the supplier, null when unknown, otherwise not blank
 * @param role what it supplies: development, hosting, model, maintenance…
 */
public record Supplier(
    @NotBlank @Size(max = 200) @Nullable String name, @Size(max = 200) @Nullable String role) {

  /** Checks the components; see the class description for the rules. */
  public Supplier {
    Constraints.checkRecord(Supplier.class, name, role);
  }

  /** Returns a supplier with its role. */
  public static Supplier of(String name, String role) {
    return new Supplier(name, role);
  }
}
