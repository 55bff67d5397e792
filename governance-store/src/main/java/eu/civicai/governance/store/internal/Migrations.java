package eu.civicai.governance.store.internal;

import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.store.StoreException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/** Brings a database's schema to this library's version, refusing one that is newer. */
public final class Migrations {
  /** The schema version this library writes and reads. */
  public static final int LATEST = 2;

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
    Flyway flyway =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:" + dialect.migrations())
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
