package eu.civicai.governance.register;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;

/**
 * A usage's reference to a dataset that is not in the register.
 *
 * @param usage the usage
 * @param field where in the usage, such as dataUse.datasets[0].dataset
 * @param dataset the id that does not resolve
 */
public record UnresolvedReference(UsageId usage, String field, DatasetId dataset) {

  /** Checks the components; see the class description for the rules. */
  public UnresolvedReference {
    Check.notNull("usage", usage);
    Check.notNull("field", field);
    Check.notNull("dataset", dataset);
  }
}
