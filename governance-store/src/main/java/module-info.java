/**
 * CivicAI Governance store: the system of record for the registers of many tenants, with history,
 * on SQLite (embedded) or PostgreSQL (SaaS), through plain JDBC and Flyway migrations. Depends on
 * governance-core and governance-json only among the library's modules.
 */
module eu.civicai.governance.store {
  requires transitive eu.civicai.governance.core;
  requires static transitive org.jspecify; // @NullMarked packages, @Nullable types
  requires transitive java.sql;
  requires eu.civicai.governance.json;
  requires org.xerial.sqlitejdbc;
  // Flyway ships no module name; this is the one derived from its jar.
  requires flyway.core;

  exports eu.civicai.governance.store;
}
