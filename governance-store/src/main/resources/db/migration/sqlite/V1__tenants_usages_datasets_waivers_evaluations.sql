-- CivicAI Governance store, schema version 1 (SQLite).
-- Rule: every primary key and every foreign key leads with tenant_id, so that the schema
-- distributes or partitions by tenant unchanged. Instants are ISO-8601 UTC text; documents are
-- the library's versioned JSON ({"schemaVersion", "type", "content"}).

CREATE TABLE tenants (
  tenant_id   VARCHAR(9)  NOT NULL,
  created_at  VARCHAR(40) NOT NULL,
  CONSTRAINT pk_tenants PRIMARY KEY (tenant_id)
);

-- A group (tenant_id) declares its members; sharing holds only for members that joined.
CREATE TABLE group_members (
  tenant_id      VARCHAR(9) NOT NULL,
  member_id      VARCHAR(9) NOT NULL,
  shares_usages  INTEGER    NOT NULL,
  CONSTRAINT pk_group_members PRIMARY KEY (tenant_id, member_id),
  CONSTRAINT fk_group_members_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id)
);

-- A member (tenant_id) accepts a group.
CREATE TABLE memberships (
  tenant_id  VARCHAR(9)  NOT NULL,
  group_id   VARCHAR(9)  NOT NULL,
  joined_at  VARCHAR(40) NOT NULL,
  CONSTRAINT pk_memberships PRIMARY KEY (tenant_id, group_id),
  CONSTRAINT fk_memberships_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id)
);

-- The latest revision of each usage, with the columns queries filter on.
CREATE TABLE usages (
  tenant_id        VARCHAR(9)   NOT NULL,
  usage_id         VARCHAR(100) NOT NULL,
  revision         INTEGER      NOT NULL,
  name             VARCHAR(100) NOT NULL,
  search_name      TEXT         NOT NULL,
  search_summary   TEXT         NOT NULL,
  authority_name   VARCHAR(200) NOT NULL,
  authority_siren  VARCHAR(9),
  authority_kind   VARCHAR(40)  NOT NULL,
  stage            VARCHAR(40),
  theme            VARCHAR(40),
  ai_act_tier      VARCHAR(40)  NOT NULL,
  updated_at       VARCHAR(40)  NOT NULL,
  updated_by       VARCHAR(200) NOT NULL,
  document         TEXT         NOT NULL,
  CONSTRAINT pk_usages PRIMARY KEY (tenant_id, usage_id),
  CONSTRAINT fk_usages_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id)
);
CREATE INDEX ix_usages_stage ON usages (tenant_id, stage, usage_id);
CREATE INDEX ix_usages_theme ON usages (tenant_id, theme, usage_id);
CREATE INDEX ix_usages_tier ON usages (tenant_id, ai_act_tier, usage_id);
CREATE INDEX ix_usages_authority ON usages (tenant_id, authority_siren, usage_id);

-- Every revision of every usage: who, when, which fields changed, and the record as it was.
CREATE TABLE usage_revisions (
  tenant_id       VARCHAR(9)   NOT NULL,
  usage_id        VARCHAR(100) NOT NULL,
  revision        INTEGER      NOT NULL,
  author          VARCHAR(200) NOT NULL,
  changed_at      VARCHAR(40)  NOT NULL,
  changed_fields  TEXT         NOT NULL,
  document        TEXT         NOT NULL,
  CONSTRAINT pk_usage_revisions PRIMARY KEY (tenant_id, usage_id, revision),
  CONSTRAINT fk_usage_revisions_usage FOREIGN KEY (tenant_id, usage_id)
    REFERENCES usages (tenant_id, usage_id)
);

CREATE TABLE datasets (
  tenant_id      VARCHAR(9)   NOT NULL,
  dataset_id     VARCHAR(100) NOT NULL,
  revision       INTEGER      NOT NULL,
  name           VARCHAR(200) NOT NULL,
  personal_data  VARCHAR(40),
  updated_at     VARCHAR(40)  NOT NULL,
  document       TEXT         NOT NULL,
  CONSTRAINT pk_datasets PRIMARY KEY (tenant_id, dataset_id),
  CONSTRAINT fk_datasets_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (tenant_id)
);

CREATE TABLE dataset_revisions (
  tenant_id   VARCHAR(9)   NOT NULL,
  dataset_id  VARCHAR(100) NOT NULL,
  revision    INTEGER      NOT NULL,
  author      VARCHAR(200) NOT NULL,
  changed_at  VARCHAR(40)  NOT NULL,
  document    TEXT         NOT NULL,
  CONSTRAINT pk_dataset_revisions PRIMARY KEY (tenant_id, dataset_id, revision),
  CONSTRAINT fk_dataset_revisions_dataset FOREIGN KEY (tenant_id, dataset_id)
    REFERENCES datasets (tenant_id, dataset_id)
);

CREATE TABLE waivers (
  tenant_id      VARCHAR(9)   NOT NULL,
  usage_id       VARCHAR(100) NOT NULL,
  criterion_id   VARCHAR(200) NOT NULL,
  granted_on     VARCHAR(10)  NOT NULL,
  expires_on     VARCHAR(10)  NOT NULL,
  granted_by     VARCHAR(200),
  justification  TEXT,
  document       TEXT         NOT NULL,
  CONSTRAINT pk_waivers PRIMARY KEY (tenant_id, usage_id, criterion_id, granted_on),
  CONSTRAINT fk_waivers_usage FOREIGN KEY (tenant_id, usage_id)
    REFERENCES usages (tenant_id, usage_id)
);

-- Every evaluation, so that a report can say what changed since the last committee.
CREATE TABLE evaluations (
  tenant_id        VARCHAR(9)   NOT NULL,
  usage_id         VARCHAR(100) NOT NULL,
  evaluation_no    BIGINT       NOT NULL,
  charter_id       VARCHAR(200) NOT NULL,
  charter_version  VARCHAR(100),
  usage_revision   INTEGER      NOT NULL,
  library_version  VARCHAR(100),
  content_hash     CHAR(64)     NOT NULL,
  evaluated_at     VARCHAR(40)  NOT NULL,
  verdict          VARCHAR(40)  NOT NULL,
  score            INTEGER      NOT NULL,
  language         VARCHAR(10),
  document         TEXT         NOT NULL,
  CONSTRAINT pk_evaluations PRIMARY KEY (tenant_id, usage_id, evaluation_no),
  CONSTRAINT fk_evaluations_usage FOREIGN KEY (tenant_id, usage_id)
    REFERENCES usages (tenant_id, usage_id)
);

-- The latest verdict of each usage per charter, kept beside the history for indexed filtering.
CREATE TABLE latest_verdicts (
  tenant_id      VARCHAR(9)   NOT NULL,
  usage_id       VARCHAR(100) NOT NULL,
  charter_id     VARCHAR(200) NOT NULL,
  evaluation_no  BIGINT       NOT NULL,
  verdict        VARCHAR(40)  NOT NULL,
  CONSTRAINT pk_latest_verdicts PRIMARY KEY (tenant_id, usage_id, charter_id),
  CONSTRAINT fk_latest_verdicts_usage FOREIGN KEY (tenant_id, usage_id)
    REFERENCES usages (tenant_id, usage_id)
);
CREATE INDEX ix_latest_verdicts ON latest_verdicts (tenant_id, charter_id, verdict, usage_id);
