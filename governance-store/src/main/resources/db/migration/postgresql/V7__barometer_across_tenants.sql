-- CivicAI Governance store, schema version 7 (postgresql): the barometer across tenants (issue 21).
--
-- A national or regional barometer reads many tenants, while row-level security lets a transaction
-- read one. No policy is widened for it: governance_barometer_figures binds app.tenant to each
-- tenant asked for in turn, so that every row it reads passes that tenant's own policies, and it
-- returns only what the barometer scores, one row per tenant and authority: counts, yes-or-no
-- figures and the authority's identity (name, SIREN, kind, population). No usage, strategy,
-- ledger entry or document leaves it.
--
-- SECURITY DEFINER: it runs with its owner's rights (the role that ran the migrations, which owns
-- the tables), so that a caller needs no privilege on any table: a reporting role granted EXECUTE
-- on this function, and nothing else, computes the barometer and can read no row. EXECUTE is
-- revoked from PUBLIC: only the owner and the roles the DBA grants it to may call it (see
-- docs/store-schema.md). search_path is fixed to the schema it was created in, so that a caller
-- cannot put its own tables or functions in the way. The caller's binding (app.tenant) is restored
-- before the function returns, and a failure rolls the settings back with the statement, so that the
-- caller is bound as before the call. (A SET app.tenant clause would do it too, but PostgreSQL lets
-- only a superuser attach a placeholder parameter to a function.)
--
-- Keys: an authority is keyed by the SIREN its records state (usages.authority_siren, the
-- strategy document's content.authority.siren); a record without one by the SIREN the tenant's
-- records of the same name state, when they state exactly one; by its name otherwise. Of two
-- strategies with one key, the first by name counts. The library merges the rows of one key across tenants
-- (Barometer.merge), exactly as it does for registers in memory.
CREATE FUNCTION governance_barometer_figures(as_of DATE, wanted VARCHAR[])
RETURNS TABLE (
  tenant_id          VARCHAR,
  authority_key      TEXT,
  authority_name     VARCHAR,
  authority_siren    VARCHAR,
  authority_kind     VARCHAR,
  population         BIGINT,
  usages             BIGINT,
  parts              BIGINT,
  themes             TEXT,
  strategy_recorded  BOOLEAN,
  charter_adopted    BOOLEAN,
  committee_active   BOOLEAN,
  roadmap_indicators INTEGER,
  agents_using_ai    INTEGER,
  agents_trained     INTEGER,
  ledger_kept        BOOLEAN)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path FROM CURRENT
AS $fn$
#variable_conflict use_column
DECLARE
  t VARCHAR;
  caller TEXT := current_setting('app.tenant', true);
  -- Barometer.COMMITTEE_MONTHS: a meeting from six months before as_of to as_of counts.
  since DATE := as_of - INTERVAL '6 months';
BEGIN
  IF as_of IS NULL OR wanted IS NULL THEN
    RETURN;
  END IF;
  FOR t IN SELECT DISTINCT w FROM unnest(wanted) AS w WHERE w IS NOT NULL ORDER BY 1 LOOP
    PERFORM set_config('app.tenant', t, true);
    RETURN QUERY
    WITH sm AS (
      SELECT n.name, MIN(n.siren) AS siren
        FROM (SELECT x.authority_name AS name, x.authority_siren AS siren
                FROM usages x WHERE x.tenant_id = t AND x.authority_siren IS NOT NULL
              UNION
              SELECT y.authority_name, CAST(y.document AS jsonb) #>> '{content,authority,siren}'
                FROM strategies y
               WHERE y.tenant_id = t
                 AND CAST(y.document AS jsonb) #>> '{content,authority,siren}' IS NOT NULL) n
       GROUP BY n.name HAVING COUNT(DISTINCT n.siren) = 1),
    u AS (
      SELECT x.usage_id, x.authority_name AS name, x.authority_kind AS kind, x.theme,
             COALESCE('siren:' || x.authority_siren, 'siren:' || sm.siren,
                      'name:' || x.authority_name) AS k,
             CAST(x.document AS jsonb) AS d
        FROM usages x LEFT JOIN sm ON sm.name = x.authority_name WHERE x.tenant_id = t),
    uk AS (
      SELECT u.k, COUNT(*) AS n,
             SUM(CASE WHEN COALESCE(u.d #>> '{content,summary}', '') <> '' THEN 1 ELSE 0 END
             + CASE WHEN COALESCE(jsonb_typeof(u.d #> '{content,purpose}'), 'null') <> 'null' THEN 1 ELSE 0 END
             + CASE WHEN COALESCE(jsonb_typeof(u.d #> '{content,system}'), 'null') <> 'null' THEN 1 ELSE 0 END
             + CASE WHEN COALESCE(jsonb_typeof(u.d #> '{content,decision}'), 'null') <> 'null' THEN 1 ELSE 0 END
             + CASE WHEN COALESCE(jsonb_typeof(u.d #> '{content,dataUse}'), 'null') <> 'null' THEN 1 ELSE 0 END
             + CASE WHEN jsonb_typeof(u.d #> '{content,risks}') = 'array' AND jsonb_array_length(CASE WHEN jsonb_typeof(u.d #> '{content,risks}') = 'array' THEN u.d #> '{content,risks}' ELSE '[]' END) > 0 THEN 1 ELSE 0 END
             + CASE WHEN COALESCE(jsonb_typeof(u.d #> '{content,footprint}'), 'null') <> 'null' THEN 1 ELSE 0 END
             + CASE WHEN jsonb_typeof(u.d #> '{content,benefits}') = 'array' AND jsonb_array_length(CASE WHEN jsonb_typeof(u.d #> '{content,benefits}') = 'array' THEN u.d #> '{content,benefits}' ELSE '[]' END) > 0 THEN 1 ELSE 0 END
             + CASE WHEN COALESCE(jsonb_typeof(u.d #> '{content,governance}'), 'null') <> 'null' THEN 1 ELSE 0 END
             + CASE WHEN COALESCE(jsonb_typeof(u.d #> '{content,transparency}'), 'null') <> 'null' THEN 1 ELSE 0 END) AS parts
        FROM u GROUP BY u.k),
    uf AS (
      SELECT DISTINCT ON (u.k) u.k, u.name, u.kind
        FROM u ORDER BY u.k, u.usage_id COLLATE "C"),
    up AS (
      SELECT DISTINCT ON (u.k) u.k, CAST(u.d #>> '{content,authority,population}' AS BIGINT) AS pop
        FROM u WHERE u.d #>> '{content,authority,population}' IS NOT NULL
       ORDER BY u.k, u.usage_id COLLATE "C"),
    ut AS (
      SELECT u.k, string_agg(DISTINCT u.theme, ',') AS themes
        FROM u WHERE u.theme IS NOT NULL GROUP BY u.k),
    lg AS (
      SELECT EXISTS (SELECT 1 FROM ledger_entries e WHERE e.tenant_id = t) AS kept),
    lu AS (
      SELECT DISTINCT u.k FROM u
       WHERE u.usage_id IN (SELECT CAST(e.entry AS jsonb) #>> '{event,usage}'
                              FROM ledger_entries e WHERE e.tenant_id = t)),
    st AS (
      SELECT DISTINCT ON (x.k) x.*
        FROM (SELECT s.authority_name AS name, s.authority_kind AS kind, s.population AS pop,
                     s.charter_adopted_on, s.roadmap_indicators, s.agents_using_ai,
                     s.agents_using_ai_trained, CAST(s.document AS jsonb) AS d,
                     COALESCE('siren:' || (CAST(s.document AS jsonb) #>> '{content,authority,siren}'),
                              'siren:' || sm.siren, 'name:' || s.authority_name) AS k
                FROM strategies s LEFT JOIN sm ON sm.name = s.authority_name
               WHERE s.tenant_id = t) x
       ORDER BY x.k, x.name COLLATE "C"),
    ks AS (SELECT uk.k FROM uk UNION SELECT st.k FROM st)
    SELECT t, ks.k,
           CAST(COALESCE(st.name, uf.name) AS VARCHAR),
           CAST(CASE WHEN ks.k LIKE 'siren:%' THEN substr(ks.k, 7) END AS VARCHAR),
           CAST(COALESCE(st.kind, uf.kind) AS VARCHAR),
           COALESCE(st.pop, up.pop),
           COALESCE(uk.n, 0),
           COALESCE(uk.parts, 0),
           ut.themes,
           st.k IS NOT NULL,
           CASE WHEN st.k IS NULL THEN NULL ELSE st.charter_adopted_on IS NOT NULL END,
           CASE WHEN st.k IS NULL
                  OR COALESCE(jsonb_typeof(st.d #> '{content,committee}'), 'null') = 'null'
                THEN NULL
                ELSE EXISTS (
                  SELECT 1
                    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(st.d #> '{content,committee,meetings}') = 'array' THEN st.d #> '{content,committee,meetings}' ELSE '[]' END) m,
                         jsonb_array_elements_text(CASE WHEN jsonb_typeof(m -> 'attendees') = 'array' THEN m -> 'attendees' ELSE '[]' END) a(name),
                         jsonb_array_elements(CASE WHEN jsonb_typeof(st.d #> '{content,committee,members}') = 'array' THEN st.d #> '{content,committee,members}' ELSE '[]' END) mb
                   WHERE CAST(m ->> 'date' AS DATE) >= since
                     AND CAST(m ->> 'date' AS DATE) <= as_of
                     AND mb ->> 'role' = 'ELECTED_OFFICIAL' AND mb ->> 'name' = a.name)
           END,
           CASE WHEN st.k IS NULL
                  OR COALESCE(jsonb_typeof(st.d #> '{content,roadmap}'), 'null') = 'null'
                THEN NULL ELSE st.roadmap_indicators END,
           CASE WHEN st.k IS NULL THEN NULL ELSE st.agents_using_ai END,
           CASE WHEN st.k IS NULL THEN NULL ELSE st.agents_using_ai_trained END,
           CASE WHEN NOT lg.kept OR COALESCE(uk.n, 0) = 0 THEN NULL ELSE lu.k IS NOT NULL END
      FROM ks
      LEFT JOIN uk ON uk.k = ks.k
      LEFT JOIN uf ON uf.k = ks.k
      LEFT JOIN up ON up.k = ks.k
      LEFT JOIN ut ON ut.k = ks.k
      LEFT JOIN lu ON lu.k = ks.k
      LEFT JOIN st ON st.k = ks.k
      CROSS JOIN lg;
  END LOOP;
  PERFORM set_config('app.tenant', COALESCE(caller, ''), true);
END
$fn$;

REVOKE ALL ON FUNCTION governance_barometer_figures(DATE, VARCHAR[]) FROM PUBLIC;
