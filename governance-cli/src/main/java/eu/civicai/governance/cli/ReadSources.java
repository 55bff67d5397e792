package eu.civicai.governance.cli;

import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Chooses where a read command reads: the file given as its parameter, or the store given with
 * {@code --store} and {@code --tenant} (exactly one of them). The pipelines after that are the
 * same.
 */
final class ReadSources {
  private ReadSources() {}

  /**
   * Opens the usages to read.
   *
   * @throws ParameterException (exit 2) when neither or both of a file and {@code --store} are
   *     given, or {@code --tenant} without {@code --store}
   */
  static UsageSource usages(StoreOption option, Path file, Clock clock, CommandSpec spec) {
    if (option.given()) {
      if (file != null) {
        throw new UsageError(spec, "error.fileAndStore", Escape.terminal(file));
      }
      return StoreInput.open(option, clock);
    }
    if (option.tenant != null) {
      throw new UsageError(spec, "error.tenantWithoutStore");
    }
    if (file == null) {
      throw new UsageError(spec, "error.fileOrStore");
    }
    return RegisterInput.read(file, clock);
  }

  /**
   * The ledger named by {@code --ledger}: a ledger of the store by that name when the usages come
   * from a store, a JSON Lines file otherwise; null when none is named.
   */
  static LedgerSource ledger(UsageSource usages, Path ledger) {
    if (ledger == null) {
      return null;
    }
    return usages instanceof StoreInput store
        ? store.ledger(ledger.toString())
        : LedgerSource.file(ledger);
  }
}
