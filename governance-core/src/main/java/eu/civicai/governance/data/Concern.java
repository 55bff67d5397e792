package eu.civicai.governance.data;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;
import org.jspecify.annotations.Nullable;

/**
 * A recorded event that may be a violation, for the charters to judge.
 *
 * @param kind what it may be
 * @param sequence the entry concerned
 * @param dataset the dataset
 * @param usage the AI usage involved
 * @param detail the value at issue: the undeclared purpose, the recipient
 */
public record Concern(
    ConcernKind kind,
    long sequence,
    DatasetId dataset,
    @Nullable UsageId usage,
    @Nullable String detail) {

  /** Checks the components; see the class description for the rules. */
  public Concern {
    Check.notNull("kind", kind);
    Check.notNull("dataset", dataset);
  }
}
