-- A streaming answer is saved four times a second; indexing its whole text each time made
-- every save cost more as the answer grew. The full-text index now holds a message once it
-- is no longer streaming: what the index holds for a row is always its text at the moment it
-- stopped streaming (or was written), so 'delete' is given exactly what was indexed.
DROP TRIGGER messages_fts_insert;
DROP TRIGGER messages_fts_delete;
DROP TRIGGER messages_fts_update;
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages WHEN new.state <> 'streaming' BEGIN
    INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages WHEN old.state <> 'streaming' BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
END;
-- One trigger, so the old text leaves the index before the new text enters it.
CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, state ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, content) SELECT 'delete', old.id, old.content WHERE old.state <> 'streaming';
    INSERT INTO messages_fts(rowid, content) SELECT new.id, new.content WHERE new.state <> 'streaming';
END;
-- Rows left streaming by the old triggers were indexed with their text at each save: take
-- them out the way they went in, so the index and the rule above agree.
INSERT INTO messages_fts(messages_fts, rowid, content)
    SELECT 'delete', id, content FROM messages WHERE state = 'streaming';
