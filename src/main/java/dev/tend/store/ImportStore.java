package dev.tend.store;

import static dev.tend.store.Jdbc.instant;
import static dev.tend.store.Jdbc.nullableLong;
import static dev.tend.store.Jdbc.setInstant;
import static dev.tend.store.Jdbc.setLong;
import static dev.tend.store.Jdbc.setText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Import batches and their changes (what "undo import" restores), and the stored values imports
 * are matched against.
 */
public final class ImportStore {
    /** A stored value and the contact it belongs to: an email, an E.164 number, a profile address. */
    public record ValueRow(long contactId, String value) {
    }

    /** A stored contact's name and organisation, for the similar-name rule. */
    public record NameRow(long contactId, String fullName, String givenName, String familyName, String organisation) {
    }

    /** An import_batch row. */
    public record Batch(long id, String source, String format, Instant startedAt, Instant finishedAt, Long eventId,
                        int imported, int merged, int skipped, int rejected, Instant undoneAt) {
    }

    /** An import_change row: ADDED or MERGED (with the contact as it was before, as JSON). */
    public record Change(long contactId, String action, String beforeJson) {
    }

    public List<ValueRow> emails(Connection c) throws SQLException {
        return values(c, "SELECT contact_id, address FROM contact_email ORDER BY contact_id, position");
    }

    public List<ValueRow> phones(Connection c) throws SQLException {
        return values(c, "SELECT contact_id, e164 FROM contact_phone WHERE e164 IS NOT NULL ORDER BY contact_id, position");
    }

    public List<ValueRow> profileUrls(Connection c) throws SQLException {
        return values(c, """
                SELECT contact_id, url FROM contact_url WHERE kind IN ('LINKEDIN', 'XING')
                ORDER BY contact_id, position""");
    }

    public List<NameRow> namesWithOrganisation(Connection c) throws SQLException {
        List<NameRow> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT id, full_name, given_name, family_name, organisation FROM contact
                WHERE organisation IS NOT NULL ORDER BY id""")) {
            while (rs.next()) {
                rows.add(new NameRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        return rows;
    }

    private static List<ValueRow> values(Connection c, String sql) throws SQLException {
        List<ValueRow> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(new ValueRow(rs.getLong(1), rs.getString(2)));
            }
        }
        return rows;
    }

    /** The newest event of this name (case-insensitive), if any. */
    public Optional<Long> eventIdByName(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM event WHERE name = ? COLLATE NOCASE ORDER BY start_date DESC, id DESC LIMIT 1")) {
            ps.setString(1, name.strip());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    public long insertBatch(Connection c, String source, String format, Instant started, Instant finished,
                            Long eventId, int imported, int merged, int skipped, int rejected) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO import_batch (source, format, started_at, finished_at, event_id, imported_count,
                    merged_count, skipped_count, rejected_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, source);
            ps.setString(2, format);
            setInstant(ps, 3, started);
            setInstant(ps, 4, finished);
            setLong(ps, 5, eventId);
            ps.setInt(6, imported);
            ps.setInt(7, merged);
            ps.setInt(8, skipped);
            ps.setInt(9, rejected);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Writes the batch's row before its contacts, with no counts yet, so its change rows can be
     * written in batches as the import goes; {@link #finishBatch} adds the counts.
     */
    public long startBatch(Connection c, String source, String format, Instant started, Long eventId)
            throws SQLException {
        return insertBatch(c, source, format, started, null, eventId, 0, 0, 0, 0);
    }

    public void finishBatch(Connection c, long batchId, Instant finished, int imported, int merged, int skipped,
                            int rejected) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE import_batch SET finished_at = ?, imported_count = ?, merged_count = ?, skipped_count = ?,
                    rejected_count = ? WHERE id = ?""")) {
            setInstant(ps, 1, finished);
            ps.setInt(2, imported);
            ps.setInt(3, merged);
            ps.setInt(4, skipped);
            ps.setInt(5, rejected);
            ps.setLong(6, batchId);
            ps.executeUpdate();
        }
    }

    /** Writes a batch's change rows in JDBC batches as they come, instead of collecting them all first. */
    public ChangeWriter changeWriter(Connection c, long batchId) throws SQLException {
        return new ChangeWriter(c, batchId);
    }

    /** See {@link #changeWriter}. */
    public static final class ChangeWriter implements AutoCloseable {
        private static final int FLUSH_ROWS = 2_000;
        private final PreparedStatement ps;
        private final long batchId;
        private int pending;

        private ChangeWriter(Connection c, long batchId) throws SQLException {
            this.batchId = batchId;
            this.ps = c.prepareStatement(
                    "INSERT INTO import_change (import_batch_id, contact_id, action, before_json) VALUES (?, ?, ?, ?)");
        }

        public void add(Change change) throws SQLException {
            ps.setLong(1, batchId);
            ps.setLong(2, change.contactId());
            ps.setString(3, change.action());
            setText(ps, 4, change.beforeJson());
            ps.addBatch();
            if (++pending >= FLUSH_ROWS) {
                flush();
            }
        }

        public void flush() throws SQLException {
            if (pending > 0) {
                ps.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                ps.close();
            }
        }
    }

    public void insertChanges(Connection c, long batchId, List<Change> changes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO import_change (import_batch_id, contact_id, action, before_json) VALUES (?, ?, ?, ?)")) {
            for (Change ch : changes) {
                ps.setLong(1, batchId);
                ps.setLong(2, ch.contactId());
                ps.setString(3, ch.action());
                setText(ps, 4, ch.beforeJson());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Marks the contacts as added by the batch (contact.import_batch_id). */
    public void markAdded(Connection c, long batchId, Collection<Long> contactIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE contact SET import_batch_id = ? WHERE id = ?")) {
            for (long id : contactIds) {
                ps.setLong(1, batchId);
                ps.setLong(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public Optional<Batch> batch(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM import_batch WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(batch(rs)) : Optional.empty();
            }
        }
    }

    /** Every batch, newest first. */
    public List<Batch> batches(Connection c) throws SQLException {
        List<Batch> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM import_batch ORDER BY id DESC")) {
            while (rs.next()) {
                rows.add(batch(rs));
            }
        }
        return rows;
    }

    private static Batch batch(ResultSet rs) throws SQLException {
        return new Batch(rs.getLong("id"), rs.getString("source"), rs.getString("format"),
                instant(rs, "started_at"), instant(rs, "finished_at"), nullableLong(rs, "event_id"),
                rs.getInt("imported_count"), rs.getInt("merged_count"), rs.getInt("skipped_count"),
                rs.getInt("rejected_count"), instant(rs, "undone_at"));
    }

    public List<Change> changes(Connection c, long batchId) throws SQLException {
        List<Change> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT contact_id, action, before_json FROM import_change WHERE import_batch_id = ? ORDER BY id")) {
            ps.setLong(1, batchId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Change(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return rows;
    }

    public void markUndone(Connection c, long batchId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE import_batch SET undone_at = ? WHERE id = ?")) {
            setInstant(ps, 1, now);
            ps.setLong(2, batchId);
            ps.executeUpdate();
        }
    }

    /** Restores a contact's updated_at (update() stamps the time of the write). */
    public void setUpdatedAt(Connection c, long contactId, Instant updatedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE contact SET updated_at = ? WHERE id = ?")) {
            setInstant(ps, 1, updatedAt);
            ps.setLong(2, contactId);
            ps.executeUpdate();
        }
    }

    /** Removes tags no contact carries any more, as removing a tag does. */
    public void deleteUnusedTags(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM tag WHERE id NOT IN (SELECT tag_id FROM contact_tag)");
        }
    }
}
