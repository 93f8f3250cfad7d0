-- Import speed (docs/performance.md, decision 0019): while an import stores its new contacts,
-- the full-text index is not maintained row by row. Without this, every contact row and every
-- email row of an import rebuilds the contact's index entry (a delete and an insert through the
-- contact_fts_source view, whose prefix indexes make each one costly). Instead the import puts a
-- row into contact_fts_deferred at the start of its transaction, the triggers below skip while
-- one exists, and the import writes each touched contact's index entry once at the end and
-- removes the row, all in the same transaction: a crash or rollback cannot leave the marker
-- behind, and no other connection ever sees it (SQLite has one writer).
-- Deleting a contact always removes its entry: the marker only defers writing entries.

CREATE TABLE contact_fts_deferred (
    id INTEGER PRIMARY KEY CHECK (id = 1)
);

DROP TRIGGER contact_fts_ai;
DROP TRIGGER contact_fts_au;
DROP TRIGGER contact_email_fts_ai;
DROP TRIGGER contact_email_fts_au;
DROP TRIGGER contact_email_fts_ad;

CREATE TRIGGER contact_fts_ai AFTER INSERT ON contact
WHEN NOT EXISTS (SELECT 1 FROM contact_fts_deferred) BEGIN
    INSERT INTO contact_fts (rowid, name, organisation, title, emails, notes, state)
    SELECT id, name, organisation, title, emails, notes, state FROM contact_fts_source WHERE id = new.id;
END;

CREATE TRIGGER contact_fts_au AFTER UPDATE OF full_name, given_name, family_name, organisation,
    department, title, notes, archived ON contact
WHEN NOT EXISTS (SELECT 1 FROM contact_fts_deferred) BEGIN
    DELETE FROM contact_fts WHERE rowid = old.id;
    INSERT INTO contact_fts (rowid, name, organisation, title, emails, notes, state)
    SELECT id, name, organisation, title, emails, notes, state FROM contact_fts_source WHERE id = new.id;
END;

CREATE TRIGGER contact_email_fts_ai AFTER INSERT ON contact_email
WHEN NOT EXISTS (SELECT 1 FROM contact_fts_deferred) BEGIN
    DELETE FROM contact_fts WHERE rowid = new.contact_id;
    INSERT INTO contact_fts (rowid, name, organisation, title, emails, notes, state)
    SELECT id, name, organisation, title, emails, notes, state FROM contact_fts_source WHERE id = new.contact_id;
END;

CREATE TRIGGER contact_email_fts_au AFTER UPDATE ON contact_email
WHEN NOT EXISTS (SELECT 1 FROM contact_fts_deferred) BEGIN
    DELETE FROM contact_fts WHERE rowid IN (old.contact_id, new.contact_id);
    INSERT INTO contact_fts (rowid, name, organisation, title, emails, notes, state)
    SELECT id, name, organisation, title, emails, notes, state FROM contact_fts_source
    WHERE id IN (old.contact_id, new.contact_id);
END;

CREATE TRIGGER contact_email_fts_ad AFTER DELETE ON contact_email
WHEN NOT EXISTS (SELECT 1 FROM contact_fts_deferred) BEGIN
    DELETE FROM contact_fts WHERE rowid = old.contact_id;
    INSERT INTO contact_fts (rowid, name, organisation, title, emails, notes, state)
    SELECT id, name, organisation, title, emails, notes, state FROM contact_fts_source WHERE id = old.contact_id;
END;
