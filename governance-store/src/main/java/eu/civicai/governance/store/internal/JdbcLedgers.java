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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
        return db.read("ledgers.size", tenant, c -> last(c, tenant, name));
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
    db.write(
        "ledgers.append",
        tenant,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO ledger_entries (tenant_id, ledger_name, sequence, event_at,"
                      + " previous_hash, hash, entry, canonical) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            // Locked first, so that two appenders never both read the same head.
            Database.lockTenant(c, tenant);
            long next = last(c, tenant, name) + 1;
            for (int i = 0; i < batch.size(); i++) {
              LedgerEntry e = batch.get(i);
              if (e.sequence() != next + i) {
                throw new ConflictException(
                    "entries[" + i + "].sequence",
                    "ledger.sequence",
                    Messages.raw(e.sequence()),
                    Messages.raw(next + i));
              }
              s.setString(1, tenant.value());
              s.setString(2, name);
              s.setLong(3, e.sequence());
              s.setString(4, e.event().at().toString());
              s.setString(5, e.previousHash());
              s.setString(6, e.hash());
              s.setString(7, db.documents().write(e));
              s.setBytes(8, LedgerFormat.canonicalBytes(e.sequence(), e.event()));
              s.addBatch();
            }
            s.executeBatch();
          }
          return null;
        });
  }

  private Stream<LedgerEntry> stream(TenantId tenant, String name) {
    Connection c = db.openBound("ledgers.entries", tenant);
    try {
      PreparedStatement s =
          c.prepareStatement(
              // The JSON only for a row written before version 5 whose JSON could not be read.
              "SELECT sequence, previous_hash, hash, canonical,"
                  + " CASE WHEN canonical IS NULL THEN entry END FROM ledger_entries"
                  + " WHERE tenant_id = ? AND ledger_name = ? ORDER BY sequence");
      s.setFetchSize(FETCH_SIZE);
      s.setString(1, tenant.value());
      s.setString(2, name);
      ResultSet r = s.executeQuery();
      Spliterator<LedgerEntry> rows =
          new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
            @Override
            public boolean tryAdvance(Consumer<? super LedgerEntry> action) {
              try {
                if (!r.next()) {
                  return false;
                }
                byte[] bytes = r.getBytes(4);
                action.accept(
                    bytes == null
                        ? db.documents().entry(r.getString(5), r.getLong(1))
                        : LedgerFormat.entry(bytes, r.getString(2), r.getString(3)));
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

  /** Hashes the stored canonical bytes as they are: nothing is decoded or encoded again. */
  @Override
  public LedgerVerification verify(TenantId tenant, String name, Checkpoint checkpoint) {
    Check.notNull("tenant", tenant);
    LedgerRepository.checkName(name);
    LedgerVerifier.EncodedChain chain = LedgerVerifier.encodedChain(checkpoint);
    return db.read(
        "ledgers.verify",
        tenant,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT sequence, previous_hash, hash, canonical FROM ledger_entries"
                      + " WHERE tenant_id = ? AND ledger_name = ? ORDER BY sequence")) {
            s.setFetchSize(FETCH_SIZE);
            s.setString(1, tenant.value());
            s.setString(2, name);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()
                  && chain.next(r.getLong(1), r.getString(2), r.getString(3), r.getBytes(4))) {
                // each row goes through the chain; the first problem stops the scan
              }
            }
          }
          return chain.result();
        });
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
    return db.read(
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
