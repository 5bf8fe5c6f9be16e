-- A request is recorded from the moment it is sent: its row is written as 'pending'
-- before the first byte goes out and completed in place at the end. A row still
-- pending when its process is gone (kill -9, power loss) becomes 'interrupted' at the
-- next start. SQLite cannot change a CHECK constraint, so the table is rebuilt.
CREATE TABLE usage_ledger_v4 (
    id                 INTEGER PRIMARY KEY,
    started_at         INTEGER NOT NULL,  -- ms since the epoch, UTC
    provider           TEXT    NOT NULL,
    model_requested    TEXT    NOT NULL,
    model_served       TEXT,
    upstream_provider  TEXT,
    prompt_tokens      INTEGER,           -- every input token, cached ones included
    completion_tokens  INTEGER,           -- every output token, reasoning included
    reasoning_tokens   INTEGER,
    cached_tokens      INTEGER,
    cost_pico          INTEGER,           -- cost = cost_pico * 1e-12 + cost_subpico * 1e-24 USD,
    cost_subpico       INTEGER,           -- exact (0 <= cost_subpico < 1e12); both NULL when unknown
    cost_source        TEXT    NOT NULL DEFAULT 'unknown'
                       CHECK (cost_source IN ('reported', 'computed', 'local', 'unknown')),
    ttft_ms            INTEGER,
    duration_ms        INTEGER NOT NULL DEFAULT 0,
    status             TEXT    NOT NULL CHECK (status IN ('pending', 'done', 'error', 'cancelled', 'timeout',
                                                          'truncated', 'interrupted')),
    error_kind         TEXT,
    http_status        INTEGER,
    generation_id      TEXT,
    conversation_id    INTEGER,
    cache_write_tokens INTEGER,
    owner_pid          INTEGER            -- the process of a pending row; NULL once it ends
);

INSERT INTO usage_ledger_v4(id, started_at, provider, model_requested, model_served, upstream_provider,
                            prompt_tokens, completion_tokens, reasoning_tokens, cached_tokens, cost_pico,
                            cost_subpico, cost_source, ttft_ms, duration_ms, status, error_kind, http_status,
                            generation_id, conversation_id, cache_write_tokens)
SELECT id, started_at, provider, model_requested, model_served, upstream_provider, prompt_tokens,
       completion_tokens, reasoning_tokens, cached_tokens, cost_pico, cost_subpico, cost_source, ttft_ms,
       duration_ms, status, error_kind, http_status, generation_id, conversation_id, cache_write_tokens
FROM usage_ledger;

DROP TABLE usage_ledger;
ALTER TABLE usage_ledger_v4 RENAME TO usage_ledger;
CREATE INDEX usage_ledger_by_time ON usage_ledger(started_at);
CREATE INDEX usage_ledger_by_model ON usage_ledger(provider, model_served, started_at);
CREATE INDEX usage_ledger_pending ON usage_ledger(status) WHERE status = 'pending';

CREATE TRIGGER usage_rollup_insert AFTER INSERT ON usage_ledger BEGIN
    INSERT INTO usage_rollup(day, provider, model, requests, failed, prompt_tokens, completion_tokens,
                             reasoning_tokens, cached_tokens, cost_pico, cost_subpico, unknown_cost,
                             reported, computed, local)
    VALUES (date(new.started_at / 1000, 'unixepoch', 'localtime'), new.provider,
            COALESCE(new.model_served, new.model_requested), 1, new.status <> 'done',
            COALESCE(new.prompt_tokens, 0), COALESCE(new.completion_tokens, 0),
            COALESCE(new.reasoning_tokens, 0), COALESCE(new.cached_tokens, 0),
            COALESCE(new.cost_pico, 0), COALESCE(new.cost_subpico, 0), new.cost_pico IS NULL,
            new.cost_source = 'reported', new.cost_source = 'computed', new.cost_source = 'local')
    ON CONFLICT(day, model, provider) DO UPDATE SET
        requests = requests + 1,
        failed = failed + excluded.failed,
        prompt_tokens = prompt_tokens + excluded.prompt_tokens,
        completion_tokens = completion_tokens + excluded.completion_tokens,
        reasoning_tokens = reasoning_tokens + excluded.reasoning_tokens,
        cached_tokens = cached_tokens + excluded.cached_tokens,
        cost_pico = cost_pico + excluded.cost_pico,
        cost_subpico = cost_subpico + excluded.cost_subpico,
        unknown_cost = unknown_cost + excluded.unknown_cost,
        reported = reported + excluded.reported,
        computed = computed + excluded.computed,
        local = local + excluded.local;
END;

-- Completing a row moves its share of the rollup: the old values out of the old
-- key (the model that served may only be known at the end), the new ones in.
-- Only columns the rollup reads fire it; a heartbeat of duration_ms does not.
CREATE TRIGGER usage_rollup_update AFTER UPDATE OF started_at, provider, model_requested, model_served,
        prompt_tokens, completion_tokens, reasoning_tokens, cached_tokens, cost_pico, cost_subpico,
        cost_source, status ON usage_ledger BEGIN
    UPDATE usage_rollup SET
        requests = requests - 1,
        failed = failed - (old.status <> 'done'),
        prompt_tokens = prompt_tokens - COALESCE(old.prompt_tokens, 0),
        completion_tokens = completion_tokens - COALESCE(old.completion_tokens, 0),
        reasoning_tokens = reasoning_tokens - COALESCE(old.reasoning_tokens, 0),
        cached_tokens = cached_tokens - COALESCE(old.cached_tokens, 0),
        cost_pico = cost_pico - COALESCE(old.cost_pico, 0),
        cost_subpico = cost_subpico - COALESCE(old.cost_subpico, 0),
        unknown_cost = unknown_cost - (old.cost_pico IS NULL),
        reported = reported - (old.cost_source = 'reported'),
        computed = computed - (old.cost_source = 'computed'),
        local = local - (old.cost_source = 'local')
    WHERE day = date(old.started_at / 1000, 'unixepoch', 'localtime') AND provider = old.provider
      AND model = COALESCE(old.model_served, old.model_requested);
    DELETE FROM usage_rollup
    WHERE day = date(old.started_at / 1000, 'unixepoch', 'localtime') AND provider = old.provider
      AND model = COALESCE(old.model_served, old.model_requested) AND requests = 0;
    INSERT INTO usage_rollup(day, provider, model, requests, failed, prompt_tokens, completion_tokens,
                             reasoning_tokens, cached_tokens, cost_pico, cost_subpico, unknown_cost,
                             reported, computed, local)
    VALUES (date(new.started_at / 1000, 'unixepoch', 'localtime'), new.provider,
            COALESCE(new.model_served, new.model_requested), 1, new.status <> 'done',
            COALESCE(new.prompt_tokens, 0), COALESCE(new.completion_tokens, 0),
            COALESCE(new.reasoning_tokens, 0), COALESCE(new.cached_tokens, 0),
            COALESCE(new.cost_pico, 0), COALESCE(new.cost_subpico, 0), new.cost_pico IS NULL,
            new.cost_source = 'reported', new.cost_source = 'computed', new.cost_source = 'local')
    ON CONFLICT(day, model, provider) DO UPDATE SET
        requests = requests + 1,
        failed = failed + excluded.failed,
        prompt_tokens = prompt_tokens + excluded.prompt_tokens,
        completion_tokens = completion_tokens + excluded.completion_tokens,
        reasoning_tokens = reasoning_tokens + excluded.reasoning_tokens,
        cached_tokens = cached_tokens + excluded.cached_tokens,
        cost_pico = cost_pico + excluded.cost_pico,
        cost_subpico = cost_subpico + excluded.cost_subpico,
        unknown_cost = unknown_cost + excluded.unknown_cost,
        reported = reported + excluded.reported,
        computed = computed + excluded.computed,
        local = local + excluded.local;
END;
