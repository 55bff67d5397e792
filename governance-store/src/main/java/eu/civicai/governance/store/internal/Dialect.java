package eu.civicai.governance.store.internal;

/** The databases the store runs on, and what differs between them. */
public enum Dialect {
  /** SQLite 3, through org.xerial:sqlite-jdbc. */
  SQLITE("sqlite"),
  /** PostgreSQL 13 or later, with row-level security. */
  POSTGRESQL("postgresql");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** Returns the folder of this database's migrations under {@code db/migration}. */
  public String migrations() {
    return "db/migration/" + folder;
  }

  /** Returns the dialect of a database product name, or null when unsupported. */
  public static Dialect of(String productName) {
    if ("SQLite".equalsIgnoreCase(productName)) {
      return SQLITE;
    }
    if ("PostgreSQL".equalsIgnoreCase(productName)) {
      return POSTGRESQL;
    }
    return null;
  }
}
