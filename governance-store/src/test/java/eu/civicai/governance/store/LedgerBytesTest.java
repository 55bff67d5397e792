package eu.civicai.governance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.data.EventKind;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.data.LedgerVerification;
import eu.civicai.governance.data.LedgerVerification.Problem;
import eu.civicai.governance.data.LifecycleEvent;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.store.internal.Dialect;
import eu.civicai.governance.store.internal.Documents;
import eu.civicai.governance.store.internal.SimpleDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: the store keeps each ledger entry's canonical bytes; verification hashes them as
 * stored, and reads decode them, so that what is read is what the chain covers. Rows are changed
 * below the library, by SQL, as someone with write access to the database could.
 */
class LedgerBytesTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
  private static final TenantId TENANT = TenantId.of("243100633");
  private static final DatasetId METERS = DatasetId.of("compteurs");

  @TempDir Path dir;

  @Test
  void sqlite_changedBytesAreFound_changedJsonIsNeverRead() throws Exception {
    changedBytesAreFound_changedJsonIsNeverRead(
        SimpleDataSource.sqlite(dir.resolve("bytes.db")), Dialect.SQLITE);
  }

  @Test
  void postgresql_changedBytesAreFound_changedJsonIsNeverRead() throws Exception {
    String schema = Postgres.createSchema();
    try {
      changedBytesAreFound_changedJsonIsNeverRead(Postgres.dataSource(schema), Dialect.POSTGRESQL);
    } finally {
      Postgres.dropSchema(schema);
    }
  }

  private void changedBytesAreFound_changedJsonIsNeverRead(DataSource ds, Dialect dialect)
      throws Exception {
    JdbcRegisterStore store = JdbcRegisterStore.open(ds, CLOCK);
    store.datasets().put(TENANT, RegisterStoreContract.dataset("compteurs"), "dpo");
    List<LedgerEntry> written = fill(store, 6);
    assertThat(store.ledgers().verify(TENANT, "main", null))
        .isEqualTo(new LedgerVerification(true, 6, 0, null));

    // The JSON copy of entry 3 says something else: the library never reads it.
    LedgerEntry third = written.get(2);
    LedgerEntry forged =
        new LedgerEntry(
            3,
            LifecycleEvent.of(EventKind.TRANSFORMED, METERS).at(third.event().at()).by("x").build(),
            third.previousHash(),
            third.hash());
    update(ds, dialect, "entry", 3, new Documents().write(forged));
    assertThat(store.ledgers().verify(TENANT, "main", null))
        .isEqualTo(new LedgerVerification(true, 6, 0, null));
    try (Stream<LedgerEntry> entries = store.ledgers().ledger(TENANT, "main").entries()) {
      assertThat(entries.toList()).isEqualTo(written);
    }

    // The previous_hash copy of entry 5 says something else: a copy too, never read; each entry
    // follows the hash of the row before it, which the chain covers.
    update(ds, dialect, "previous_hash", 5, "f".repeat(64));
    assertThat(store.ledgers().verify(TENANT, "main", null))
        .isEqualTo(new LedgerVerification(true, 6, 0, null));
    try (Stream<LedgerEntry> entries = store.ledgers().ledger(TENANT, "main").entries()) {
      assertThat(entries.toList()).isEqualTo(written);
    }

    // Entries 5 and 6 swapped by their sequence numbers: the bytes at position 5 are entry 6's.
    update(ds, dialect, "sequence", 6, 60L);
    update(ds, dialect, "sequence", 5, 6L);
    update(ds, dialect, "sequence", 60, 5L);
    assertThat(store.ledgers().verify(TENANT, "main", null))
        .isEqualTo(new LedgerVerification(false, 5, 5, Problem.HASH_MISMATCH));
    update(ds, dialect, "sequence", 5, 60L);
    update(ds, dialect, "sequence", 6, 5L);
    update(ds, dialect, "sequence", 60, 6L);
    assertThat(store.ledgers().verify(TENANT, "main", null))
        .isEqualTo(new LedgerVerification(true, 6, 0, null));

    // The bytes of entry 4 say another actor: modified, and the store opened as a ledger refuses.
    byte[] bytes = canonical(ds, dialect, 4);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThat(text).contains("agent 3");
    update(
        ds,
        dialect,
        "canonical",
        4,
        text.replace("agent 3", "agent 9").getBytes(StandardCharsets.ISO_8859_1));
    assertThat(store.ledgers().verify(TENANT, "main", null))
        .isEqualTo(new LedgerVerification(false, 4, 4, Problem.HASH_MISMATCH));
    assertThatThrownBy(
            () ->
                Ledger.open(
                    store.ledgers().ledger(TENANT, "main"), store.datasets().lookup(TENANT), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("rule", "ledger.problem.HASH_MISMATCH");

    // The bytes of entry 2 are cut short: unreadable, and the reason says why.
    update(ds, dialect, "canonical", 2, new byte[] {0, 0, 0, 16, 'c'});
    LedgerVerification cut = store.ledgers().verify(TENANT, "main", null);
    assertThat(cut.problem()).isEqualTo(Problem.UNREADABLE);
    assertThat(cut.firstBadSequence()).isEqualTo(2);
    assertThat(cut.reason().rule()).isEqualTo("ledger.bytes");
    store.close();
  }

  static List<LedgerEntry> fill(JdbcRegisterStore store, int count) {
    Ledger ledger =
        Ledger.open(store.ledgers().ledger(TENANT, "main"), store.datasets().lookup(TENANT), CLOCK);
    ledger.append(LifecycleEvent.collected(METERS).by("agent 0").note("télérelève ✓"));
    for (int i = 1; i < count; i++) {
      ledger.append(LifecycleEvent.of(EventKind.TRANSFORMED, METERS).by("agent " + i));
    }
    return ledger.entries();
  }

  /** Changes a column of one row, lifting the table's guard against updates for the time of it. */
  static void update(DataSource ds, Dialect dialect, String column, long sequence, Object value)
      throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      if (dialect == Dialect.POSTGRESQL) {
        s.execute("ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_append_only");
        s.execute("ALTER TABLE ledger_entries NO FORCE ROW LEVEL SECURITY");
      } else {
        s.execute("DROP TRIGGER IF EXISTS ledger_entries_append_only_update");
      }
      try (PreparedStatement u =
          c.prepareStatement(
              "UPDATE ledger_entries SET "
                  + column
                  + " = ? WHERE tenant_id = ? AND sequence = ?")) {
        u.setObject(1, value);
        u.setString(2, TENANT.value());
        u.setLong(3, sequence);
        assertThat(u.executeUpdate()).isEqualTo(1);
      }
      if (dialect == Dialect.POSTGRESQL) {
        s.execute("ALTER TABLE ledger_entries FORCE ROW LEVEL SECURITY");
        s.execute("ALTER TABLE ledger_entries ENABLE TRIGGER ledger_entries_append_only");
      }
    }
  }

  static byte[] canonical(DataSource ds, Dialect dialect, long sequence) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      if (dialect == Dialect.POSTGRESQL) {
        try (Statement s = c.createStatement()) {
          s.execute("SELECT set_config('app.tenant', '" + TENANT.value() + "', true)");
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT canonical FROM ledger_entries WHERE tenant_id = ? AND sequence = ?")) {
        s.setString(1, TENANT.value());
        s.setLong(2, sequence);
        try (ResultSet r = s.executeQuery()) {
          assertThat(r.next()).isTrue();
          return r.getBytes(1);
        } finally {
          c.commit();
          c.setAutoCommit(true);
        }
      }
    }
  }
}
