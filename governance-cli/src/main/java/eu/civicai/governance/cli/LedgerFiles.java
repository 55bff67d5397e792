package eu.civicai.governance.cli;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.json.JsonLinesLedgerStore;
import eu.civicai.governance.spi.LedgerStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Opening the ledger files that commands read. Every command of the command line only reads a
 * ledger: it is opened read-only, so that a missing or empty file is reported, never created, and
 * nothing is ever written to it; errors name the file.
 */
final class LedgerFiles {
  private LedgerFiles() {}

  /** Opens an existing ledger file read-only. */
  static JsonLinesLedgerStore openReadOnly(Path file) {
    if (Files.isDirectory(file)) {
      throw FileError.directory(file);
    }
    if (!Files.exists(file)) {
      throw FileError.notFound(file); // said as for every other input file; never created
    }
    try {
      return JsonLinesLedgerStore.openReadOnly(file, Inputs.JSON);
    } catch (GovernanceException e) {
      throw FileError.in(file, e);
    }
  }

  /** Replays a read-only store into a ledger over the given datasets; errors name the file. */
  static Ledger ledger(Path file, LedgerStore store, DatasetLookup datasets, Clock clock) {
    try {
      return Ledger.open(store, datasets, clock);
    } catch (GovernanceException e) {
      throw FileError.in(file, e);
    }
  }
}
