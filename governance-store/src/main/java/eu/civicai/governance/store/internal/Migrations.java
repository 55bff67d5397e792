package eu.civicai.governance.store.internal;

import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.store.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/** Brings a database's schema to this library's version, refusing one that is newer. */
public final class Migrations {
  /**
   * The schema version this library writes and reads: V7, the barometer across tenants
   * (PostgreSQL's {@code governance_barometer_figures}), is the last.
   */
  public static final int LATEST = 7;

  private Migrations() {}

  /** Migrates to {@link #LATEST}. */
  public static void migrate(DataSource dataSource, Dialect dialect) {
    migrate(dataSource, dialect, LATEST);
  }

  /**
   * Migrates to a given version (tests use an earlier one to build a database at the previous
   * schema).
   */
  public static void migrate(DataSource dataSource, Dialect dialect, int target) {
    int applied = applied(dataSource);
    if (applied > LATEST) {
      throw new StoreException(
          null, "schema", "store.schemaTooNew", Messages.raw(applied), Messages.raw(LATEST));
    }
    if (applied == target) {
      // Already there: Flyway, whose start-up costs a second or more, is not needed.
      return;
    }
    Flyway flyway =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:" + dialect.migrations())
            .javaMigrations(new LedgerCanonicalBytesMigration(dialect))
            .target(MigrationVersion.fromVersion(Integer.toString(target)))
            .cleanDisabled(true)
            .load();
    int current;
    try {
      current = current(flyway);
    } catch (FlywayException e) {
      throw new StoreException(
          e,
          "schema",
          "store.migration",
          Messages.raw(target),
          Messages.raw(e.getClass().getSimpleName()));
    }
    if (current > LATEST) {
      throw new StoreException(
          null, "schema", "store.schemaTooNew", Messages.raw(current), Messages.raw(LATEST));
    }
    try {
      flyway.migrate();
    } catch (FlywayException e) {
      throw new StoreException(
          e,
          "schema",
          "store.migration",
          Messages.raw(target),
          Messages.raw(e.getClass().getSimpleName()));
    }
  }

  /**
   * Returns the highest version recorded as applied in Flyway's history table, 0 when there is no
   * such table.
   */
  public static int applied(DataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      if (!hasHistory(c)) {
        return 0;
      }
      int highest = 0;
      try (ResultSet r =
          s.executeQuery(
              "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
        while (r.next()) {
          if (r.getBoolean(2)) {
            highest = Math.max(highest, major(r.getString(1)));
          }
        }
      }
      return highest;
    } catch (SQLException e) {
      throw Database.failure("schema", e);
    }
  }

  private static boolean hasHistory(Connection c) throws SQLException {
    try (ResultSet r =
        c.getMetaData().getTables(null, c.getSchema(), "flyway_schema_history", null)) {
      return r.next();
    }
  }

  private static int major(String version) {
    int dot = version.indexOf('.');
    try {
      return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  /** Returns the highest schema version applied, 0 for an empty database. */
  public static int current(Flyway flyway) {
    int highest = 0;
    for (MigrationInfo info : flyway.info().applied()) {
      if (info.getVersion() != null && info.getState().isApplied()) {
        highest = Math.max(highest, Integer.parseInt(info.getVersion().getMajorAsString()));
      }
    }
    return highest;
  }
}
