-- Integration fields and custom fields (SQLite dialect).

-- The raw top-level fields of an integration's records, per Kombo model (e.g. ats_candidates), as syncs saw
-- them. A field stays listed once seen: a page without it does not mean the tool dropped it. The id is derived
-- from integration, model and key, so every sync and every node finds the same row.
CREATE TABLE integration_fields (
    id                      TEXT    PRIMARY KEY,
    integration_id          TEXT    NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    model                   TEXT    NOT NULL,
    key                     TEXT    NOT NULL,
    -- DEFAULT: a field the mapping reads; CUSTOM: one it does not (see RawFieldKeys).
    type                    TEXT    NOT NULL CHECK (type IN ('DEFAULT', 'CUSTOM')),
    label                   TEXT,
    is_passthrough_enabled  INTEGER NOT NULL DEFAULT 0,
    is_writable             INTEGER NOT NULL DEFAULT 0,
    first_seen_at           INTEGER NOT NULL,
    last_seen_at            INTEGER NOT NULL
);
-- Keyset pages of one integration's fields walk this index in id order.
CREATE INDEX integration_fields_by_integration ON integration_fields (integration_id, id);

-- Custom field definitions: unified keys an environment's operators define per model (e.g. t_shirt_size on
-- ats_candidates); each integration maps them to one of its integration fields.
CREATE TABLE custom_fields (
    id              TEXT    PRIMARY KEY,
    environment_id  TEXT    NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
    model           TEXT    NOT NULL,
    key             TEXT    NOT NULL,
    label           TEXT,
    description     TEXT,
    created_at      INTEGER NOT NULL,
    UNIQUE (environment_id, model, key)
);
CREATE INDEX custom_fields_by_environment ON custom_fields (environment_id, id);

-- Which integration field fills a custom field, per integration. Removing the definition, the integration or
-- the integration field removes the mapping.
CREATE TABLE custom_field_mappings (
    integration_id        TEXT    NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    custom_field_id       TEXT    NOT NULL REFERENCES custom_fields (id) ON DELETE CASCADE,
    integration_field_id  TEXT    NOT NULL REFERENCES integration_fields (id) ON DELETE CASCADE,
    updated_at            INTEGER NOT NULL,
    PRIMARY KEY (integration_id, custom_field_id)
);
CREATE INDEX custom_field_mappings_by_custom_field ON custom_field_mappings (custom_field_id);
CREATE INDEX custom_field_mappings_by_integration_field ON custom_field_mappings (integration_field_id);
