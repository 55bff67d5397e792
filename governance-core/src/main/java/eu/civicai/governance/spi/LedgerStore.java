package eu.civicai.governance.spi;

import eu.civicai.governance.data.LedgerEntry;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a {@link eu.civicai.governance.data.Ledger} keeps its entries. The library ships an
 * in-memory store ({@link #inMemory()}); embedders plug in files or databases.
 *
 * <p>Contract: the ledger calls {@link #append} from one thread at a time, in sequence order.
 * {@code append} is atomic: when it returns the entry is stored (as durably as the store promises),
 * and when it throws nothing of the entry is stored. {@link #entries()} may be called from any
 * thread while appends go on and returns the entries stored when it was called, in order. A store
 * never verifies or changes what it is given: verification is the ledger's.
 */
public interface LedgerStore extends AutoCloseable {

  /**
   * Returns an empty store in memory. Thread-safe; {@link #entries()} returns a copy of the entries
   * stored when it is called.
   *
   * @return a new, empty store
   */
  static LedgerStore inMemory() {
    return new InMemoryLedgerStore(List.of());
  }

  /**
   * Returns a store in memory holding {@code entries} as given, in order, without checking them:
   * how a ledger received from elsewhere is opened for verification ({@link
   * eu.civicai.governance.data.Ledger#open}, {@link eu.civicai.governance.data.LedgerVerifier}).
   * Thread-safe; later changes of the list are not seen.
   *
   * @param entries the entries, none null
   * @return a new store holding a copy of the list
   * @throws eu.civicai.governance.InvalidInputException {@code notNull} naming {@code entries} or
   *     {@code entries[i]}
   */
  static LedgerStore inMemory(List<LedgerEntry> entries) {
    return new InMemoryLedgerStore(entries);
  }

  /**
   * Stores an entry after the last one.
   *
   * @param entry the entry, whose sequence is {@link #size()} + 1
   * @throws eu.civicai.governance.GovernanceException when it cannot be stored; then nothing is
   */
  void append(LedgerEntry entry);

  /** Returns how many entries are stored. */
  long size();

  /**
   * Returns the stored entries in order. The caller closes the stream; a store that reads a file
   * reads it lazily, so that memory stays flat.
   *
   * @return the entries
   */
  Stream<LedgerEntry> entries();

  /** Releases the store's resources; the in-memory store has none. */
  @Override
  default void close() {}
}
