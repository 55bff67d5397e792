package eu.civicai.governance.spi;

import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.internal.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The store of {@link LedgerStore#inMemory()} and {@link LedgerStore#inMemory(List)}. */
final class InMemoryLedgerStore implements LedgerStore {
  private final List<LedgerEntry> entries;

  InMemoryLedgerStore(List<LedgerEntry> entries) {
    this.entries = new ArrayList<>(Check.list("entries", entries));
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
