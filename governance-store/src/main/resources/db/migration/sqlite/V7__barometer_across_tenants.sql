-- CivicAI Governance store, schema version 7 (sqlite): the barometer across tenants (issue 21).
-- Nothing changes on SQLite: one file holds every tenant and has no row-level security, so the
-- library computes the barometer over several tenants with the queries it runs for one, tenant by
-- tenant (JdbcBarometer). PostgreSQL's version 7 adds governance_barometer_figures; this file keeps
-- the two dialects at the same version.
SELECT 1;
