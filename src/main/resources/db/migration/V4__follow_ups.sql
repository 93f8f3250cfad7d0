-- The follow-up planner (docs/reminders.md, decision 0018).
--
-- follow_up (V1) holds two kinds of rows: follow-ups the user set by hand (reason CUSTOM, with
-- their own snooze and done dates), and the state of items the planner computes from the ledger
-- (thanks owed, promises, post-fair notes, ...): a row of that reason for the contact and the
-- exchange or event behind the item, with the item's due date, says it was done or is snoozed.
-- Computed items are not stored otherwise: they follow the ledger as it changes.

-- A computed item's state: found by contact, reason and due date.
CREATE INDEX follow_up_state ON follow_up (contact_id, reason, due_on);

-- The cadence asks, per contact in a circle, "when was the last interaction?". Through
-- interaction_participant that is one index seek per contact, 100,000 of them; kept here by the
-- triggers below, the question is answered by reading the contact rows of the circles in one
-- indexed pass. Post-fair notes ask "any interaction since the event ended?" the same way.
ALTER TABLE contact ADD COLUMN last_interaction TEXT;

UPDATE contact SET last_interaction =
    (SELECT max(p.occurred_on) FROM interaction_participant p WHERE p.contact_id = contact.id);

-- A new participant row usually carries its date (or gets it from V2's copy trigger, an update).
CREATE TRIGGER contact_last_interaction_ai AFTER INSERT ON interaction_participant
WHEN new.occurred_on IS NOT NULL BEGIN
    UPDATE contact SET last_interaction = new.occurred_on
    WHERE id = new.contact_id AND (last_interaction IS NULL OR last_interaction < new.occurred_on);
END;

-- A date moved, or a row moved to another contact: the latest may now be an older one.
CREATE TRIGGER contact_last_interaction_au AFTER UPDATE OF occurred_on, contact_id ON interaction_participant BEGIN
    UPDATE contact SET last_interaction =
        (SELECT max(p.occurred_on) FROM interaction_participant p WHERE p.contact_id = contact.id)
    WHERE id IN (old.contact_id, new.contact_id);
END;

CREATE TRIGGER contact_last_interaction_ad AFTER DELETE ON interaction_participant BEGIN
    UPDATE contact SET last_interaction =
        (SELECT max(p.occurred_on) FROM interaction_participant p WHERE p.contact_id = contact.id)
    WHERE id = old.contact_id;
END;

-- Cadence: active contacts of a circle with the dates the rule needs, covering.
CREATE INDEX contact_cadence ON contact (circle, archived, last_interaction, first_met, created_at);

-- Birthdays in a week: by month and day, whatever the year.
CREATE INDEX contact_birthday ON contact (substr(birthday, 6)) WHERE birthday IS NOT NULL;

-- Promises the user made, by due date.
CREATE INDEX exchange_promised ON exchange (status, direction, due_on, contact_id);
