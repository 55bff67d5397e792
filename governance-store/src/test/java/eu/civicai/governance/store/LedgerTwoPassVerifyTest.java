package eu.civicai.governance.store;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.EventKind;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.data.LedgerVerification;
import eu.civicai.governance.data.LedgerVerification.Problem;
import eu.civicai.governance.data.LedgerVerifier;
import eu.civicai.governance.data.LifecycleEvent;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.store.internal.Dialect;
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
import java.util.Random;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verification from the store in two passes: the bytes alone first (the head they chain to,
 * compared with the stored head and the checkpoint), then, only when that fails, bytes and stored
 * hashes row by row to name the first bad entry. Every outcome is compared with the row-by-row
 * check run by the test itself over the same rows (the oracle), on ledgers longer than a fetch of
 * 1,000 rows, with the rows changed below the library by SQL.
 */
class LedgerTwoPassVerifyTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
  private static final TenantId TENANT = TenantId.of("243100633");
  private static final DatasetId METERS = DatasetId.of("compteurs");
  private static final int ENTRIES = 2_345;

  @TempDir Path dir;

  @Test
  void sqlite_everyChangeToTheEntriesIsNamedAtItsFirstBadSequence() throws Exception {
    everyChange(SimpleDataSource.sqlite(dir.resolve("two-pass.db")), Dialect.SQLITE);
  }

  @Test
  void postgresql_everyChangeToTheEntriesIsNamedAtItsFirstBadSequence() throws Exception {
    String schema = Postgres.createSchema();
    try {
      everyChange(Postgres.dataSource(schema), Dialect.POSTGRESQL);
    } finally {
      Postgres.dropSchema(schema);
    }
  }

  private void everyChange(DataSource ds, Dialect dialect) throws Exception {
    JdbcRegisterStore store = JdbcRegisterStore.open(ds, CLOCK);
    store.datasets().put(TENANT, RegisterStoreContract.dataset("compteurs"), "dpo");
    List<LedgerEntry> written = fill(store, ENTRIES);
    String head = written.get(ENTRIES - 1).hash();
    Checkpoint atEnd = new Checkpoint(ENTRIES, head);
    Random random = new Random(17);

    assertThat(verify(store, null)).isEqualTo(new LedgerVerification(true, ENTRIES, 0, null));
    assertThat(verify(store, atEnd)).isEqualTo(new LedgerVerification(true, ENTRIES, 0, null));
    assertThat(verify(store, null)).isEqualTo(oracle(ds, dialect, null));

    // The bytes of an entry in the middle changed (one byte of its actor): named there.
    for (int round = 0; round < 3; round++) {
      long k = 2 + random.nextInt(ENTRIES - 2);
      byte[] original = LedgerBytesTest.canonical(ds, dialect, k);
      String text = new String(original, StandardCharsets.ISO_8859_1);
      String actor = "agent " + (k - 1);
      assertThat(text).contains(actor);
      LedgerBytesTest.update(
          ds,
          dialect,
          "canonical",
          k,
          text.replace(actor, actor.substring(0, actor.length() - 1) + "x")
              .getBytes(StandardCharsets.ISO_8859_1));
      assertThat(verify(store, null))
          .isEqualTo(new LedgerVerification(false, k, k, Problem.HASH_MISMATCH))
          .isEqualTo(oracle(ds, dialect, null));
      assertThat(verify(store, atEnd)).isEqualTo(oracle(ds, dialect, atEnd));
      LedgerBytesTest.update(ds, dialect, "canonical", k, original);
    }
    assertThat(verify(store, null)).isEqualTo(new LedgerVerification(true, ENTRIES, 0, null));

    // The stored hash of the last entry changed: the head no longer matches, named there.
    LedgerBytesTest.update(ds, dialect, "hash", ENTRIES, "0".repeat(64));
    assertThat(verify(store, null))
        .isEqualTo(new LedgerVerification(false, ENTRIES, ENTRIES, Problem.HASH_MISMATCH))
        .isEqualTo(oracle(ds, dialect, null));
    LedgerBytesTest.update(ds, dialect, "hash", ENTRIES, "not a hash");
    assertThat(verify(store, null)).isEqualTo(oracle(ds, dialect, null));
    assertThat(verify(store, null).firstBadSequence()).isEqualTo(ENTRIES);
    LedgerBytesTest.update(ds, dialect, "hash", ENTRIES, head);

    // The stored hash of an entry in the middle changed alone, its bytes intact: every entry's
    // bytes still chain to the stored head, so the record is intact and verification says so
    // (docs/store-schema.md); the entries read back carry the hash as stored, and the verifier
    // over them, as Ledger.open, refuses it at that entry.
    long middle = ENTRIES / 2;
    String kept = written.get((int) middle - 1).hash();
    LedgerBytesTest.update(ds, dialect, "hash", middle, "f".repeat(64));
    assertThat(verify(store, null)).isEqualTo(new LedgerVerification(true, ENTRIES, 0, null));
    assertThat(oracle(ds, dialect, null))
        .isEqualTo(new LedgerVerification(false, middle, middle, Problem.HASH_MISMATCH));
    try (Stream<LedgerEntry> entries = store.ledgers().ledger(TENANT, "main").entries()) {
      assertThat(LedgerVerifier.verify(entries::iterator, null))
          .isEqualTo(new LedgerVerification(false, middle, middle, Problem.HASH_MISMATCH));
    }
    LedgerBytesTest.update(ds, dialect, "hash", middle, kept);

    // Two rows reordered by their sequence numbers: the bytes at the first position are another's.
    long a = 700;
    long b = 1_800;
    LedgerBytesTest.update(ds, dialect, "sequence", a, 1_000_000L);
    LedgerBytesTest.update(ds, dialect, "sequence", b, a);
    LedgerBytesTest.update(ds, dialect, "sequence", 1_000_000, b);
    assertThat(verify(store, null))
        .isEqualTo(new LedgerVerification(false, a, a, Problem.HASH_MISMATCH))
        .isEqualTo(oracle(ds, dialect, null));
    LedgerBytesTest.update(ds, dialect, "sequence", a, 1_000_000L);
    LedgerBytesTest.update(ds, dialect, "sequence", b, a);
    LedgerBytesTest.update(ds, dialect, "sequence", 1_000_000, b);
    assertThat(verify(store, null)).isEqualTo(new LedgerVerification(true, ENTRIES, 0, null));

    // A checkpoint in the middle whose head is not the chain's there: named at its position.
    Checkpoint wrong = new Checkpoint(1_234, "e".repeat(64));
    assertThat(verify(store, wrong))
        .isEqualTo(new LedgerVerification(false, 1_234, 1_234, Problem.CHECKPOINT_MISMATCH))
        .isEqualTo(oracle(ds, dialect, wrong));
    Checkpoint right = new Checkpoint(1_234, written.get(1_233).hash());
    assertThat(verify(store, right)).isEqualTo(new LedgerVerification(true, ENTRIES, 0, null));

    // The last 45 entries removed: the chain still holds, shorter; the checkpoint says truncated.
    delete(ds, dialect, "sequence > " + (ENTRIES - 45));
    long shorter = ENTRIES - 45;
    assertThat(verify(store, null)).isEqualTo(new LedgerVerification(true, shorter, 0, null));
    assertThat(verify(store, atEnd))
        .isEqualTo(new LedgerVerification(false, shorter, shorter + 1, Problem.TRUNCATED))
        .isEqualTo(oracle(ds, dialect, atEnd));
    assertThat(verify(store, right)).isEqualTo(new LedgerVerification(true, shorter, 0, null));

    // An entry in the middle removed: its successor's bytes stand at its position.
    delete(ds, dialect, "sequence = 999");
    assertThat(verify(store, null))
        .isEqualTo(new LedgerVerification(false, 999, 999, Problem.HASH_MISMATCH))
        .isEqualTo(oracle(ds, dialect, null));

    // Every row removed: an empty ledger is intact, and below any checkpoint of entries.
    delete(ds, dialect, "sequence > 0");
    assertThat(verify(store, null)).isEqualTo(new LedgerVerification(true, 0, 0, null));
    assertThat(verify(store, right)).isEqualTo(oracle(ds, dialect, right));
    assertThat(verify(store, right).problem()).isEqualTo(Problem.TRUNCATED);
    store.close();
  }

  private static LedgerVerification verify(JdbcRegisterStore store, Checkpoint checkpoint) {
    return store.ledgers().verify(TENANT, "main", checkpoint);
  }

  private static List<LedgerEntry> fill(JdbcRegisterStore store, int count) {
    Ledger ledger =
        Ledger.open(store.ledgers().ledger(TENANT, "main"), store.datasets().lookup(TENANT), CLOCK);
    ledger.append(LifecycleEvent.collected(METERS).by("agent 0"));
    for (int i = 1; i < count; i++) {
      ledger.append(LifecycleEvent.of(EventKind.TRANSFORMED, METERS).by("agent " + i));
    }
    return ledger.entries();
  }

  /** The row-by-row check over the stored hash and bytes, read by the test itself. */
  private static LedgerVerification oracle(DataSource ds, Dialect dialect, Checkpoint checkpoint)
      throws SQLException {
    LedgerVerifier.EncodedChain chain = LedgerVerifier.encodedChain(checkpoint);
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      if (dialect == Dialect.POSTGRESQL) {
        try (Statement s = c.createStatement()) {
          s.execute("SELECT set_config('app.tenant', '" + TENANT.value() + "', true)");
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT sequence, hash, canonical FROM ledger_entries WHERE tenant_id = ?"
                  + " AND ledger_name = 'main' ORDER BY sequence")) {
        s.setString(1, TENANT.value());
        try (ResultSet r = s.executeQuery()) {
          String previous = "0".repeat(64);
          long position = 1;
          while (r.next()) {
            String hash = r.getString(2);
            if (!chain.next(position++, previous, hash, r.getBytes(3))) {
              break;
            }
            previous = hash;
          }
        }
      } finally {
        c.commit();
        c.setAutoCommit(true);
      }
    }
    return chain.result();
  }

  /** Deletes rows of the tenant's ledger, lifting the table's guard against it for the time. */
  private static void delete(DataSource ds, Dialect dialect, String where) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      if (dialect == Dialect.POSTGRESQL) {
        s.execute("ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_append_only");
        s.execute("ALTER TABLE ledger_entries NO FORCE ROW LEVEL SECURITY");
      } else {
        s.execute("DROP TRIGGER IF EXISTS ledger_entries_append_only_delete");
      }
      try (PreparedStatement d =
          c.prepareStatement(
              "DELETE FROM ledger_entries WHERE tenant_id = ? AND ledger_name = 'main' AND "
                  + where)) {
        d.setString(1, TENANT.value());
        assertThat(d.executeUpdate()).isPositive();
      }
      if (dialect == Dialect.POSTGRESQL) {
        s.execute("ALTER TABLE ledger_entries FORCE ROW LEVEL SECURITY");
        s.execute("ALTER TABLE ledger_entries ENABLE TRIGGER ledger_entries_append_only");
      }
    }
  }
}
