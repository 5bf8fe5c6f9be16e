-- OpenRouter depth: the routing a request asked for, the base URL it went to, the compare
-- run it belongs to, and the generation lookups still due for requests that ended without
-- a reported cost.
-- The request's OpenRouter routing as JSON: {"models": [...], "provider": {...}} (NULL: none).
ALTER TABLE usage_ledger ADD COLUMN routing TEXT;
-- The base URL the request was sent to (NULL: the provider's configured one at the time).
ALTER TABLE usage_ledger ADD COLUMN base_url TEXT;
-- Requests sent together by one compare run share this id (NULL: not a compare).
ALTER TABLE usage_ledger ADD COLUMN compare_group TEXT;
CREATE INDEX usage_ledger_by_compare ON usage_ledger(compare_group, started_at) WHERE compare_group IS NOT NULL;

-- A request that ended without a reported cost but with a generation id is looked up at
-- GET {base_url}/generation?id= until it is found or given up. The row goes when the lookup
-- settles (found, or given up at give_up_at).
CREATE TABLE generation_lookups (
    ledger_id      INTEGER PRIMARY KEY,
    generation_id  TEXT    NOT NULL,
    provider       TEXT    NOT NULL,
    base_url       TEXT    NOT NULL,
    due_at         INTEGER NOT NULL,  -- ms since the epoch, UTC: the next attempt
    attempts       INTEGER NOT NULL DEFAULT 0,
    give_up_at     INTEGER NOT NULL,  -- ms since the epoch, UTC
    last_error     TEXT
);
CREATE INDEX generation_lookups_by_due ON generation_lookups(due_at);

-- Catalog depth: when a model was published (seconds since the epoch, as OpenRouter's
-- "created") and its description, for the model card and the "newest" sort.
ALTER TABLE model_catalog ADD COLUMN created_at INTEGER;
ALTER TABLE model_catalog ADD COLUMN description TEXT;
