package eu.civicai.governance.data;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.internal.Check;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a dataset stands against its retention rule.
 *
 * <p>The due instant is the trigger's instant plus the rule's duration and any extensions, computed
 * in the ledger clock's time zone, extensions added to the period (so that "1 year after 29
 * February" is 28 February), pushed back by the time spent under lifted legal holds. While a hold
 * is in place the deadline is suspended and there is no due instant.
 *
 * @param dataset the dataset
 * @param rule the rule
 * @param startAt when the period started (null until the trigger occurs)
 * @param dueAt when the end action is due (null when not started or suspended)
 * @param suspended whether a legal hold suspends it
 * @param fulfilled whether the end action was recorded
 */
public record RetentionStatus(
    DatasetId dataset,
    RetentionRule rule,
    @Nullable Instant startAt,
    @Nullable Instant dueAt,
    boolean suspended,
    boolean fulfilled) {

  /** Checks the components; see the class description for the rules. */
  public RetentionStatus {
    Check.notNull("dataset", dataset);
    Check.notNull("rule", rule);
  }

  /** Returns whether the end action is due before {@code at} and was not recorded. */
  public boolean isOverdueAt(Instant at) {
    Check.notNull("at", at);
    return !fulfilled && !suspended && dueAt != null && dueAt.isBefore(at);
  }
}
