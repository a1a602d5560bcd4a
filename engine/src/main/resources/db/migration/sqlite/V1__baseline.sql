-- Atrium store, SQLite dialect. Times are epoch milliseconds (UTC); JSON is stored as canonical text.

-- One row: this installation's identity, served as customer_id by /v1/check-api-key.
CREATE TABLE installation (
    id          TEXT    PRIMARY KEY,
    created_at  INTEGER NOT NULL
);

CREATE TABLE environments (
    id          TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL
);

-- Keys are stored as SHA-256 hashes only; the plain key is shown once, when it is created.
-- scope 'environment' keys belong to one environment; 'admin' keys manage the installation.
CREATE TABLE api_keys (
    id              TEXT    PRIMARY KEY,
    environment_id  TEXT    REFERENCES environments (id) ON DELETE CASCADE,
    scope           TEXT    NOT NULL CHECK (scope IN ('environment', 'admin')),
    key_hash        TEXT    NOT NULL UNIQUE,
    label           TEXT,
    created_at      INTEGER NOT NULL,
    revoked_at      INTEGER
);

CREATE TABLE integrations (
    id                          TEXT    PRIMARY KEY,
    environment_id              TEXT    NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
    tool                        TEXT    NOT NULL,
    base_url                    TEXT,
    connection                  TEXT    NOT NULL,
    settings                    TEXT    NOT NULL DEFAULT '{}',
    end_user_organization_name  TEXT,
    end_user_email              TEXT,
    end_user_origin_id          TEXT,
    enabled                     INTEGER NOT NULL DEFAULT 1,
    created_at                  INTEGER NOT NULL,
    first_sync_completed_at     INTEGER
);
CREATE INDEX integrations_by_environment ON integrations (environment_id);

CREATE TABLE sync_runs (
    id                   TEXT    PRIMARY KEY,
    integration_id       TEXT    NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    type                 TEXT    NOT NULL,
    state                TEXT    NOT NULL,
    started_at           INTEGER NOT NULL,
    ended_at             INTEGER,
    records_added        INTEGER NOT NULL DEFAULT 0,
    records_changed      INTEGER NOT NULL DEFAULT 0,
    records_unchanged    INTEGER NOT NULL DEFAULT 0,
    records_deleted      INTEGER NOT NULL DEFAULT 0,
    records_quarantined  INTEGER NOT NULL DEFAULT 0,
    requests             INTEGER NOT NULL DEFAULT 0,
    pages                INTEGER NOT NULL DEFAULT 0,
    error                TEXT,
    error_detail         TEXT
);
CREATE INDEX sync_runs_by_integration ON sync_runs (integration_id, started_at);

-- Every unified record, with the raw remote record it came from (so a changed mapping can be re-applied).
-- content_hash covers the unified content without remote_data; changed_at moves only when it changes.
CREATE TABLE records (
    integration_id     TEXT    NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    model              TEXT    NOT NULL,
    id                 TEXT    NOT NULL,
    remote_id          TEXT    NOT NULL,
    changed_at         INTEGER NOT NULL,
    remote_deleted_at  INTEGER,
    first_seen_at      INTEGER NOT NULL,
    last_seen_sync_id  TEXT,
    content_hash       TEXT    NOT NULL,
    raw_hash           TEXT,
    content            TEXT    NOT NULL,
    raw                TEXT
);
-- Keyset pagination walks this index in id order.
CREATE UNIQUE INDEX records_by_id ON records (integration_id, model, id);
CREATE INDEX records_by_remote_id ON records (integration_id, model, remote_id);
CREATE INDEX records_by_changed_at ON records (integration_id, model, changed_at);

-- Indexed fields of records (x-atrium.index of each model schema): filters and nested views read these.
CREATE TABLE record_keys (
    integration_id  TEXT NOT NULL,
    model           TEXT NOT NULL,
    key             TEXT NOT NULL,
    value           TEXT NOT NULL,
    record_id       TEXT NOT NULL,
    PRIMARY KEY (integration_id, model, key, value, record_id)
) WITHOUT ROWID;
CREATE INDEX record_keys_by_record ON record_keys (integration_id, model, record_id);

-- Records a sync could not accept (transform failed or the result broke the model schema), with why.
CREATE TABLE quarantined_records (
    id              TEXT    PRIMARY KEY,
    integration_id  TEXT    NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    sync_id         TEXT    NOT NULL,
    stream          TEXT    NOT NULL,
    model           TEXT    NOT NULL,
    remote_id       TEXT,
    record_id       TEXT,
    reason          TEXT    NOT NULL,
    content         TEXT,
    raw             TEXT,
    created_at      INTEGER NOT NULL
);
CREATE INDEX quarantined_records_by_integration ON quarantined_records (integration_id, sync_id);
