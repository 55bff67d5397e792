package eu.civicai.governance.cli;

import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.usage.AiUsage;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a read command takes its usages and datasets from: a register or usage file ({@link
 * RegisterInput}) or a tenant of a store ({@link StoreInput}). Usages are handed over one at a
 * time, as stored, so that the evaluation pipeline is the same for both and memory stays flat in
 * the number of usages.
 */
interface UsageSource extends AutoCloseable {
  /** Returns where datasets are looked up (by evaluations and ledgers). */
  DatasetLookup datasets();

  /**
   * Returns the strategies of the source's authorities (the register document's, or the store
   * tenant's), so that evaluations read them as a register's evaluation does; empty when none.
   */
  List<Strategy> strategies();

  /** Returns how many usages {@link #forEachUsage} hands over (for progress). */
  long count();

  /** Hands every usage over, as stored, in the source's order. */
  void forEachUsage(Consumer<AiUsage> action);

  /** Releases what the source holds (nothing for a file). */
  @Override
  default void close() {}
}
