-- Written at schema version 2: participant rows that carry their interaction's date and channel.
INSERT INTO interaction (id, occurred_on, channel, event_id, summary, created_at) VALUES
 (3, '2025-09-09', 'CALL', NULL, 'Rückruf wegen Q4', '2025-09-09T15:00:00Z');
INSERT INTO interaction_participant (interaction_id, contact_id, occurred_on, channel) VALUES (3, 1, '2025-09-09', 'CALL');
