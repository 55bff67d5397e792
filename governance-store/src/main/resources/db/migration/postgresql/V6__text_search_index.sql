-- CivicAI Governance store, schema version 6 (postgresql): trigram indexes for the text filter
-- (issue 17). Text queries match the folded name and summary (no accents, lower case) with
-- LIKE '%…%'; a GIN index of pg_trgm answers such patterns (three characters or more), and the
-- planner combines it with the tenant's index when the tenant is large. pg_trgm ships with
-- PostgreSQL (Debian's postgresql package) and is trusted since PostgreSQL 13: the database's owner,
-- who runs the migrations, may create it. It is created once per database, in schema public when
-- the owner may create there (so that dropping one schema never drops it for the others), and the
-- operator class is named with its schema, wherever an earlier install put it.
DO $$
DECLARE
  trgm TEXT;
BEGIN
  SELECT n.nspname INTO trgm FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
   WHERE e.extname = 'pg_trgm';
  IF trgm IS NULL THEN
    IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'public')
       AND has_schema_privilege('public', 'CREATE') THEN
      CREATE EXTENSION pg_trgm SCHEMA public;
    ELSE
      CREATE EXTENSION pg_trgm;
    END IF;
    SELECT n.nspname INTO trgm FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'pg_trgm';
  END IF;
  EXECUTE format('CREATE INDEX ix_usages_search_name ON usages USING gin (search_name %I.gin_trgm_ops)', trgm);
  EXECUTE format('CREATE INDEX ix_usages_search_summary ON usages USING gin (search_summary %I.gin_trgm_ops)', trgm);
END
$$;
