-- Conversation settings, presets ("assistants") and attachments.
-- A conversation's own settings: the system prompt and parameters as ChatParams JSON
-- (NULL: none of its own, the provider's defaults).
ALTER TABLE conversations ADD COLUMN settings TEXT;

-- The user's presets; the bundled ones live in resources/presets.json, and a user preset of
-- the same name takes its place.
CREATE TABLE presets (
    name        TEXT    PRIMARY KEY,
    provider    TEXT    NOT NULL DEFAULT '',
    model       TEXT    NOT NULL DEFAULT '',
    params      TEXT    NOT NULL DEFAULT '{}',  -- ChatParams JSON, the system prompt included
    updated_at  INTEGER NOT NULL               -- ms since the epoch, UTC
);

-- Attached files, stored once by content: hash is the SHA-256 of data, in lowercase hex.
CREATE TABLE blobs (
    hash  TEXT    PRIMARY KEY,
    mime  TEXT    NOT NULL,
    size  INTEGER NOT NULL,
    data  BLOB    NOT NULL
);

-- Which message carries which file, in order. Deleting a message (or its conversation)
-- removes its rows; a blob goes with its last row.
CREATE TABLE message_attachments (
    message_id  INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    blob_hash   TEXT    NOT NULL REFERENCES blobs(hash),
    filename    TEXT    NOT NULL DEFAULT '',
    kind        TEXT    NOT NULL CHECK (kind IN ('image', 'pdf', 'text')),
    PRIMARY KEY (message_id, position)
);
CREATE INDEX message_attachments_by_blob ON message_attachments(blob_hash);
CREATE TRIGGER message_attachments_release AFTER DELETE ON message_attachments
WHEN NOT EXISTS (SELECT 1 FROM message_attachments WHERE blob_hash = old.blob_hash) BEGIN
    DELETE FROM blobs WHERE hash = old.blob_hash;
END;
