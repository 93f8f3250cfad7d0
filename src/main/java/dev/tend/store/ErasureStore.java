package dev.tend.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Removes every row about one contact: the contact (its emails, phones, addresses, links, photo,
 * tags, participations, exchanges and follow-ups go with it through ON DELETE CASCADE, its search
 * entry through the delete trigger), interactions in which they were the only participant, the
 * import records that hold a copy of them, and tags nobody else has.
 */
public final class ErasureStore {

    /** What was removed besides the contact itself. */
    public record Erased(int interactions, int importRecords, int tags) {
    }

    public Erased erase(Connection c, long contactId) throws SQLException {
        int interactions = update(c, """
                DELETE FROM interaction WHERE id IN (
                    SELECT p.interaction_id FROM interaction_participant p WHERE p.contact_id = ?1
                    AND NOT EXISTS (SELECT 1 FROM interaction_participant o
                                    WHERE o.interaction_id = p.interaction_id AND o.contact_id <> ?1))""", contactId);
        // import_change has no foreign key (undo must outlive the contact), and a merge record
        // holds the contact as it was, as JSON.
        int importRecords = update(c, "DELETE FROM import_change WHERE contact_id = ?1", contactId);
        try (PreparedStatement ps = c.prepareStatement("""
                CREATE TEMP TABLE IF NOT EXISTS erased_tag (id INTEGER PRIMARY KEY)""")) {
            ps.execute();
        }
        update(c, "INSERT OR IGNORE INTO temp.erased_tag SELECT tag_id FROM contact_tag WHERE contact_id = ?1", contactId);
        int deleted = update(c, "DELETE FROM contact WHERE id = ?1", contactId);
        if (deleted != 1) {
            throw new SQLException("No contact with id " + contactId);
        }
        int tags;
        try (Statement s = c.createStatement()) {
            tags = s.executeUpdate("DELETE FROM tag WHERE id IN (SELECT id FROM temp.erased_tag) "
                    + "AND NOT EXISTS (SELECT 1 FROM contact_tag ct WHERE ct.tag_id = tag.id)");
            s.executeUpdate("DELETE FROM temp.erased_tag");
        }
        return new Erased(interactions, importRecords, tags);
    }

    /**
     * Rewrites the search index into one segment, so that index pages holding the erased
     * contact's words are freed (and, with secure_delete, overwritten).
     */
    public void optimizeSearchIndex(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO contact_fts (contact_fts) VALUES ('optimize')");
        }
    }

    private static int update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            return ps.executeUpdate();
        }
    }
}
