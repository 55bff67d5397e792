-- CivicAI Governance store, schema version 2 (PostgreSQL): ledgers and checkpoints; history tables
-- become append-only.

CREATE TABLE ledger_entries (
  tenant_id      VARCHAR(9)   NOT NULL,
  ledger_name    VARCHAR(100) NOT NULL,
  sequence       BIGINT       NOT NULL,
  event_at       VARCHAR(40)  NOT NULL,
  previous_hash  CHAR(64)     NOT NULL,
  hash           CHAR(64)     NOT NULL,
  entry          TEXT         NOT NULL,
  CONSTRAINT pk_ledger_entries PRIMARY KEY (tenant_id, ledger_name, sequence),
  CONSTRAINT fk_ledger_entries_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id)
);

CREATE TABLE ledger_checkpoints (
  tenant_id      VARCHAR(9)   NOT NULL,
  ledger_name    VARCHAR(100) NOT NULL,
  checkpoint_no  BIGINT       NOT NULL,
  taken_at       VARCHAR(40)  NOT NULL,
  entry_count    BIGINT       NOT NULL,
  head_hash      CHAR(64)     NOT NULL,
  CONSTRAINT pk_ledger_checkpoints PRIMARY KEY (tenant_id, ledger_name, checkpoint_no),
  CONSTRAINT fk_ledger_checkpoints_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id)
);

CREATE FUNCTION governance_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;

CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION governance_append_only();
CREATE TRIGGER usage_revisions_append_only BEFORE UPDATE ON usage_revisions
  FOR EACH ROW EXECUTE FUNCTION governance_append_only();
CREATE TRIGGER evaluations_append_only BEFORE UPDATE ON evaluations
  FOR EACH ROW EXECUTE FUNCTION governance_append_only();

-- Ledger rows can be read and appended by their tenant, never changed: no UPDATE or DELETE policy.
ALTER TABLE ledger_entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE ledger_entries FORCE ROW LEVEL SECURITY;
CREATE POLICY ledger_entries_read ON ledger_entries FOR SELECT
  USING (tenant_id = current_setting('app.tenant', true));
CREATE POLICY ledger_entries_append ON ledger_entries FOR INSERT
  WITH CHECK (tenant_id = current_setting('app.tenant', true));

ALTER TABLE ledger_checkpoints ENABLE ROW LEVEL SECURITY;
ALTER TABLE ledger_checkpoints FORCE ROW LEVEL SECURITY;
CREATE POLICY ledger_checkpoints_read ON ledger_checkpoints FOR SELECT
  USING (tenant_id = current_setting('app.tenant', true));
CREATE POLICY ledger_checkpoints_append ON ledger_checkpoints FOR INSERT
  WITH CHECK (tenant_id = current_setting('app.tenant', true));
