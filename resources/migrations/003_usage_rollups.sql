-- Aggregates per local day x provider x model, kept by a trigger in the same
-- transaction as each ledger insert, so the dashboard never scans the ledger.
-- The ledger stays the truth; the rollup is rebuilt from it when the local time
-- zone changes (see meta.rollup_time_zone) and by this migration.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE usage_rollup (
    day               TEXT    NOT NULL,  -- local day, YYYY-MM-DD
    provider          TEXT    NOT NULL,
    model             TEXT    NOT NULL,  -- the model that served, else the one asked for
    requests          INTEGER NOT NULL DEFAULT 0,
    failed            INTEGER NOT NULL DEFAULT 0,
    prompt_tokens     INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    reasoning_tokens  INTEGER NOT NULL DEFAULT 0,
    cached_tokens     INTEGER NOT NULL DEFAULT 0,
    cost_pico         INTEGER NOT NULL DEFAULT 0,
    cost_subpico      INTEGER NOT NULL DEFAULT 0,
    unknown_cost      INTEGER NOT NULL DEFAULT 0,
    reported          INTEGER NOT NULL DEFAULT 0,
    computed          INTEGER NOT NULL DEFAULT 0,
    local             INTEGER NOT NULL DEFAULT 0,
    -- day, model first: the stacked chart groups by (day, model) while scanning, no sort
    PRIMARY KEY (day, model, provider)
) WITHOUT ROWID;

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

CREATE INDEX usage_ledger_by_model ON usage_ledger(provider, model_served, started_at);
