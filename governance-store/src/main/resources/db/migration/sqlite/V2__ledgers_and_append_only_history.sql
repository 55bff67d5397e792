-- CivicAI Governance store, schema version 2 (SQLite): ledgers and checkpoints; history tables
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

CREATE TRIGGER ledger_entries_append_only_update BEFORE UPDATE ON ledger_entries
BEGIN
  SELECT RAISE(ABORT, 'ledger_entries is append-only');
END;

CREATE TRIGGER ledger_entries_append_only_delete BEFORE DELETE ON ledger_entries
BEGIN
  SELECT RAISE(ABORT, 'ledger_entries is append-only');
END;

CREATE TRIGGER usage_revisions_append_only_update BEFORE UPDATE ON usage_revisions
BEGIN
  SELECT RAISE(ABORT, 'usage_revisions is append-only');
END;

CREATE TRIGGER evaluations_append_only_update BEFORE UPDATE ON evaluations
BEGIN
  SELECT RAISE(ABORT, 'evaluations is append-only');
END;
