-- V4 adds contact.last_interaction, which its triggers keep; a contact without interactions gets one
-- here so that every column holds a value for the upgrade test.
UPDATE contact SET last_interaction = '2026-01-01' WHERE last_interaction IS NULL;
