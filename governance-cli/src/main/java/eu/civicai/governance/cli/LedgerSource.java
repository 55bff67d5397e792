package eu.civicai.governance.cli;

import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.spi.LedgerStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Where a command reads a ledger from, always read-only: a JSON Lines file ({@link #file}) or a
 * ledger of a store ({@link StoreInput#ledger}). Errors name the file or the store.
 */
interface LedgerSource {
  /** Opens the ledger's entries read-only; the caller closes it. */
  LedgerStore open();

  /** Replays the opened ledger over the datasets. */
  Ledger replay(LedgerStore store, DatasetLookup datasets, Clock clock);

  /** A JSON Lines ledger file, as {@link LedgerFiles} opens it. */
  static LedgerSource file(Path file) {
    return new LedgerSource() {
      @Override
      public LedgerStore open() {
        return LedgerFiles.openReadOnly(file);
      }

      @Override
      public Ledger replay(LedgerStore store, DatasetLookup datasets, Clock clock) {
        return LedgerFiles.ledger(file, store, datasets, clock);
      }
    };
  }
}
