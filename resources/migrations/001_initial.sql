-- Conversations and their messages; messages are searchable with FTS5.
CREATE TABLE conversations (
    id          INTEGER PRIMARY KEY,
    title       TEXT    NOT NULL,
    provider    TEXT,
    model       TEXT,
    created_at  INTEGER NOT NULL,  -- ms since the epoch, UTC
    updated_at  INTEGER NOT NULL
);

CREATE TABLE messages (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    role            TEXT    NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
    content         TEXT    NOT NULL DEFAULT '',
    reasoning       TEXT    NOT NULL DEFAULT '',
    model           TEXT,
    state           TEXT    NOT NULL DEFAULT 'complete', -- complete | streaming | interrupted
    notice          TEXT,                                -- the sentence shown when it went wrong
    created_at      INTEGER NOT NULL
);
CREATE INDEX messages_by_conversation ON messages(conversation_id, id);

CREATE VIRTUAL TABLE messages_fts USING fts5(content, content='messages', content_rowid='id');
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
    INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
END;

-- One row per request, whatever its end. No foreign key to conversations:
-- the ledger outlives the chats it paid for.
CREATE TABLE usage_ledger (
    id                INTEGER PRIMARY KEY,
    started_at        INTEGER NOT NULL,  -- ms since the epoch, UTC
    provider          TEXT    NOT NULL,
    model_requested   TEXT    NOT NULL,
    model_served      TEXT,
    upstream_provider TEXT,
    prompt_tokens     INTEGER,           -- every input token, cached ones included
    completion_tokens INTEGER,           -- every output token, reasoning included
    reasoning_tokens  INTEGER,
    cached_tokens     INTEGER,
    cost_pico         INTEGER,           -- cost = cost_pico * 1e-12 + cost_subpico * 1e-24 USD,
    cost_subpico      INTEGER,           -- exact (0 <= cost_subpico < 1e12); both NULL when unknown
    cost_source       TEXT    NOT NULL DEFAULT 'unknown'
                      CHECK (cost_source IN ('reported', 'computed', 'local', 'unknown')),
    ttft_ms           INTEGER,
    duration_ms       INTEGER NOT NULL DEFAULT 0,
    status            TEXT    NOT NULL CHECK (status IN ('done', 'error', 'cancelled', 'timeout', 'truncated')),
    error_kind        TEXT,
    http_status       INTEGER,
    generation_id     TEXT,
    conversation_id   INTEGER
);
CREATE INDEX usage_ledger_by_time ON usage_ledger(started_at);
