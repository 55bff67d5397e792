package eu.civicai.governance.usage;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.internal.Check;

/**
 * A dataset a usage uses, and how.
 *
 * @param dataset the dataset, resolved in the register
 * @param role training, input, output…
 */
public record DatasetUse(DatasetId dataset, DataRole role) {

  /** Checks the components; see the class description for the rules. */
  public DatasetUse {
    Check.notNull("dataset", dataset);
    Check.notNull("role", role);
  }

  /** Returns a use of a dataset in a role. */
  public static DatasetUse of(DatasetId dataset, DataRole role) {
    return new DatasetUse(dataset, role);
  }

  /** Returns a use of a dataset in a role, parsing its id. */
  public static DatasetUse of(String dataset, DataRole role) {
    return new DatasetUse(DatasetId.of(dataset), role);
  }
}
