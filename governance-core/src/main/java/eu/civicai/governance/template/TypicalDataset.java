package eu.civicai.governance.template;

import eu.civicai.governance.charter.Text;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.usage.DataRole;

/**
 * A dataset such usages typically use, described for the commune to look for in its own information
 * system; the commune records it as a {@link eu.civicai.governance.data.Dataset} of its own and
 * lists it in the usage's data use.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name what the data is, in French and English
 * @param personalData whether it usually holds personal data, never {@code null}
 * @param role its role for the usage, never {@code null}
 */
public record TypicalDataset(Text name, PersonalDataLevel personalData, DataRole role) {

  /** Checks that every component is present. */
  public TypicalDataset {
    Check.notNull("name", name);
    Check.notNull("personalData", personalData);
    Check.notNull("role", role);
  }

  /** Returns a typical dataset. */
  public static TypicalDataset of(
      String fr, String en, PersonalDataLevel personalData, DataRole role) {
    return new TypicalDataset(Text.of(fr, en), personalData, role);
  }
}
