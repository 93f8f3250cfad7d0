-- Tend's first schema: the whole domain of DESIGN.md, so later features add behaviour, not churn.
-- Dates are ISO-8601 text (YYYY-MM-DD), instants are ISO-8601 UTC text; both sort as text.

CREATE TABLE event (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    city        TEXT,
    country     TEXT,
    start_date  TEXT,
    end_date    TEXT,
    notes       TEXT,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX event_start ON event (start_date);

CREATE TABLE import_batch (
    id             INTEGER PRIMARY KEY,
    source         TEXT    NOT NULL,             -- file names, or "sample"
    format         TEXT    NOT NULL,             -- vcard, csv-linkedin, qr, ocr, json, ...
    started_at     TEXT    NOT NULL,
    finished_at    TEXT,
    event_id       INTEGER REFERENCES event (id) ON DELETE SET NULL,
    imported_count INTEGER NOT NULL DEFAULT 0,
    merged_count   INTEGER NOT NULL DEFAULT 0,
    skipped_count  INTEGER NOT NULL DEFAULT 0,
    rejected_count INTEGER NOT NULL DEFAULT 0,
    undone_at      TEXT
);

CREATE TABLE contact (
    id               INTEGER PRIMARY KEY,
    given_name       TEXT,
    family_name      TEXT,
    full_name        TEXT    NOT NULL,
    -- lower-case, accent-folded "family given" so the list sorts as people expect
    sort_name        TEXT    NOT NULL,
    name_prefix      TEXT,                      -- Dr., Prof., Dipl.-Ing.
    organisation     TEXT,
    department       TEXT,
    title            TEXT,
    birthday         TEXT,
    notes            TEXT,
    circle           TEXT    NOT NULL DEFAULT 'NONE'
                     CHECK (circle IN ('INNER', 'CLOSE', 'REGULAR', 'LOOSE', 'NONE')),
    how_met          TEXT    NOT NULL DEFAULT 'UNKNOWN'
                     CHECK (how_met IN ('IN_PERSON', 'ONLINE', 'INTRODUCTION', 'UNKNOWN')),
    met_at_event_id  INTEGER REFERENCES event (id) ON DELETE SET NULL,
    introduced_by_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    first_met        TEXT,
    archived         INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    import_batch_id  INTEGER REFERENCES import_batch (id) ON DELETE SET NULL,
    uid              TEXT    NOT NULL UNIQUE,   -- stable id for vCard/iCalendar export
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
CREATE INDEX contact_list ON contact (archived, sort_name, id);
CREATE INDEX contact_circle ON contact (circle, archived);
CREATE INDEX contact_event ON contact (met_at_event_id);
CREATE INDEX contact_batch ON contact (import_batch_id);

CREATE TABLE contact_email (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    address    TEXT    NOT NULL,                -- lower-case
    label      TEXT,
    position   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_email_contact ON contact_email (contact_id, position);
CREATE INDEX contact_email_address ON contact_email (address);

CREATE TABLE contact_phone (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    raw        TEXT    NOT NULL,                -- as the user or the card wrote it
    e164       TEXT,                            -- NULL when libphonenumber could not parse it
    label      TEXT,
    position   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_phone_contact ON contact_phone (contact_id, position);
CREATE INDEX contact_phone_e164 ON contact_phone (e164);

CREATE TABLE contact_address (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    label       TEXT,
    street      TEXT,
    postal_code TEXT,
    city        TEXT,
    region      TEXT,
    country     TEXT,
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_address_contact ON contact_address (contact_id, position);

CREATE TABLE contact_url (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    url        TEXT    NOT NULL,
    kind       TEXT    NOT NULL DEFAULT 'WEBSITE'
               CHECK (kind IN ('WEBSITE', 'LINKEDIN', 'XING', 'TWITTER', 'MASTODON', 'GITHUB', 'OTHER')),
    position   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_url_contact ON contact_url (contact_id, position);
CREATE INDEX contact_url_url ON contact_url (url);

CREATE TABLE contact_photo (
    contact_id INTEGER PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
    mime_type  TEXT    NOT NULL,
    data       BLOB    NOT NULL,
    source     TEXT                             -- vcard, card-photo, user
);

CREATE TABLE tag (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE contact_tag (
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX contact_tag_tag ON contact_tag (tag_id, contact_id);

CREATE TABLE interaction (
    id          INTEGER PRIMARY KEY,
    occurred_on TEXT    NOT NULL,
    channel     TEXT    NOT NULL
                CHECK (channel IN ('IN_PERSON', 'CALL', 'VIDEO', 'EMAIL', 'MESSAGE', 'SOCIAL')),
    event_id    INTEGER REFERENCES event (id) ON DELETE SET NULL,
    summary     TEXT,
    created_at  TEXT    NOT NULL
);
CREATE INDEX interaction_date ON interaction (occurred_on);
CREATE INDEX interaction_event ON interaction (event_id);

-- An interaction has one or many participants: a dinner with five people is one entry.
CREATE TABLE interaction_participant (
    interaction_id INTEGER NOT NULL REFERENCES interaction (id) ON DELETE CASCADE,
    contact_id     INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX interaction_participant_contact ON interaction_participant (contact_id, interaction_id);

-- One entry of the give/take ledger.
CREATE TABLE exchange (
    id              INTEGER PRIMARY KEY,
    contact_id      INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    interaction_id  INTEGER REFERENCES interaction (id) ON DELETE SET NULL,
    occurred_on     TEXT    NOT NULL,
    direction       TEXT    NOT NULL CHECK (direction IN ('GAVE', 'RECEIVED')),
    kind            TEXT    NOT NULL
                    CHECK (kind IN ('INTRODUCTION', 'ADVICE', 'REFERRAL', 'RECOMMENDATION',
                                    'INFORMATION', 'FAVOUR', 'GIFT', 'JOB_LEAD', 'OTHER')),
    weight          INTEGER NOT NULL DEFAULT 1 CHECK (weight BETWEEN 1 AND 3),
    description     TEXT,
    status          TEXT    NOT NULL DEFAULT 'DONE'
                    CHECK (status IN ('PROMISED', 'DONE', 'DECLINED')),
    declined_reason TEXT,
    due_on          TEXT,                       -- for promises
    thanked         INTEGER NOT NULL DEFAULT 0 CHECK (thanked IN (0, 1)),
    thanked_on      TEXT,
    made_good_on    TEXT,                       -- a declined person was helped later
    created_at      TEXT    NOT NULL
);
CREATE INDEX exchange_contact ON exchange (contact_id, occurred_on);
CREATE INDEX exchange_open ON exchange (status, direction, thanked);

CREATE TABLE follow_up (
    id            INTEGER PRIMARY KEY,
    contact_id    INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    reason        TEXT    NOT NULL
                  CHECK (reason IN ('CADENCE', 'AFTER_EVENT', 'THANK_YOU', 'DECLINED_REQUEST',
                                    'PROMISE', 'BIRTHDAY', 'CUSTOM')),
    due_on        TEXT    NOT NULL,
    note          TEXT,
    exchange_id   INTEGER REFERENCES exchange (id) ON DELETE CASCADE,
    event_id      INTEGER REFERENCES event (id) ON DELETE CASCADE,
    snoozed_until TEXT,
    done_on       TEXT,
    created_at    TEXT    NOT NULL
);
CREATE INDEX follow_up_open ON follow_up (done_on, due_on);
CREATE INDEX follow_up_contact ON follow_up (contact_id);

-- What an import added or changed, so "undo import" can restore exactly that.
CREATE TABLE import_change (
    id              INTEGER PRIMARY KEY,
    import_batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    contact_id      INTEGER,                    -- no FK: the contact may be gone after undo
    action          TEXT    NOT NULL CHECK (action IN ('ADDED', 'MERGED')),
    before_json     TEXT                        -- the stored contact before a merge
);
CREATE INDEX import_change_batch ON import_change (import_batch_id);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Full-text search over names, organisation, title, emails and notes.
-- unicode61 with remove_diacritics 2 folds accents ("muller" finds "Müller"); German
-- transliterations, and letters unicode61 does not fold (ı ø ł æ œ đ), are indexed beside the
-- names ("mueller" finds "Müller", "yilmaz" finds "Yılmaz"); prefix indexes make
-- search-as-you-type cheap ("mul" finds it).
-- state holds "archived" for archived contacts (empty otherwise), so the list's archive filter and
-- its row count are answered by the index alone, without visiting contact rows: with 100,000
-- contacts a one-letter prefix matches tens of thousands of them. Users' words are matched
-- against the other columns only (FtsQuery).
CREATE VIRTUAL TABLE contact_fts USING fts5 (
    name, organisation, title, emails, notes, state,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE VIEW contact_fts_source AS
SELECT c.id AS id,
       trim(coalesce(c.full_name, '') || ' ' || coalesce(c.given_name, '') || ' ' ||
            coalesce(c.family_name, '') || ' ' ||
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(c.full_name),
                'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'), 'Ä', 'ae'),
                'Ö', 'oe'), 'Ü', 'ue'), 'ı', 'i'), 'İ', 'i'), 'ø', 'o'),
                'Ø', 'o'), 'ł', 'l'), 'Ł', 'l'), 'æ', 'ae'), 'Æ', 'ae'),
                'œ', 'oe'), 'Œ', 'oe'), 'đ', 'd'), 'Đ', 'd'))
           AS name,
       trim(coalesce(c.organisation, '') || ' ' || coalesce(c.department, '') || ' ' ||
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(coalesce(c.organisation, '')),
                'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'), 'Ä', 'ae'),
                'Ö', 'oe'), 'Ü', 'ue'), 'ı', 'i'), 'İ', 'i'), 'ø', 'o'),
                'Ø', 'o'), 'ł', 'l'), 'Ł', 'l'), 'æ', 'ae'), 'Æ', 'ae'),
                'œ', 'oe'), 'Œ', 'oe'), 'đ', 'd'), 'Đ', 'd'))
           AS organisation,
       coalesce(c.title, '') AS title,
       coalesce((SELECT group_concat(e.address, ' ') FROM contact_email e WHERE e.contact_id = c.id), '')
           AS emails,
       coalesce(c.notes, '') AS notes,
       CASE c.archived WHEN 1 THEN 'archived' ELSE '' END AS state
FROM contact c;

CREATE TRIGGER contact_fts_ai AFTER INSERT ON contact BEGIN
    INSERT INTO contact_fts (rowid, name, organisation, title, emails, notes, state)
    SELECT id, name, organisation, title, emails, notes, state FROM contact_fts_source WHERE id = new.id;
END;

CREATE TRIGGER contact_fts_au AFTER UPDATE OF full_name, given_name, family_name, organisation,
    department, title, notes, archived ON contact BEGIN
    DELETE FROM contact_fts WHERE rowid = old.id;
    INSERT INTO contact_fts (rowid, name, organisation, title, emails, notes, state)
    SELECT id, name, organisation, title, emails, notes, state FROM contact_fts_source WHERE id = new.id;
END;

CREATE TRIGGER contact_fts_ad AFTER DELETE ON contact BEGIN
    DELETE FROM contact_fts WHERE rowid = old.id;
END;

CREATE TRIGGER contact_email_fts_ai AFTER INSERT ON contact_email BEGIN
    DELETE FROM contact_fts WHERE rowid = new.contact_id;
    INSERT INTO contact_fts (rowid, name, organisation, title, emails, notes, state)
    SELECT id, name, organisation, title, emails, notes, state FROM contact_fts_source WHERE id = new.contact_id;
END;

CREATE TRIGGER contact_email_fts_au AFTER UPDATE ON contact_email BEGIN
    DELETE FROM contact_fts WHERE rowid IN (old.contact_id, new.contact_id);
    INSERT INTO contact_fts (rowid, name, organisation, title, emails, notes, state)
    SELECT id, name, organisation, title, emails, notes, state FROM contact_fts_source
    WHERE id IN (old.contact_id, new.contact_id);
END;

CREATE TRIGGER contact_email_fts_ad AFTER DELETE ON contact_email BEGIN
    DELETE FROM contact_fts WHERE rowid = old.contact_id;
    INSERT INTO contact_fts (rowid, name, organisation, title, emails, notes, state)
    SELECT id, name, organisation, title, emails, notes, state FROM contact_fts_source WHERE id = old.contact_id;
END;
