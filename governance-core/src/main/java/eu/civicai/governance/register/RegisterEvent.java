package eu.civicai.governance.register;

import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.usage.AiUsage;
import java.time.Instant;

/**
 * What changed in a register. Immutable; one type per kind, so that listeners switch on the type.
 */
public sealed interface RegisterEvent {

  /** Returns when the change happened, from the register's clock. */
  Instant at();

  /** A usage was added, at revision 1, or restored as written ({@link Register#restore}). */
  record UsageAdded(Instant at, AiUsage usage) implements RegisterEvent {}

  /** A usage was replaced by a new revision. */
  record UsageReplaced(Instant at, AiUsage previous, AiUsage current) implements RegisterEvent {}

  /** A usage was removed, with all its revisions; {@code last} is the last revision. */
  record UsageRemoved(Instant at, AiUsage last) implements RegisterEvent {}

  /** A dataset was added. */
  record DatasetAdded(Instant at, Dataset dataset) implements RegisterEvent {}

  /** A dataset was replaced. */
  record DatasetReplaced(Instant at, Dataset previous, Dataset current) implements RegisterEvent {}

  /** A dataset was removed. */
  record DatasetRemoved(Instant at, Dataset last) implements RegisterEvent {}

  /**
   * An authority's strategy was stored; {@code previous} is the one it replaced, or null when the
   * authority had none.
   */
  record StrategyPut(Instant at, Strategy previous, Strategy current) implements RegisterEvent {}

  /** An authority's strategy was removed. */
  record StrategyRemoved(Instant at, Strategy last) implements RegisterEvent {}
}
