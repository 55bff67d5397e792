package eu.civicai.governance.org;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.Visibility;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Someone, or a service mailbox, to reach about a usage or a dataset. A contact holds personal
 * data, so it is {@link Visibility#RESTRICTED} unless said otherwise.
 *
 * @param role the role held
 * @param name a person's or a service's name; null when an email is given
 * @param email an email address; null when a name is given
 * @param organisation the organisation, when not the owning authority
 * @param visibility whether the contact may be published
 */
public record Contact(
    ContactRole role,
    @Size(max = 200) @Nullable String name,
    @Email @Size(max = 254) @Nullable String email,
    @Size(max = 200) @Nullable String organisation,
    Visibility visibility) {

  /** Checks that the contact has a name or an email. */
  public Contact {
    Check.notNull("role", role);
    Check.notNull("visibility", visibility);
    Constraints.checkRecord(Contact.class, role, name, email, organisation, visibility);
    if ((name == null || name.isBlank()) && (email == null || email.isBlank())) {
      throw new InvalidInputException("name", "contact.nameOrEmail");
    }
  }

  /** Returns a restricted contact with a name and an email (either may be null, not both). */
  public static Contact of(ContactRole role, String name, String email) {
    return new Contact(role, name, email, null, Visibility.RESTRICTED);
  }

  /** Returns a copy that may be published. */
  public Contact publicly() {
    return new Contact(role, name, email, organisation, Visibility.PUBLIC);
  }

  /** Returns a copy with the organisation the contact belongs to. */
  public Contact withOrganisation(String organisation) {
    return new Contact(role, name, email, organisation, visibility);
  }
}
