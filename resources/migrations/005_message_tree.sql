-- Messages form a tree: an edit or a regeneration is a sibling of what it replaces, and
-- nothing is lost. What is sent is the path from the root to a message. Conversations
-- remember the leaf in view (the branch) and the request behind each answer.
-- parent_id is NULL for a first message; ledger_id is the usage_ledger row of the request
-- that wrote an answer.
ALTER TABLE messages ADD COLUMN parent_id INTEGER;
ALTER TABLE messages ADD COLUMN ledger_id INTEGER;
ALTER TABLE conversations ADD COLUMN current_leaf INTEGER;

-- Every existing conversation becomes one branch, in the order its messages were written.
UPDATE messages SET parent_id = (
    SELECT MAX(p.id) FROM messages p WHERE p.conversation_id = messages.conversation_id AND p.id < messages.id);
UPDATE conversations SET current_leaf = (SELECT MAX(id) FROM messages WHERE conversation_id = conversations.id);
CREATE INDEX messages_by_parent ON messages(conversation_id, parent_id, id);

-- The request behind an answer, found from the answer (the footer) and from the ledger (the log).
CREATE INDEX usage_ledger_by_conversation ON usage_ledger(conversation_id, started_at) WHERE conversation_id IS NOT NULL;
-- An answer's row is the conversation's first one begun after the answer was written and
-- before the next message was (a request that never started, a missing key, has none).
UPDATE messages SET ledger_id = (
    SELECT l.id FROM usage_ledger l
    WHERE l.conversation_id = messages.conversation_id AND l.started_at >= messages.created_at
      AND l.started_at < COALESCE((SELECT MIN(n.created_at) FROM messages n
                                   WHERE n.conversation_id = messages.conversation_id AND n.id > messages.id),
                                  9223372036854775807)
    ORDER BY l.started_at, l.id LIMIT 1)
WHERE role = 'assistant';

-- Titles are searchable too.
CREATE VIRTUAL TABLE conversations_fts USING fts5(title, content='conversations', content_rowid='id');
INSERT INTO conversations_fts(rowid, title) SELECT id, title FROM conversations;
CREATE TRIGGER conversations_fts_insert AFTER INSERT ON conversations BEGIN
    INSERT INTO conversations_fts(rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER conversations_fts_delete AFTER DELETE ON conversations BEGIN
    INSERT INTO conversations_fts(conversations_fts, rowid, title) VALUES ('delete', old.id, old.title);
END;
CREATE TRIGGER conversations_fts_update AFTER UPDATE OF title ON conversations BEGIN
    INSERT INTO conversations_fts(conversations_fts, rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO conversations_fts(rowid, title) VALUES (new.id, new.title);
END;
