-- CivicAI Governance store, schema version 6 (sqlite): an index for the text filter (issue 17).
-- Text queries match the folded name and summary (no accents, lower case) with LIKE '%…%', which no
-- B-tree can seek. This index keeps, tenant first, only those two folded texts: the library's text
-- query reads a tenant's entries here, without touching the rows and their JSON documents, and
-- reads the rows of the matches only (JdbcUsages). Tenant-first like every key, so a query's cost
-- follows its tenant's size, never the whole store's. FTS5 (trigram) was weighed: its index spans
-- every tenant, so a tenant's query would read every tenant's matches, and SQLite's planner cannot
-- weigh it against the tenant's index.
CREATE INDEX ix_usages_search ON usages (tenant_id, search_name, search_summary);
