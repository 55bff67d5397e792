package eu.civicai.governance.data;

import eu.civicai.governance.internal.Check;
import eu.civicai.governance.spi.LedgerStore;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A ledger store in memory. Thread-safe. {@link #of(List)} holds entries given as they are, without
 * checking them, which is how a ledger received from elsewhere is opened for verification.
 */
public final class InMemoryLedgerStore implements LedgerStore {
  private final List<LedgerEntry> entries;

  private InMemoryLedgerStore(List<LedgerEntry> entries) {
    this.entries = entries;
  }

  /** Returns an empty store. */
  public static InMemoryLedgerStore create() {
    return new InMemoryLedgerStore(new ArrayList<>());
  }

  /** Returns a store holding {@code entries} as given, in order, unchecked. */
  public static InMemoryLedgerStore of(List<LedgerEntry> entries) {
    return new InMemoryLedgerStore(new ArrayList<>(Check.list("entries", entries)));
  }

  @Override
  public void append(LedgerEntry entry) {
    Check.notNull("entry", entry);
    synchronized (entries) {
      entries.add(entry);
    }
  }

  @Override
  public long size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  @Override
  public Stream<LedgerEntry> entries() {
    synchronized (entries) {
      return List.copyOf(entries).stream();
    }
  }
}
