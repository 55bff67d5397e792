package eu.civicai.governance.store.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Data sources the library opens itself (a SQLite file, a URL from a command line); no pool. */
public final class SimpleDataSource implements DataSource {
  private final String url;

  private SimpleDataSource(String url) {
    this.url = url;
  }

  /** A SQLite file in WAL mode, foreign keys on, waiting for locks rather than failing. */
  public static DataSource sqlite(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // FULL: a committed transaction survives a power cut, not only a killed process.
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(30_000);
    SQLiteDataSource ds = new SQLiteDataSource(config);
    ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    return ds;
  }

  /** A data source over {@link DriverManager} for a JDBC URL. */
  public static DataSource url(String url) {
    if (url.startsWith("jdbc:sqlite:")) {
      return sqlite(Path.of(url.substring("jdbc:sqlite:".length())));
    }
    return new SimpleDataSource(url);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return DriverManager.getConnection(url);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return DriverManager.getConnection(url, username, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // No logging of its own.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // DriverManager's timeout is global; left to the embedder.
  }

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
