-- A database as Tend wrote it at schema version 1: every table and every column holds a value
-- (and some rows hold NULLs), with the text a real network has (umlauts, Turkish, emoji, quotes).
INSERT INTO event (id, name, city, country, start_date, end_date, notes, created_at, updated_at) VALUES
 (1, 'Hannover Messe 2025', 'Hannover', 'DE', '2025-03-31', '2025-04-04', 'Halle 9, Stand „B12“', '2025-03-01T08:00:00Z', '2025-04-05T18:30:00Z'),
 (2, 'Meetup ohne Datum', NULL, NULL, NULL, NULL, NULL, '2025-05-01T08:00:00Z', '2025-05-01T08:00:00Z');
INSERT INTO import_batch (id, source, format, started_at, finished_at, event_id, imported_count, merged_count, skipped_count, rejected_count, undone_at) VALUES
 (1, 'messe.vcf', 'vcard', '2025-04-06T09:00:00Z', '2025-04-06T09:00:02Z', 1, 2, 1, 0, 1, NULL),
 (2, 'linkedin.csv', 'csv-linkedin', '2025-05-02T10:00:00Z', '2025-05-02T10:00:01Z', NULL, 0, 0, 3, 0, '2025-05-03T10:00:00Z');
INSERT INTO contact (id, given_name, family_name, full_name, sort_name, name_prefix, organisation, department, title, birthday, notes, circle, how_met, met_at_event_id, introduced_by_id, first_met, archived, import_batch_id, uid, created_at, updated_at) VALUES
 (1, 'Jürgen', 'Müller', 'Jürgen Müller', 'muller jurgen', 'Dr.-Ing.', 'Müller & Söhne GmbH', 'Einkauf', 'Leiter Einkauf', '1970-02-28', 'Mag Rotwein; "nicht vor 9 Uhr" anrufen 🍷', 'INNER', 'IN_PERSON', 1, NULL, '2025-04-01', 0, 1, '7f1c0a52-1111-4a5b-9c3d-000000000001', '2025-04-06T09:00:01Z', '2025-06-01T12:00:00Z'),
 (2, 'Ayşe', 'Yılmaz', 'Ayşe Yılmaz', 'yilmaz ayse', NULL, 'Istanbul Tekstil', NULL, 'CEO', NULL, NULL, 'CLOSE', 'INTRODUCTION', NULL, 1, '2025-04-10', 0, NULL, '7f1c0a52-1111-4a5b-9c3d-000000000002', '2025-04-10T09:00:00Z', '2025-04-10T09:00:00Z'),
 (3, NULL, NULL, 'Nur Firma', 'nur firma', NULL, NULL, NULL, NULL, NULL, NULL, 'NONE', 'UNKNOWN', NULL, NULL, NULL, 1, NULL, '7f1c0a52-1111-4a5b-9c3d-000000000003', '2025-04-11T09:00:00Z', '2025-04-12T09:00:00Z');
INSERT INTO contact_email (id, contact_id, address, label, position) VALUES
 (1, 1, 'j.mueller@mueller-soehne.de', 'work', 0),
 (2, 1, 'juergen@example.org', NULL, 1),
 (3, 2, 'ayse@tekstil.com.tr', 'work', 0);
INSERT INTO contact_phone (id, contact_id, raw, e164, label, position) VALUES
 (1, 1, '0511 123456', '+49511123456', 'work', 0),
 (2, 2, '+90 212 555 0101', '+902125550101', 'cell', 0),
 (3, 2, 'ext. 42', NULL, NULL, 1);
INSERT INTO contact_address (id, contact_id, label, street, postal_code, city, region, country, position) VALUES
 (1, 1, 'work', 'Königstraße 1', '30159', 'Hannover', 'Niedersachsen', 'DE', 0),
 (2, 2, NULL, NULL, NULL, 'İstanbul', NULL, 'TR', 0);
INSERT INTO contact_url (id, contact_id, url, kind, position) VALUES
 (1, 1, 'https://www.linkedin.com/in/juergen-mueller', 'LINKEDIN', 0),
 (2, 2, 'https://tekstil.example.com.tr', 'WEBSITE', 0);
INSERT INTO contact_photo (contact_id, mime_type, data, source) VALUES
 (1, 'image/png', X'89504E470D0A1A0A0000000D4948445200000001000000010806000000', 'vcard'),
 (2, 'image/jpeg', X'FFD8FFE000104A464946', NULL);
INSERT INTO tag (id, name) VALUES (1, 'Kunde'), (2, 'Messe 2025'), (3, 'ungenutzt');
INSERT INTO contact_tag (contact_id, tag_id) VALUES (1, 1), (1, 2), (2, 2);
INSERT INTO interaction (id, occurred_on, channel, event_id, summary, created_at) VALUES
 (1, '2025-04-01', 'IN_PERSON', 1, 'Am Stand: Angebot für Q3 besprochen', '2025-04-01T17:00:00Z'),
 (2, '2025-05-15', 'VIDEO', NULL, NULL, '2025-05-15T10:00:00Z');
INSERT INTO interaction_participant (interaction_id, contact_id) VALUES (1, 1), (1, 2), (2, 2);
INSERT INTO exchange (id, contact_id, interaction_id, occurred_on, direction, kind, weight, description, status, declined_reason, due_on, thanked, thanked_on, made_good_on, created_at) VALUES
 (1, 1, 1, '2025-04-01', 'RECEIVED', 'INTRODUCTION', 3, 'Kontakt zu Ayşe', 'DONE', NULL, NULL, 1, '2025-04-02', NULL, '2025-04-01T17:00:00Z'),
 (2, 2, NULL, '2025-05-15', 'GAVE', 'ADVICE', 1, NULL, 'PROMISED', NULL, '2025-06-01', 0, NULL, NULL, '2025-05-15T10:00:00Z'),
 (3, 2, 2, '2025-05-15', 'RECEIVED', 'JOB_LEAD', 2, 'Stelle in Izmir', 'DECLINED', 'keine Zeit', NULL, 0, NULL, '2025-06-10', '2025-05-15T10:00:00Z');
INSERT INTO follow_up (id, contact_id, reason, due_on, note, exchange_id, event_id, snoozed_until, done_on, created_at) VALUES
 (1, 1, 'THANK_YOU', '2025-04-03', 'Danke für die Vorstellung', 1, 1, '2025-04-05', '2025-04-06', '2025-04-01T17:00:00Z'),
 (2, 2, 'CADENCE', '2025-08-15', NULL, NULL, NULL, NULL, NULL, '2025-05-15T10:00:00Z');
INSERT INTO import_change (id, import_batch_id, contact_id, action, before_json) VALUES
 (1, 1, 1, 'ADDED', NULL),
 (2, 1, 2, 'MERGED', '{"id":2,"fullName":"Ayşe Yılmaz","emails":[]}');
INSERT INTO setting (key, value) VALUES ('ui.language', 'de'), ('ui.window', '10.0,20.0,1200.0,780.0,false');
