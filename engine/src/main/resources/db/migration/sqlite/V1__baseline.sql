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
    id                           TEXT    PRIMARY KEY,
    environment_id               TEXT    NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
    tool                         TEXT    NOT NULL,
    base_url                     TEXT,
    -- Connection values (credentials included), encrypted with AES-GCM: never readable from a copy of the store.
    connection                   TEXT    NOT NULL,
    settings                     TEXT    NOT NULL DEFAULT '{}',
    end_user_organization_name   TEXT,
    end_user_email               TEXT,
    end_user_origin_id           TEXT,
    enabled                      INTEGER NOT NULL DEFAULT 1,
    created_at                   INTEGER NOT NULL,
    first_sync_completed_at      INTEGER,
    -- Scheduling: null intervals take the defaults; next_* are when the scheduler queues the next sync.
    full_sync_interval_minutes   INTEGER,
    delta_sync_interval_minutes  INTEGER,
    next_full_sync_at            INTEGER,
    next_delta_sync_at           INTEGER
);
CREATE INDEX integrations_by_environment ON integrations (environment_id);

-- Syncs are a queue: QUEUED, then RUNNING under a lease held by one node, then SUCCEEDED, FAILED or CANCELLED.
-- A node that dies leaves a RUNNING row whose lease expires; another node resumes it from its checkpoints.
CREATE TABLE sync_runs (
    id                   TEXT    PRIMARY KEY,
    integration_id       TEXT    NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    type                 TEXT    NOT NULL CHECK (type IN ('FULL', 'DELTA')),
    trigger              TEXT    NOT NULL,
    state                TEXT    NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    queued_at            INTEGER NOT NULL,
    started_at           INTEGER,
    ended_at             INTEGER,
    since_at             INTEGER,
    lease_owner          TEXT,
    lease_expires_at     INTEGER,
    attempts             INTEGER NOT NULL DEFAULT 0,
    records_added        INTEGER NOT NULL DEFAULT 0,
    records_changed      INTEGER NOT NULL DEFAULT 0,
    records_unchanged    INTEGER NOT NULL DEFAULT 0,
    records_deleted      INTEGER NOT NULL DEFAULT 0,
    records_quarantined  INTEGER NOT NULL DEFAULT 0,
    requests             INTEGER NOT NULL DEFAULT 0,
    pages                INTEGER NOT NULL DEFAULT 0,
    changed_models       TEXT,
    error                TEXT,
    -- What kind of failure ended it (e.g. AUTHENTICATION), for the sync-finished webhook's state.
    error_kind           TEXT,
    error_detail         TEXT,
    -- Set once this sync's webhooks are queued: a node dying between a sync's end and its webhooks leaves a
    -- finished run without it, which the next webhook sweep picks up.
    announced_at         INTEGER
);
-- At most one sync queued or running per integration, whatever the number of nodes.
CREATE UNIQUE INDEX sync_runs_one_active ON sync_runs (integration_id) WHERE state IN ('QUEUED', 'RUNNING');
CREATE INDEX sync_runs_by_integration ON sync_runs (integration_id, queued_at);
CREATE INDEX sync_runs_by_state ON sync_runs (state, queued_at);
CREATE INDEX sync_runs_unannounced ON sync_runs (ended_at) WHERE announced_at IS NULL AND ended_at IS NOT NULL;

-- Where each stream of a running sync has got to, so a resumed sync continues instead of starting over.
CREATE TABLE sync_checkpoints (
    sync_id     TEXT    NOT NULL REFERENCES sync_runs (id) ON DELETE CASCADE,
    stream      TEXT    NOT NULL,
    state       TEXT    NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (sync_id, stream)
);

-- Tokens an integration's auth obtained (e.g. a rotated refresh token), encrypted like the connection.
CREATE TABLE integration_auth (
    integration_id  TEXT    PRIMARY KEY REFERENCES integrations (id) ON DELETE CASCADE,
    state           TEXT    NOT NULL,
    updated_at      INTEGER NOT NULL
);

-- Every unified record: its content without remote_data, and remote_data (the raw remote record, keyed by the
-- path it came from) apart, so each is written and hashed once. changed_at moves only when content_hash does;
-- a change to remote_data alone is kept without moving it.
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
    content            TEXT    NOT NULL,
    -- NULL when the model has no remote_data; otherwise its JSON (which may be null).
    remote_data_hash   TEXT,
    remote_data        TEXT
);
-- Keyset pagination walks this index in id order.
CREATE UNIQUE INDEX records_by_id ON records (integration_id, model, id);
CREATE INDEX records_by_remote_id ON records (integration_id, model, remote_id);
CREATE INDEX records_by_changed_at ON records (integration_id, model, changed_at);

-- Indexed fields of records (x-atrium.index of each model schema): filters and nested views read these by
-- value. There is no index by record: it would double the cost of every insert; a changed record's old rows
-- are found again from its old content.
CREATE TABLE record_keys (
    integration_id  TEXT NOT NULL,
    model           TEXT NOT NULL,
    key             TEXT NOT NULL,
    value           TEXT NOT NULL,
    record_id       TEXT NOT NULL,
    PRIMARY KEY (integration_id, model, key, value, record_id)
) WITHOUT ROWID;

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

-- Where each environment wants its webhooks; the signing secret is encrypted.
CREATE TABLE webhook_endpoints (
    id              TEXT    PRIMARY KEY,
    environment_id  TEXT    NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
    url             TEXT    NOT NULL,
    secret          TEXT    NOT NULL,
    -- The webhook types sent to this URL, as a JSON array (e.g. ["data-changed", "sync-finished"]).
    events          TEXT    NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX webhook_endpoints_by_environment ON webhook_endpoints (environment_id);

-- Webhooks to send, kept until delivered so a restart loses none (delivery is at least once).
CREATE TABLE webhook_deliveries (
    id                TEXT    PRIMARY KEY,
    endpoint_id       TEXT    NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    event_id          TEXT    NOT NULL,
    type              TEXT    NOT NULL,
    payload           TEXT    NOT NULL,
    state             TEXT    NOT NULL CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   INTEGER NOT NULL,
    lease_owner       TEXT,
    lease_expires_at  INTEGER,
    last_status       INTEGER,
    last_error        TEXT,
    created_at        INTEGER NOT NULL,
    delivered_at      INTEGER
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at);
CREATE INDEX webhook_deliveries_by_endpoint ON webhook_deliveries (endpoint_id, created_at);
