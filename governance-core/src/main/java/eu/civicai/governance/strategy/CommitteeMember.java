package eu.civicai.governance.strategy;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A member of a watch committee. Elected officials act in public, so naming them is usual; for
 * others a function ("DSI", "DPO", "représentant d'un conseil de quartier") may stand for the name.
 *
 * @param name the name or the function, not blank, at most 200 characters, unique in the committee
 * @param role the member's role
 * @param function the mandate or function ("adjointe au numérique")
 */
public record CommitteeMember(
    @NotBlank @Size(max = 200) String name,
    MemberRole role,
    @Size(max = 200) @Nullable String function) {

  /**
   * Checks the components.
   *
   * @throws eu.civicai.governance.InvalidInputException naming the field that breaks a rule
   */
  public CommitteeMember {
    Check.notNull("name", name);
    Check.notNull("role", role);
    if (function != null) {
      Check.notBlank("function", function);
    }
    Constraints.checkRecord(CommitteeMember.class, name, role, function);
  }

  /** Returns a member without a stated function. */
  public static CommitteeMember of(String name, MemberRole role) {
    return new CommitteeMember(name, role, null);
  }

  /** Returns a copy with a mandate or function. */
  public CommitteeMember withFunction(String function) {
    return new CommitteeMember(name, role, function);
  }
}
