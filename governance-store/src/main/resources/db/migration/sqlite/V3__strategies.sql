-- CivicAI Governance store, schema version 3 (sqlite): the AI strategy of each authority of a tenant
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

CREATE TRIGGER strategy_revisions_append_only_update BEFORE UPDATE ON strategy_revisions
BEGIN
  SELECT RAISE(ABORT, 'strategy_revisions is append-only');
END;

CREATE TRIGGER strategy_revisions_append_only_delete BEFORE DELETE ON strategy_revisions
BEGIN
  SELECT RAISE(ABORT, 'strategy_revisions is append-only');
END;
