-- Tracked applications (SQLite dialect): with "sync only created applications" on, the only candidates and
-- applications a sync keeps are these, created through Atrium or imported by an operator.

CREATE TABLE tracked_applications (
    integration_id         TEXT    NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    application_remote_id  TEXT    NOT NULL,
    -- Known when it was created or imported with its application, or learned from the application's record.
    candidate_remote_id    TEXT,
    candidate_id           TEXT,
    -- CREATED: written through Atrium; IMPORTED: an existing application an operator asked to follow.
    origin                 TEXT    NOT NULL CHECK (origin IN ('CREATED', 'IMPORTED')),
    tracked_at             INTEGER NOT NULL,
    PRIMARY KEY (integration_id, application_remote_id)
);

-- Until now no setting was read, so every existing integration synced all applications: keep it that way.
-- New integrations follow the default, which only syncs tracked applications.
UPDATE integrations SET settings = '{"sync_only_created_applications":false}' WHERE settings = '{}';
