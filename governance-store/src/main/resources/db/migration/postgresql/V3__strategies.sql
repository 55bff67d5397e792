-- CivicAI Governance store, schema version 3 (postgresql): the AI strategy of each authority of a tenant
-- (issue 21), one row per authority at its latest revision and every revision kept. Besides the
-- JSON document, the row keeps the few figures the barometer computes in SQL.

CREATE TABLE strategies (
  tenant_id                 VARCHAR(9)   NOT NULL,
  authority_name            VARCHAR(200) NOT NULL,
  revision                  INTEGER      NOT NULL,
  authority_kind            VARCHAR(40)  NOT NULL,
  population                BIGINT,
  charter_adopted_on        VARCHAR(10),
  roadmap_indicators        INTEGER      NOT NULL,
  committee_last_elected_on VARCHAR(10),
  sessions                  INTEGER      NOT NULL,
  agents_using_ai           INTEGER,
  agents_using_ai_trained   INTEGER,
  updated_at                VARCHAR(40)  NOT NULL,
  document                  TEXT         NOT NULL,
  CONSTRAINT pk_strategies PRIMARY KEY (tenant_id, authority_name),
  CONSTRAINT fk_strategies_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id)
);

CREATE TABLE strategy_revisions (
  tenant_id       VARCHAR(9)   NOT NULL,
  authority_name  VARCHAR(200) NOT NULL,
  revision        INTEGER      NOT NULL,
  author          VARCHAR(200) NOT NULL,
  changed_at      VARCHAR(40)  NOT NULL,
  document        TEXT         NOT NULL,
  CONSTRAINT pk_strategy_revisions PRIMARY KEY (tenant_id, authority_name, revision),
  CONSTRAINT fk_strategy_revisions_strategy FOREIGN KEY (tenant_id, authority_name)
    REFERENCES strategies (tenant_id, authority_name)
);

CREATE TRIGGER strategy_revisions_append_only BEFORE UPDATE OR DELETE ON strategy_revisions
  FOR EACH ROW EXECUTE FUNCTION governance_append_only();

ALTER TABLE strategies ENABLE ROW LEVEL SECURITY;
ALTER TABLE strategies FORCE ROW LEVEL SECURITY;
CREATE POLICY strategies_own ON strategies
  USING (tenant_id = current_setting('app.tenant', true))
  WITH CHECK (tenant_id = current_setting('app.tenant', true));

-- Revisions can be read and appended by their tenant, never changed: no UPDATE or DELETE policy.
ALTER TABLE strategy_revisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE strategy_revisions FORCE ROW LEVEL SECURITY;
CREATE POLICY strategy_revisions_read ON strategy_revisions FOR SELECT
  USING (tenant_id = current_setting('app.tenant', true));
CREATE POLICY strategy_revisions_append ON strategy_revisions FOR INSERT
  WITH CHECK (tenant_id = current_setting('app.tenant', true));
