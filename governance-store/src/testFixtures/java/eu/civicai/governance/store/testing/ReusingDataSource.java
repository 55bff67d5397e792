package eu.civicai.governance.store.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The smallest pool, for the store's tests and the benchmarks' harnesses (one source file, compiled
 * into both: {@code src/testFixtures/java}, never into the library's jar): closing a connection
 * gives it back for reuse, as an embedder's pool would. It keeps the tests fast against PostgreSQL,
 * where opening a connection costs tens of milliseconds, and gives a harness the connections an
 * embedder's pool would; the library itself brings no pool. Thread-safe.
 */
public final class ReusingDataSource implements DataSource {
  private final DataSource target;
  private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();

  /**
   * Creates a pool over a data source.
   *
   * @param target where new connections come from
   */
  public ReusingDataSource(DataSource target) {
    this.target = target;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection real = idle.pollFirst();
    if (real == null || real.isClosed()) {
      real = target.getConnection();
    }
    Connection physical = real;
    // Closing twice is allowed by JDBC (Flyway does it); the connection goes back once.
    java.util.concurrent.atomic.AtomicBoolean closed =
        new java.util.concurrent.atomic.AtomicBoolean();
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("isClosed")) {
                return closed.get() || physical.isClosed();
              }
              if (method.getName().equals("close")) {
                if (closed.getAndSet(true)) {
                  return null;
                }
                if (!physical.getAutoCommit()) {
                  physical.rollback();
                  physical.setAutoCommit(true);
                }
                idle.addFirst(physical);
                return null;
              }
              try {
                return method.invoke(physical, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  /**
   * Closes the idle connections.
   *
   * @throws SQLException when one cannot be closed
   */
  public void closeAll() throws SQLException {
    Connection c;
    while ((c = idle.pollFirst()) != null) {
      c.close();
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
