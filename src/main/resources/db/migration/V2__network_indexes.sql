-- The network checks (docs/network-checks.md) over 100,000 contacts, 1,000,000 interactions and
-- 300,000 exchanges in well under 300 ms, and a contact's timeline in date order from an index.
--
-- Dormant and online-only ask, per contact, "any interaction in this date range?" and "any
-- in-person interaction up to this date?". The date and channel live on interaction, while the
-- contact lives on interaction_participant: answering through the join visits every interaction
-- of every contact (millions of row look-ups). So each participant row carries a copy of its
-- interaction's date and channel, kept in step by the triggers below, and one index answers
-- both questions with a single seek per contact. Writers need not know: a participant row
-- inserted without them gets them from its interaction.

ALTER TABLE interaction_participant ADD COLUMN occurred_on TEXT;
ALTER TABLE interaction_participant ADD COLUMN channel TEXT;

UPDATE interaction_participant
SET occurred_on = (SELECT i.occurred_on FROM interaction i WHERE i.id = interaction_participant.interaction_id),
    channel     = (SELECT i.channel FROM interaction i WHERE i.id = interaction_participant.interaction_id);

CREATE TRIGGER interaction_participant_copy_ai AFTER INSERT ON interaction_participant
WHEN new.occurred_on IS NULL OR new.channel IS NULL BEGIN
    UPDATE interaction_participant
    SET occurred_on = (SELECT i.occurred_on FROM interaction i WHERE i.id = new.interaction_id),
        channel     = (SELECT i.channel FROM interaction i WHERE i.id = new.interaction_id)
    WHERE interaction_id = new.interaction_id AND contact_id = new.contact_id;
END;

CREATE TRIGGER interaction_participant_copy_au AFTER UPDATE OF interaction_id ON interaction_participant BEGIN
    UPDATE interaction_participant
    SET occurred_on = (SELECT i.occurred_on FROM interaction i WHERE i.id = new.interaction_id),
        channel     = (SELECT i.channel FROM interaction i WHERE i.id = new.interaction_id)
    WHERE interaction_id = new.interaction_id AND contact_id = new.contact_id;
END;

CREATE TRIGGER interaction_copy_au AFTER UPDATE OF occurred_on, channel ON interaction BEGIN
    UPDATE interaction_participant SET occurred_on = new.occurred_on, channel = new.channel
    WHERE interaction_id = new.id;
END;

-- A contact's interactions newest first (timeline, dormant: last interaction up to a date).
CREATE INDEX interaction_participant_date ON interaction_participant (contact_id, occurred_on);
-- A contact's interactions of one channel up to a date (online only: never met in person).
CREATE INDEX interaction_participant_channel ON interaction_participant (contact_id, channel, occurred_on);

-- Net takers, overall balance, monthly give/take: done exchanges by contact, covering.
CREATE INDEX exchange_done ON exchange (status, contact_id, occurred_on, direction, weight);
-- Thanks owed and declined requests: open received/declined exchanges by contact, covering.
DROP INDEX exchange_open;
CREATE INDEX exchange_open ON exchange (status, direction, thanked, contact_id, occurred_on, made_good_on);
-- "Made good by a later gave-done exchange": one seek per declined request.
CREATE INDEX exchange_contact_kind ON exchange (contact_id, direction, status, occurred_on);
-- Online only: the contacts met online, without reading every contact row.
CREATE INDEX contact_how_met ON contact (how_met, archived);
-- Monthly give/take: done exchanges by date, covering.
CREATE INDEX exchange_done_date ON exchange (status, occurred_on, direction, weight);
