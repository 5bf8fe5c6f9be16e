-- Tokens written to a prompt cache (Anthropic bills them apart); part of prompt_tokens.
ALTER TABLE usage_ledger ADD COLUMN cache_write_tokens INTEGER;

-- Each provider's model list as last fetched. Prices are USD per token as exact
-- decimal text (NULL when unknown), never floats.
CREATE TABLE model_catalog (
    provider             TEXT    NOT NULL,
    id                   TEXT    NOT NULL,
    name                 TEXT,
    context_length       INTEGER,
    prompt_price         TEXT,
    completion_price     TEXT,
    cache_read_price     TEXT,
    cache_write_price    TEXT,
    input_modalities     TEXT,
    supported_parameters TEXT,
    PRIMARY KEY (provider, id)
);

CREATE TABLE catalog_fetches (
    provider   TEXT    PRIMARY KEY,
    base_url   TEXT    NOT NULL,
    fetched_at INTEGER NOT NULL  -- ms since the epoch, UTC
);
