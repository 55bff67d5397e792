package eu.civicai.governance.store.internal;

import eu.civicai.governance.ConflictException;
import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.data.LedgerFormat;
import eu.civicai.governance.data.LedgerVerification;
import eu.civicai.governance.data.LedgerVerifier;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.spi.LedgerRepository;
import eu.civicai.governance.spi.LedgerStore;
import eu.civicai.governance.spi.StoredCheckpoint;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Ledger entries (append-only) and checkpoints, in SQL. Each entry is stored as its canonical bytes
 * ({@code canonical}, schema version 5), which verification hashes as they are and reads decode,
 * beside its JSON for people querying the table.
 */
public final class JdbcLedgers implements LedgerRepository {
  private static final int FETCH_SIZE = 1000;

  private final Database db;

  /** Creates the repository. */
  public JdbcLedgers(Database db) {
    this.db = db;
  }

  @Override
  public LedgerStore ledger(TenantId tenant, String name) {
    Check.notNull("tenant", tenant);
    LedgerRepository.checkName(name);
    return new LedgerStore() {
      @Override
      public void append(LedgerEntry entry) {
        appendAll(tenant, name, List.of(Check.notNull("entry", entry)));
      }

      @Override
      public long size() {
        return db.query("ledgers.size", tenant, c -> last(c, tenant, name));
      }

      @Override
      public Stream<LedgerEntry> entries() {
        return stream(tenant, name);
      }
    };
  }

  private static long last(Connection c, TenantId tenant, String name) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT COALESCE(MAX(sequence), 0) FROM ledger_entries"
                + " WHERE tenant_id = ? AND ledger_name = ?")) {
      s.setString(1, tenant.value());
      s.setString(2, name);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  @Override
  public void appendAll(TenantId tenant, String name, List<LedgerEntry> entries) {
    Check.notNull("tenant", tenant);
    LedgerRepository.checkName(name);
    List<LedgerEntry> batch = Check.list("entries", entries);
    if (batch.isEmpty()) {
      return;
    }
    // Contiguous within the batch, checked before anything is sent.
    long first = batch.get(0).sequence();
    for (int i = 1; i < batch.size(); i++) {
      if (batch.get(i).sequence() != first + i) {
        throw sequenceConflict(i, batch.get(i).sequence(), first + i);
      }
    }
    if (db.dialect() == Dialect.POSTGRESQL) {
      appendWithoutLock(tenant, name, batch);
      return;
    }
    db.write(
        "ledgers.append",
        tenant,
        c -> {
          try (PreparedStatement s = c.prepareStatement(INSERT)) {
            // Locked first, so that two appenders never both read the same head.
            Database.lockTenant(c, tenant);
            long next = last(c, tenant, name) + 1;
            if (first != next) {
              throw sequenceConflict(0, first, next);
            }
            for (LedgerEntry e : batch) {
              bindEntry(s, 1, tenant, name, e);
              s.addBatch();
            }
            s.executeBatch();
          }
          return null;
        });
  }

  private static final String INSERT =
      "INSERT INTO ledger_entries (tenant_id, ledger_name, sequence, event_at, previous_hash, hash,"
          + " entry, canonical) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * PostgreSQL: one round trip for the whole batch, as a plain batched insert takes. The batch's
   * first row goes in only when the row before it is there (or it is the first of the ledger); the
   * others follow it, contiguous, in the same transaction, so they need no such probe; and the
   * primary key refuses a sequence number stored twice. So neither the tenant's row lock nor a read
   * of the ledger's head is needed. Of two appenders racing for one head, the second waits for the
   * first to commit, then meets its rows and is refused: the same outcome as with the lock.
   */
  private void appendWithoutLock(TenantId tenant, String name, List<LedgerEntry> batch) {
    boolean stored;
    try {
      stored =
          db.write(
              "ledgers.append",
              tenant,
              c -> {
                try (PreparedStatement s =
                    c.prepareStatement(
                        "INSERT INTO ledger_entries (tenant_id, ledger_name, sequence, event_at,"
                            + " previous_hash, hash, entry, canonical)"
                            + " SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE ? OR EXISTS (SELECT 1"
                            + " FROM ledger_entries WHERE tenant_id = ? AND ledger_name = ?"
                            + " AND sequence = ?)")) {
                  boolean first = true;
                  for (LedgerEntry e : batch) {
                    int i = bindEntry(s, 1, tenant, name, e);
                    // Only the first row looks for its predecessor (none for the ledger's first
                    // entry): the others follow it in this batch, contiguous (checked above) and
                    // inserted by this transaction just before them; the key refuses duplicates.
                    s.setBoolean(i++, !first || e.sequence() == 1);
                    first = false;
                    s.setString(i++, tenant.value());
                    s.setString(i++, name);
                    s.setLong(i, e.sequence() - 1);
                    s.addBatch();
                  }
                  for (int count : s.executeBatch()) {
                    if (count != 1) {
                      // A row whose predecessor is missing: undone, and told below.
                      c.rollback();
                      return false;
                    }
                  }
                }
                return true;
              });
    } catch (StoreException e) {
      if (!(e.getCause() instanceof SQLException sql) || !duplicateKey(sql)) {
        throw e;
      }
      stored = false; // a row of this sequence is stored already: another appender won
    }
    if (!stored) {
      long next = db.read("ledgers.append", tenant, c -> last(c, tenant, name)) + 1;
      throw sequenceConflict(0, batch.get(0).sequence(), next);
    }
  }

  private static final String UNIQUE_VIOLATION = "23505";

  /** Whether a failure, or one it chains (a batch chains the statement's), is a duplicate key. */
  private static boolean duplicateKey(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if (UNIQUE_VIOLATION.equals(x.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private int bindEntry(PreparedStatement s, int from, TenantId tenant, String name, LedgerEntry e)
      throws SQLException {
    int i = from;
    s.setString(i++, tenant.value());
    s.setString(i++, name);
    s.setLong(i++, e.sequence());
    s.setString(i++, e.event().at().toString());
    s.setString(i++, e.previousHash());
    s.setString(i++, e.hash());
    s.setString(i++, db.documents().write(e));
    s.setBytes(i++, LedgerFormat.canonicalBytes(e.sequence(), e.event()));
    return i;
  }

  private static ConflictException sequenceConflict(int index, long sequence, long expected) {
    return new ConflictException(
        "entries[" + index + "].sequence",
        "ledger.sequence",
        Messages.raw(sequence),
        Messages.raw(expected));
  }

  private Stream<LedgerEntry> stream(TenantId tenant, String name) {
    Connection c = db.openBound("ledgers.entries", tenant);
    try {
      PreparedStatement s =
          c.prepareStatement(
              // The JSON only for a row written before version 5 whose JSON could not be read.
              "SELECT hash, canonical, CASE WHEN canonical IS NULL THEN entry END"
                  + " FROM ledger_entries WHERE tenant_id = ? AND ledger_name = ? ORDER BY sequence");
      s.setFetchSize(FETCH_SIZE);
      s.setString(1, tenant.value());
      s.setString(2, name);
      ResultSet r = s.executeQuery();
      Spliterator<LedgerEntry> rows =
          new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
            // An entry follows the hash of the row before it, as verification takes it: the
            // previous_hash column is a copy for people reading the table, never read.
            private String previous = LedgerFormat.GENESIS_HASH;
            private long position;

            @Override
            public boolean tryAdvance(Consumer<? super LedgerEntry> action) {
              try {
                if (!r.next()) {
                  return false;
                }
                position++;
                String hash = r.getString(1);
                byte[] bytes = r.getBytes(2);
                LedgerEntry entry =
                    bytes == null
                        ? db.documents().entry(r.getString(3), position)
                        : LedgerFormat.entry(bytes, previous, hash);
                previous = hash;
                action.accept(entry);
                return true;
              } catch (SQLException e) {
                throw Database.failure("ledgers.entries", e);
              }
            }
          };
      return StreamSupport.stream(rows, false)
          .onClose(
              () -> {
                try {
                  r.close();
                  s.close();
                  c.commit();
                  c.close();
                } catch (SQLException e) {
                  throw Database.failure("ledgers.entries", e);
                }
              });
    } catch (SQLException e) {
      try {
        c.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw Database.failure("ledgers.entries", e);
    }
  }

  /**
   * Hashes the stored canonical bytes as they are: nothing is decoded or encoded again. A first
   * pass reads one column, the bytes, in key order, and computes the chain from them ({@link
   * LedgerVerifier#encodedHead}); when the head it computes is the hash stored for the last entry
   * (and meets the checkpoint), every entry is intact. Otherwise a second pass reads the stored
   * hash beside the bytes and checks each row ({@link LedgerVerifier#encodedChain}), to name the
   * first bad one. Reading fewer columns is what brings the check near a plain scan of the bytes:
   * on SQLite each column read costs about as much as hashing it. A stored hash is what the bytes'
   * chain gives, so that a change to the {@code hash} of an entry other than the last, with the
   * bytes intact, changes no entry: it is not reported here (docs/store-schema.md); reads hand it
   * out as stored, where {@code Ledger.open} and {@code LedgerVerifier.verify} refuse it.
   */
  @Override
  public LedgerVerification verify(TenantId tenant, String name, Checkpoint checkpoint) {
    Check.notNull("tenant", tenant);
    LedgerRepository.checkName(name);
    // One statement at a time on SQLite, each its own snapshot (no transaction's begin and
    // commit): a row appended or changed between them only makes the head differ, and the
    // row-by-row pass, itself one statement, then gives the outcome.
    return db.query(
        "ledgers.verify",
        tenant,
        c -> {
          Checkpoint computed = computedHead(c, tenant, name, checkpoint);
          if (computed != null && computed.equals(storedHead(c, tenant, name))) {
            return new LedgerVerification(true, computed.count(), 0, null);
          }
          return verifyRows(c, tenant, name, checkpoint);
        });
  }

  /** The first pass: the chain's head computed from the stored bytes alone, or null. */
  private static Checkpoint computedHead(
      Connection c, TenantId tenant, String name, Checkpoint checkpoint) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT canonical FROM ledger_entries"
                + " WHERE tenant_id = ? AND ledger_name = ? ORDER BY sequence")) {
      s.setFetchSize(FETCH_SIZE);
      s.setString(1, tenant.value());
      s.setString(2, name);
      try (ResultSet r = s.executeQuery()) {
        return LedgerVerifier.encodedHead(new BytesColumn(r), checkpoint);
      } catch (UncheckedSql e) {
        throw e.getCause();
      }
    }
  }

  /** The count and hash of the last stored entry (the genesis hash for an empty ledger). */
  private static Checkpoint storedHead(Connection c, TenantId tenant, String name)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT sequence, hash FROM ledger_entries WHERE tenant_id = ? AND ledger_name = ?"
                + " ORDER BY sequence DESC LIMIT 1")) {
      s.setString(1, tenant.value());
      s.setString(2, name);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return new Checkpoint(0, LedgerFormat.GENESIS_HASH);
        }
        long sequence = r.getLong(1);
        String hash = r.getString(2);
        // A stored head that is no hash never equals a computed one: the second pass names it.
        return sequence < 0 || hash == null || hash.length() != 64 || !isLowerHex(hash)
            ? null
            : new Checkpoint(sequence, hash);
      }
    }
  }

  private static boolean isLowerHex(String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (!(ch >= '0' && ch <= '9') && !(ch >= 'a' && ch <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /** The second pass: each row's bytes and stored hash, checked in key order. */
  private static LedgerVerification verifyRows(
      Connection c, TenantId tenant, String name, Checkpoint checkpoint) throws SQLException {
    LedgerVerifier.EncodedChain chain = LedgerVerifier.encodedChain(checkpoint);
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT hash, canonical FROM ledger_entries"
                + " WHERE tenant_id = ? AND ledger_name = ? ORDER BY sequence")) {
      s.setFetchSize(FETCH_SIZE);
      s.setString(1, tenant.value());
      s.setString(2, name);
      try (ResultSet r = s.executeQuery()) {
        String previous = LedgerFormat.GENESIS_HASH;
        long position = 1;
        while (r.next()) {
          String hash = r.getString(1);
          if (!chain.next(position++, previous, hash, r.getBytes(2))) {
            break; // the first problem stops the scan
          }
          previous = hash;
        }
      }
    }
    return chain.result();
  }

  /** The first column of a result set's rows, as bytes, read forward once. */
  private static final class BytesColumn implements Iterator<byte[]> {
    private final ResultSet rows;
    private boolean ahead;
    private boolean done;

    BytesColumn(ResultSet rows) {
      this.rows = rows;
    }

    @Override
    public boolean hasNext() {
      if (!ahead && !done) {
        try {
          ahead = rows.next();
        } catch (SQLException e) {
          throw new UncheckedSql(e);
        }
        done = !ahead;
      }
      return ahead;
    }

    @Override
    public byte[] next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ahead = false;
      try {
        return rows.getBytes(1);
      } catch (SQLException e) {
        throw new UncheckedSql(e);
      }
    }
  }

  /** A JDBC failure inside an iterator, unwrapped by the pass that reads it. */
  private static final class UncheckedSql extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UncheckedSql(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }

  @Override
  public StoredCheckpoint saveCheckpoint(TenantId tenant, String name, Checkpoint checkpoint) {
    Check.notNull("tenant", tenant);
    LedgerRepository.checkName(name);
    Check.notNull("checkpoint", checkpoint);
    Instant now = db.clock().instant();
    return db.write(
        "ledgers.checkpoint",
        tenant,
        c -> {
          Database.lockTenant(c, tenant);
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO ledger_checkpoints (tenant_id, ledger_name, checkpoint_no,"
                      + " taken_at, entry_count, head_hash)"
                      + " SELECT ?, ?, COALESCE(MAX(checkpoint_no), 0) + 1, ?, ?, ?"
                      + " FROM ledger_checkpoints WHERE tenant_id = ? AND ledger_name = ?")) {
            s.setString(1, tenant.value());
            s.setString(2, name);
            s.setString(3, now.toString());
            s.setLong(4, checkpoint.count());
            s.setString(5, checkpoint.headHash());
            s.setString(6, tenant.value());
            s.setString(7, name);
            s.executeUpdate();
          }
          return new StoredCheckpoint(tenant, name, now, checkpoint);
        });
  }

  @Override
  public List<StoredCheckpoint> checkpoints(TenantId tenant, String name) {
    Check.notNull("tenant", tenant);
    LedgerRepository.checkName(name);
    return db.query(
        "ledgers.checkpoints",
        tenant,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT taken_at, entry_count, head_hash FROM ledger_checkpoints"
                      + " WHERE tenant_id = ? AND ledger_name = ? ORDER BY checkpoint_no")) {
            s.setString(1, tenant.value());
            s.setString(2, name);
            List<StoredCheckpoint> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(
                    new StoredCheckpoint(
                        tenant,
                        name,
                        Instant.parse(r.getString(1)),
                        new Checkpoint(r.getLong(2), r.getString(3))));
              }
            }
            return List.copyOf(out);
          }
        });
  }
}
