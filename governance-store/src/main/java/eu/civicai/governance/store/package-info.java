/**
 * The system of record: {@link eu.civicai.governance.store.JdbcRegisterStore} keeps the registers
 * of many tenants, with every revision, their datasets, waivers, evaluations, groups and ledgers,
 * in SQLite (one file, nothing installed) or PostgreSQL (with row-level security), through plain
 * JDBC. The embedder supplies the {@link javax.sql.DataSource}; the library brings no pool.
 * Parameters are never null unless a method says so.
 */
@NullMarked
package eu.civicai.governance.store;

import org.jspecify.annotations.NullMarked;
