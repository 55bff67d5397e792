package eu.civicai.governance.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.spi.LedgerStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, a smaller exported surface: a ledger gives its entries read-only ({@link
 * Ledger#stream()}, {@link Ledger#entries()}) instead of its store, and the in-memory store is
 * reached through {@link LedgerStore#inMemory()}.
 */
class LedgerReadOnlyIssue18Test {
  private static final Clock CLOCK = LedgerFixture.fixed("2025-12-31T00:00:00Z");

  @Test
  void stream_givesTheEntriesInOrder_asEntriesDoes() {
    Ledger ledger = Ledger.inMemory(new LedgerFixture(CLOCK).register, CLOCK);
    ledger.append(LedgerFormatTest.EVENT_1);
    ledger.append(LedgerFormatTest.EVENT_2);

    try (Stream<LedgerEntry> entries = ledger.stream()) {
      assertThat(entries.map(LedgerEntry::hash))
          .containsExactly(LedgerFormatTest.HASH_1, LedgerFormatTest.HASH_2);
    }
    assertThat(ledger.entries()).hasSize(2);
    assertThatThrownBy(() -> ledger.entries().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void stream_seesTheEntriesStoredWhenItWasOpened() {
    Ledger ledger = Ledger.inMemory(new LedgerFixture(CLOCK).register, CLOCK);
    ledger.append(LedgerFormatTest.EVENT_1);

    try (Stream<LedgerEntry> entries = ledger.stream()) {
      ledger.append(LedgerFormatTest.EVENT_2);
      assertThat(entries.count()).isOne();
    }
  }

  @Test
  void inMemory_startsEmpty_andKeepsWhatIsAppended() {
    LedgerStore store = LedgerStore.inMemory();
    assertThat(store.size()).isZero();

    Ledger ledger = Ledger.open(store, new LedgerFixture(CLOCK).register, CLOCK);
    LedgerEntry first = ledger.append(LedgerFormatTest.EVENT_1);

    assertThat(store.size()).isOne();
    try (Stream<LedgerEntry> entries = store.entries()) {
      assertThat(entries).containsExactly(first);
    }
  }

  @Test
  void inMemoryOfEntries_copiesTheList_andReopensTheChain() {
    Ledger ledger = Ledger.inMemory(new LedgerFixture(CLOCK).register, CLOCK);
    ledger.append(LedgerFormatTest.EVENT_1);
    ledger.append(LedgerFormatTest.EVENT_2);
    List<LedgerEntry> given = new ArrayList<>(ledger.entries());

    LedgerStore store = LedgerStore.inMemory(given);
    given.clear();

    assertThat(store.size()).isEqualTo(2);
    Ledger reopened = Ledger.open(store, new LedgerFixture(CLOCK).register, CLOCK);
    assertThat(reopened.checkpoint()).isEqualTo(new Checkpoint(2, LedgerFormatTest.HASH_2));
  }

  @Test
  void inMemoryOfEntries_refusesNullsByPosition() {
    assertThatThrownBy(() -> LedgerStore.inMemory(null))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo("entries");
    Ledger ledger = Ledger.inMemory(new LedgerFixture(CLOCK).register, CLOCK);
    LedgerEntry first = ledger.append(LedgerFormatTest.EVENT_1);
    assertThatThrownBy(() -> LedgerStore.inMemory(Arrays.asList(first, null)))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo("entries[1]");
    assertThatThrownBy(() -> LedgerStore.inMemory().append(null))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo("entry");
  }
}
