package eu.civicai.governance.store.internal;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.sqlite.SQLiteConnection;

/**
 * Transactions bound to one tenant. Each call takes a connection from the embedder's data source,
 * binds it to the tenant (PostgreSQL: {@code app.tenant}, read by the row-level security policies,
 * local to the transaction so that a pooled connection keeps nothing), runs the work, commits, and
 * gives the connection back. Any failure rolls back: nothing of the call is stored.
 */
public final class Database {
  private final DataSource dataSource;
  private final Dialect dialect;
  private final Clock clock;
  private final Documents documents = new Documents();
  // Tenants are never deleted, so a tenant once seen needs no second insert.
  private final Set<String> knownTenants = ConcurrentHashMap.newKeySet();
  // SQLite connections (the driver's own, under any pool's wrapper) already given the PRAGMAs: a
  // pooled connection keeps them, and setting them again on every call cost a tenth of a query.
  private final Set<SQLiteConnection> prepared =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  /** Work on a connection inside a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    /** Runs on the connection. */
    T run(Connection connection) throws SQLException;
  }

  /** Creates a database over a data source of a known dialect. */
  public Database(DataSource dataSource, Dialect dialect, Clock clock) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.clock = clock;
  }

  /** Returns the dialect. */
  public Dialect dialect() {
    return dialect;
  }

  /** Returns the clock. */
  public Clock clock() {
    return clock;
  }

  /** Returns the JSON documents codec. */
  public Documents documents() {
    return documents;
  }

  /** Returns the data source. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Work on a connection inside a transaction that may have created the tenant's row. */
  @FunctionalInterface
  public interface TenantWork<T> {
    /**
     * Runs on the connection; {@code created} is true when this transaction inserted the tenant's
     * row: then the tenant has nothing stored yet, and the row is locked by this transaction.
     */
    T run(Connection connection, boolean created) throws SQLException;
  }

  /** Runs work that writes for a tenant, creating the tenant's row first when needed. */
  public <T> T write(String operation, TenantId tenant, Work<T> work) {
    return write(operation, tenant, (c, created) -> work.run(c));
  }

  /**
   * Runs work that writes for a tenant, creating the tenant's row first when needed, and tells it
   * whether it did (a first import need not look for what the tenant already has, nor lock).
   */
  public <T> T write(String operation, TenantId tenant, TenantWork<T> work) {
    boolean known = knownTenants.contains(tenant.value());
    T result = transaction(operation, tenant, c -> work.run(c, !known && insertTenant(c, tenant)));
    // Remembered once committed, so that no other thread relies on a row not yet visible.
    knownTenants.add(tenant.value());
    return result;
  }

  /** Runs work that only reads for a tenant, in one transaction (one snapshot). */
  public <T> T read(String operation, TenantId tenant, Work<T> work) {
    return transaction(operation, tenant, work);
  }

  /**
   * Runs work that only reads, in one transaction (one snapshot), bound to no tenant: on PostgreSQL
   * the row-level security policies then show no tenant's rows, except to what runs inside the
   * database with its own binding (the barometer's function, migration V7) or to a role that
   * bypasses them. For the barometer across tenants.
   */
  public <T> T readUnbound(String operation, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      prepare(c);
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollbackQuietly(c, e);
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }

  /**
   * Runs work of one statement that only reads for a tenant. On SQLite one statement is its own
   * snapshot: it runs as it comes, without the begin and commit (four more calls into SQLite) a
   * transaction costs. On PostgreSQL it runs in a transaction, which binds the tenant for the
   * row-level security policies.
   */
  public <T> T query(String operation, TenantId tenant, Work<T> work) {
    if (dialect != Dialect.SQLITE) {
      return transaction(operation, tenant, work);
    }
    try (Connection c = dataSource.getConnection()) {
      prepare(c);
      if (!c.getAutoCommit()) {
        // A data source handing out connections in a transaction: honoured, and ended here.
        return transactionOn(c, tenant, work);
      }
      return work.run(c);
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }

  /**
   * Opens a connection bound to a tenant for a long read (a stream); the caller closes it. The
   * transaction stays open so that PostgreSQL streams with a cursor.
   */
  public Connection openBound(String operation, TenantId tenant) {
    Connection c = null;
    try {
      c = dataSource.getConnection();
      prepare(c);
      c.setAutoCommit(false);
      bind(c, tenant);
      return c;
    } catch (SQLException e) {
      closeQuietly(c);
      throw failure(operation, e);
    }
  }

  private <T> T transaction(String operation, TenantId tenant, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      prepare(c);
      return transactionOn(c, tenant, work);
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }

  private <T> T transactionOn(Connection c, TenantId tenant, Work<T> work) throws SQLException {
    c.setAutoCommit(false);
    try {
      bind(c, tenant);
      T result = work.run(c);
      c.commit();
      return result;
    } catch (SQLException | RuntimeException | Error e) {
      rollbackQuietly(c, e);
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  private void prepare(Connection c) throws SQLException {
    if (dialect != Dialect.SQLITE) {
      return;
    }
    SQLiteConnection physical = physical(c);
    if (physical != null && prepared.contains(physical)) {
      return;
    }
    // Outside a transaction, where SQLite honours them; right whatever data source the embedder
    // gave. Once per physical connection: they last as long as it does.
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA foreign_keys = ON");
      s.execute("PRAGMA busy_timeout = 30000");
    }
    if (physical != null) {
      prepared.add(physical);
    }
  }

  /** The driver's connection under a pool's wrapper, or null when the wrapper hides it. */
  private static SQLiteConnection physical(Connection c) {
    if (c instanceof SQLiteConnection direct) {
      return direct;
    }
    try {
      // One call into the pool's wrapper, not two (isWrapperFor, then unwrap): per call, each
      // costs as much as a column read.
      return c.unwrap(SQLiteConnection.class);
    } catch (SQLException notAWrapper) {
      return null; // then the PRAGMAs are set on every call, as they always were
    }
  }

  private void bind(Connection c, TenantId tenant) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      try (PreparedStatement s = c.prepareStatement("SELECT set_config('app.tenant', ?, true)")) {
        s.setString(1, tenant.value());
        s.execute();
      }
    }
  }

  /** Inserts the tenant's row unless it exists; true when this call inserted it. */
  private boolean insertTenant(Connection c, TenantId tenant) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO tenants (tenant_id, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      s.setString(1, tenant.value());
      s.setString(2, clock.instant().toString());
      return s.executeUpdate() == 1;
    }
  }

  /**
   * Serialises the writers of one tenant that read before they write (ledger heads, checkpoint
   * numbers, imports): a no-op UPDATE of the tenant's row takes the row lock on PostgreSQL and the
   * write lock on SQLite before anything is read.
   */
  public static void lockTenant(Connection c, TenantId tenant) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("UPDATE tenants SET created_at = created_at WHERE tenant_id = ?")) {
      s.setString(1, tenant.value());
      s.executeUpdate();
    }
  }

  private void rollbackQuietly(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // Closing after a failure: the failure is what the caller needs.
      }
    }
  }

  /** Turns a JDBC failure into the library's exception, naming the operation and SQL state. */
  public static GovernanceException failure(String operation, SQLException e) {
    String state = e.getSQLState() == null ? String.valueOf(e.getErrorCode()) : e.getSQLState();
    return new StoreException(e, operation, "store.sql", Messages.raw(state));
  }
}
