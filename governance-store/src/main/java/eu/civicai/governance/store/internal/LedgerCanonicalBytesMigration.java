package eu.civicai.governance.store.internal;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.data.LedgerFormat;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 5: each ledger entry keeps its canonical bytes ({@code ledger_entries.canonical},
 * docs/ledger-format.md) beside its JSON, so that verification hashes the stored bytes as they are
 * instead of parsing and encoding every entry again. Rows written before get their bytes computed
 * from their JSON here, in Java because SQL cannot encode an entry; a row whose JSON cannot be read
 * keeps no bytes and verifies as unreadable, as it did. A row whose JSON was changed gets the bytes
 * of the changed entry, which do not hash to the stored hash: tampering done before the migration
 * is still found after it.
 *
 * <p>The table is append-only: for the time of this transaction the migration lifts the guard
 * against updates (SQLite: the trigger; PostgreSQL: the trigger, and row-level security, which has
 * no UPDATE policy for the ledger) and puts it back before it commits. Version 5, not 3: versions 3
 * and 4 are taken by migrations written at the same time on other branches.
 */
public final class LedgerCanonicalBytesMigration implements JavaMigration {
  /** The schema version this migration brings. */
  public static final int VERSION = 5;

  private static final int PAGE = 1_000;

  private final Dialect dialect;

  /** Creates the migration for a database of {@code dialect}. */
  public LedgerCanonicalBytesMigration(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(Integer.toString(VERSION));
  }

  @Override
  public String getDescription() {
    return "ledger canonical bytes";
  }

  @Override
  public Integer getChecksum() {
    return 5_000_001; // fixed: the migration is never edited once released
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      if (dialect == Dialect.POSTGRESQL) {
        s.execute("ALTER TABLE ledger_entries ADD COLUMN canonical BYTEA");
        s.execute("ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_append_only");
        s.execute("ALTER TABLE ledger_entries NO FORCE ROW LEVEL SECURITY");
      } else {
        s.execute("ALTER TABLE ledger_entries ADD COLUMN canonical BLOB");
        s.execute("DROP TRIGGER ledger_entries_append_only_update");
      }
      fill(c);
      if (dialect == Dialect.POSTGRESQL) {
        s.execute("ALTER TABLE ledger_entries FORCE ROW LEVEL SECURITY");
        s.execute("ALTER TABLE ledger_entries ENABLE TRIGGER ledger_entries_append_only");
      } else {
        s.execute(
            "CREATE TRIGGER ledger_entries_append_only_update BEFORE UPDATE ON ledger_entries"
                + " BEGIN SELECT RAISE(ABORT, 'ledger_entries is append-only'); END");
      }
    }
  }

  /** Computes the bytes of every row, a page of rows at a time in key order. */
  private static void fill(Connection c) throws SQLException {
    Documents documents = new Documents();
    String tenant = "";
    String ledger = "";
    long sequence = 0;
    try (PreparedStatement page =
            c.prepareStatement(
                "SELECT tenant_id, ledger_name, sequence, entry FROM ledger_entries"
                    + " WHERE tenant_id > ? OR (tenant_id = ? AND ledger_name > ?)"
                    + " OR (tenant_id = ? AND ledger_name = ? AND sequence > ?)"
                    + " ORDER BY tenant_id, ledger_name, sequence LIMIT "
                    + PAGE);
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE ledger_entries SET canonical = ?"
                    + " WHERE tenant_id = ? AND ledger_name = ? AND sequence = ?")) {
      while (true) {
        page.setString(1, tenant);
        page.setString(2, tenant);
        page.setString(3, ledger);
        page.setString(4, tenant);
        page.setString(5, ledger);
        page.setLong(6, sequence);
        int rows = 0;
        int updates = 0;
        try (ResultSet r = page.executeQuery()) {
          while (r.next()) {
            rows++;
            tenant = r.getString(1);
            ledger = r.getString(2);
            sequence = r.getLong(3);
            byte[] bytes = canonical(documents, r.getString(4), sequence);
            if (bytes != null) {
              update.setBytes(1, bytes);
              update.setString(2, tenant);
              update.setString(3, ledger);
              update.setLong(4, sequence);
              update.addBatch();
              updates++;
            }
          }
        }
        if (updates > 0) {
          update.executeBatch();
        }
        if (rows < PAGE) {
          return;
        }
      }
    }
  }

  private static byte[] canonical(Documents documents, String json, long sequence) {
    try {
      LedgerEntry entry = documents.entry(json, sequence);
      return LedgerFormat.canonicalBytes(entry.sequence(), entry.event());
    } catch (GovernanceException unreadable) {
      return null; // verification reports the row as unreadable, as before the migration
    }
  }
}
