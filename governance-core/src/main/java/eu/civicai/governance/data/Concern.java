package eu.civicai.governance.data;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;

/**
 * A recorded event that may be a violation, for the charters to judge.
 *
 * @param kind what it may be
 * @param sequence the entry concerned; may be null
 * @param dataset the dataset
 * @param usage the AI usage involved; may be null
 * @param detail the value at issue: the undeclared purpose, the recipient; may be null
 */
public record Concern(
    ConcernKind kind, long sequence, DatasetId dataset, UsageId usage, String detail) {

  /** Checks the components; see the class description for the rules. */
  public Concern {
    Check.notNull("kind", kind);
    Check.notNull("dataset", dataset);
  }
}
