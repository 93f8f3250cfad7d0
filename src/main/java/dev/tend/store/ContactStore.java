package dev.tend.store;

import static dev.tend.store.Jdbc.date;
import static dev.tend.store.Jdbc.instant;
import static dev.tend.store.Jdbc.nullableLong;
import static dev.tend.store.Jdbc.placeholders;
import static dev.tend.store.Jdbc.setDate;
import static dev.tend.store.Jdbc.setInstant;
import static dev.tend.store.Jdbc.setLong;
import static dev.tend.store.Jdbc.setText;

import dev.tend.domain.Circle;
import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.domain.ContactSummary;
import dev.tend.domain.Email;
import dev.tend.domain.HowMet;
import dev.tend.domain.Phone;
import dev.tend.domain.Photo;
import dev.tend.domain.PostalAddress;
import dev.tend.domain.Text;
import dev.tend.domain.UrlKind;
import dev.tend.domain.WebLink;
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
 * Contacts and their child rows in SQLite. Every method runs on a connection the caller got from
 * {@link Database}, so a service decides what forms one transaction.
 */
public final class ContactStore {
    /** bm25 column weights: a match in the name counts most, in the notes least, the archive state not at all. */
    private static final String RANK = "bm25(contact_fts, 10.0, 5.0, 2.0, 3.0, 1.0, 0.0)";

    /** Above this many full-text hits the list is ordered by name instead of rank; see {@link #orderedIds}. */
    static final int RANKED_MAX_HITS = 5_000;

    public long insert(Connection c, Contact contact, String uid, Instant now) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO contact (given_name, family_name, full_name, sort_name, name_prefix, organisation,
                    department, title, birthday, notes, circle, how_met, met_at_event_id, first_met, archived,
                    uid, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            int i = bindFields(ps, contact);
            setText(ps, i++, uid);
            setInstant(ps, i++, now);
            setInstant(ps, i, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        insertChildren(c, id, contact);
        return id;
    }

    public void update(Connection c, Contact contact, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE contact SET given_name = ?, family_name = ?, full_name = ?, sort_name = ?, name_prefix = ?,
                    organisation = ?, department = ?, title = ?, birthday = ?, notes = ?, circle = ?, how_met = ?,
                    met_at_event_id = ?, first_met = ?, archived = ?, updated_at = ?
                WHERE id = ?""")) {
            int i = bindFields(ps, contact);
            setInstant(ps, i++, now);
            ps.setLong(i, contact.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("No contact with id " + contact.id());
            }
        }
        for (String table : List.of("contact_email", "contact_phone", "contact_address", "contact_url", "contact_tag")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE contact_id = ?")) {
                ps.setLong(1, contact.id());
                ps.executeUpdate();
            }
        }
        insertChildren(c, contact.id(), contact);
    }

    static int bindFields(PreparedStatement ps, Contact contact) throws SQLException {
        int i = 1;
        setText(ps, i++, contact.givenName());
        setText(ps, i++, contact.familyName());
        setText(ps, i++, contact.displayName());
        setText(ps, i++, sortName(contact));
        setText(ps, i++, contact.namePrefix());
        setText(ps, i++, contact.organisation());
        setText(ps, i++, contact.department());
        setText(ps, i++, contact.title());
        setDate(ps, i++, contact.birthday());
        setText(ps, i++, contact.notes());
        setText(ps, i++, contact.circle().name());
        setText(ps, i++, contact.howMet().name());
        setLong(ps, i++, contact.metAtEventId());
        setDate(ps, i++, contact.firstMet());
        ps.setInt(i++, contact.archived() ? 1 : 0);
        return i;
    }

    /** Family name first, folded, so "Müller, Anna" sorts beside "Muller" as people expect. */
    static String sortName(Contact contact) {
        String key = contact.familyName() != null
                ? Text.join(" ", contact.familyName(), contact.givenName())
                : contact.displayName();
        return Text.fold(key);
    }

    static void insertChildren(Connection c, long id, Contact contact) throws SQLException {
        try (ContactRows rows = new ContactRows(c)) {
            rows.add(id, contact);
            rows.flush();
        }
    }

    /**
     * An inserter for many contacts in the caller's transaction (an import): statements are
     * prepared once and rows go in JDBC batches. Ids are given out here, from the highest stored
     * one up, as SQLite would, so contact rows can be batched too; that is safe because the caller
     * holds the write lock (Database.transaction begins IMMEDIATE).
     *
     * @param importBatchId the import_batch the contacts are recorded as added by, or null
     */
    public Inserter inserter(Connection c, Long importBatchId) throws SQLException {
        return new Inserter(c, importBatchId);
    }

    /** See {@link #inserter}. Rows are written every {@link #FLUSH_ROWS} rows and on {@link #flush()}/close. */
    public static final class Inserter implements AutoCloseable {
        static final int FLUSH_ROWS = 2_000;
        private final PreparedStatement contact;
        private final ContactRows rows;
        private final Long importBatchId;
        private long nextId;
        private int pendingContacts;

        private Inserter(Connection c, Long importBatchId) throws SQLException {
            this.importBatchId = importBatchId;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM contact")) {
                rs.next();
                nextId = rs.getLong(1) + 1;
            }
            contact = c.prepareStatement("""
                    INSERT INTO contact (given_name, family_name, full_name, sort_name, name_prefix, organisation,
                        department, title, birthday, notes, circle, how_met, met_at_event_id, first_met, archived,
                        uid, created_at, updated_at, import_batch_id, id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            rows = new ContactRows(c);
        }

        /** Queues the contact and its rows; returns the id it will have. */
        public long insert(Contact c, String uid, Instant now) throws SQLException {
            long id = nextId++;
            int i = bindFields(contact, c);
            setText(contact, i++, uid);
            setInstant(contact, i++, now);
            setInstant(contact, i++, now);
            setLong(contact, i++, importBatchId);
            contact.setLong(i, id);
            contact.addBatch();
            pendingContacts++;
            rows.add(id, c);
            flushIfFull();
            return id;
        }

        /** Queues the photo of a contact queued before. */
        public void photo(long contactId, Photo photo, String source) throws SQLException {
            rows.photo(contactId, photo, source);
            flushIfFull();
        }

        private void flushIfFull() throws SQLException {
            if (pendingContacts + rows.pending() >= FLUSH_ROWS) {
                flush();
            }
        }

        /** Writes what is queued: the contacts first, as their rows refer to them. */
        public void flush() throws SQLException {
            if (pendingContacts > 0) {
                contact.executeBatch();
                pendingContacts = 0;
            }
            rows.flush();
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                try {
                    rows.close();
                } finally {
                    contact.close();
                }
            }
        }
    }

    /**
     * Stops the full-text triggers for the rest of the transaction (V3__import_speed.sql); the
     * import then calls {@link #indexImport} in the same transaction.
     */
    public void deferIndex(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO contact_fts_deferred (id) VALUES (1)");
        }
    }

    /**
     * Writes the full-text entry of every contact the import batch added or merged into (its
     * import_change rows), once each, and restarts the triggers stopped by {@link #deferIndex}.
     */
    public void indexImport(Connection c, long importBatchId) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM contact_fts_deferred");
        }
        String ids = "SELECT contact_id FROM import_change WHERE import_batch_id = ?";
        for (String sql : List.of("DELETE FROM contact_fts WHERE rowid IN (" + ids + ")", """
                INSERT INTO contact_fts (rowid, name, organisation, title, emails, notes, state)
                SELECT id, name, organisation, title, emails, notes, state FROM contact_fts_source
                WHERE id IN (""" + ids + ")")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, importBatchId);
                ps.executeUpdate();
            }
        }
    }

    public Optional<Contact> find(Connection c, long id) throws SQLException {
        Contact.Builder b;
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM contact WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                b = Contact.builder()
                        .id(rs.getLong("id"))
                        .givenName(rs.getString("given_name"))
                        .familyName(rs.getString("family_name"))
                        .fullName(rs.getString("full_name"))
                        .namePrefix(rs.getString("name_prefix"))
                        .organisation(rs.getString("organisation"))
                        .department(rs.getString("department"))
                        .title(rs.getString("title"))
                        .birthday(date(rs, "birthday"))
                        .notes(rs.getString("notes"))
                        .circle(Circle.valueOf(rs.getString("circle")))
                        .howMet(HowMet.valueOf(rs.getString("how_met")))
                        .metAtEventId(nullableLong(rs, "met_at_event_id"))
                        .firstMet(date(rs, "first_met"))
                        .archived(rs.getInt("archived") == 1)
                        .uid(rs.getString("uid"))
                        .createdAt(instant(rs, "created_at"))
                        .updatedAt(instant(rs, "updated_at"));
            }
        }
        List<Email> emails = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT address, label FROM contact_email WHERE contact_id = ? ORDER BY position")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    emails.add(new Email(rs.getString(1), rs.getString(2)));
                }
            }
        }
        List<Phone> phones = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT raw, e164, label FROM contact_phone WHERE contact_id = ? ORDER BY position")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    phones.add(new Phone(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        List<PostalAddress> addresses = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT label, street, postal_code, city, region, country FROM contact_address
                WHERE contact_id = ? ORDER BY position""")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    addresses.add(new PostalAddress(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        }
        List<WebLink> urls = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT url, kind FROM contact_url WHERE contact_id = ? ORDER BY position")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    urls.add(new WebLink(rs.getString(1), UrlKind.valueOf(rs.getString(2))));
                }
            }
        }
        return Optional.of(b.emails(emails).phones(phones).addresses(addresses).urls(urls)
                .tags(tagsOf(c, id)).build());
    }

    public List<String> tagsOf(Connection c, long id) throws SQLException {
        List<String> tags = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
                WHERE ct.contact_id = ? ORDER BY t.name COLLATE NOCASE""")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tags.add(rs.getString(1));
                }
            }
        }
        return tags;
    }

    public boolean exists(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM contact WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Deletes the contacts and, through cascades and triggers, every row and index entry of theirs. */
    public int delete(Connection c, Collection<Long> ids) throws SQLException {
        int n = updateIds(c, "DELETE FROM contact WHERE id IN (%s)", ids);
        // The cascade removes them from interactions; one with nobody left in it was theirs alone.
        // Interactions shared with others stay for the others.
        try (Statement s = c.createStatement()) {
            s.executeUpdate("""
                    DELETE FROM interaction WHERE NOT EXISTS
                        (SELECT 1 FROM interaction_participant p WHERE p.interaction_id = interaction.id)""");
        }
        return n;
    }

    public int setArchived(Connection c, Collection<Long> ids, boolean archived, Instant now) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE contact SET archived = ?, updated_at = ? WHERE id = ? AND archived <> ?")) {
            for (long id : ids) {
                ps.setInt(1, archived ? 1 : 0);
                setInstant(ps, 2, now);
                ps.setLong(3, id);
                ps.setInt(4, archived ? 1 : 0);
                n += ps.executeUpdate();
            }
        }
        return n;
    }

    public int setCircle(Connection c, Collection<Long> ids, Circle circle, Instant now) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE contact SET circle = ?, updated_at = ? WHERE id = ?")) {
            for (long id : ids) {
                ps.setString(1, circle.name());
                setInstant(ps, 2, now);
                ps.setLong(3, id);
                n += ps.executeUpdate();
            }
        }
        return n;
    }

    /** Tags the contacts, creating the tag if new; returns how many contacts newly got it. */
    public int addTag(Connection c, Collection<Long> ids, String tag) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        long tagId = tagId(c, tag);
        int n = 0;
        // A contact deleted meanwhile (by another window or the command line) is skipped, as the
        // other bulk actions skip it, instead of failing the whole selection on its foreign key.
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) SELECT id, ? FROM contact WHERE id = ?")) {
            for (long id : ids) {
                ps.setLong(1, tagId);
                ps.setLong(2, id);
                n += ps.executeUpdate();
            }
        }
        return n;
    }

    public int removeTag(Connection c, Collection<Long> ids, String tag) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                DELETE FROM contact_tag WHERE contact_id = ?
                AND tag_id = (SELECT id FROM tag WHERE name = ? COLLATE NOCASE)""")) {
            for (long id : ids) {
                ps.setLong(1, id);
                ps.setString(2, tag);
                n += ps.executeUpdate();
            }
        }
        // Tags nobody carries any more would only clutter the filter list.
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM tag WHERE id NOT IN (SELECT tag_id FROM contact_tag)");
        }
        return n;
    }

    private long tagId(Connection c, String tag) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO tag (name) VALUES (?)")) {
            ps.setString(1, tag.strip());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM tag WHERE name = ? COLLATE NOCASE")) {
            ps.setString(1, tag.strip());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** All tags with how many active contacts carry each, by name. */
    public List<TagCount> tags(Connection c) throws SQLException {
        List<TagCount> tags = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT t.name, count(ct.contact_id) FROM tag t
                LEFT JOIN contact_tag ct ON ct.tag_id = t.id
                GROUP BY t.id ORDER BY t.name COLLATE NOCASE""")) {
            while (rs.next()) {
                tags.add(new TagCount(rs.getString(1), rs.getInt(2)));
            }
        }
        return tags;
    }

    /** A tag and how many contacts carry it. */
    public record TagCount(String name, int count) {
    }

    /**
     * One page of the list: the page's ids are found and ordered first, from the index and the
     * narrow columns only; the shown columns and the primary e-mail are read for those rows alone.
     */
    public List<ContactSummary> search(Connection c, ContactQuery q, int offset, int limit) throws SQLException {
        List<Object> args = new ArrayList<>();
        String sql = """
                SELECT c.id, c.full_name, c.organisation, c.title, c.circle, c.archived,
                       (SELECT e.address FROM contact_email e WHERE e.contact_id = c.id ORDER BY e.position LIMIT 1)
                FROM (%s LIMIT ? OFFSET ?) page
                JOIN contact c ON c.id = page.id
                ORDER BY page.r, page.s, page.id""".formatted(orderedIds(c, q, args));
        args.add(limit);
        args.add(offset);
        List<ContactSummary> rows = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new ContactSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(7), Circle.valueOf(rs.getString(5)), rs.getInt(6) == 1));
            }
        }
        return rows;
    }

    public int count(Connection c, ContactQuery q) throws SQLException {
        String match = FtsQuery.forContacts(q.text(), q.archived());
        List<Object> args = new ArrayList<>();
        String sql;
        if (match != null && q.tag() == null && q.eventId() == null && q.circle() == null) {
            // Text and archive state only: the index knows both, no contact row needs a visit.
            return ftsHits(c, match, Integer.MAX_VALUE);
        } else if (match != null) {
            args.add(match);
            sql = "SELECT count(*) FROM contact c JOIN contact_fts ON contact_fts.rowid = c.id AND contact_fts MATCH ?"
                    + where(args, q, null);
        } else {
            sql = "SELECT count(*) FROM contact c" + where(args, q, null);
        }
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The ids the query selects, in list order: "select all" for bulk actions. */
    public List<Long> ids(Connection c, ContactQuery q) throws SQLException {
        List<Object> args = new ArrayList<>();
        String sql = orderedIds(c, q, args);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /**
     * The list's order as {@code SELECT id, r, s ... ORDER BY r, s, id} (r: rank, s: sort name):
     * by bm25 rank for a text query, by name otherwise. A text query with more than
     * {@link #RANKED_MAX_HITS} hits is also listed by name: bm25 must score every hit (about a
     * microsecond each), and a prefix that matches that many contacts, typically one or two
     * letters, carries little signal to rank by. Its rows are then found by walking the name index
     * and checking each against the set of hits, which stops as soon as the page is full.
     */
    private static String orderedIds(Connection c, ContactQuery q, List<Object> args) throws SQLException {
        String match = FtsQuery.forContacts(q.text(), q.archived());
        if (match == null) {
            return "SELECT c.id AS id, 0 AS r, c.sort_name AS s FROM contact c" + where(args, q, null)
                    + " ORDER BY c.sort_name, c.id";
        }
        if (ftsHits(c, match, RANKED_MAX_HITS + 1) > RANKED_MAX_HITS) {
            // The unary + keeps the planner from looking up each hit by id and sorting them all.
            return "SELECT c.id AS id, 0 AS r, c.sort_name AS s FROM contact c"
                    + where(args, q, "+c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)", match)
                    + " ORDER BY c.sort_name, c.id";
        }
        args.add(match);
        return "SELECT c.id AS id, " + RANK + " AS r, c.sort_name AS s FROM contact c"
                + " JOIN contact_fts ON contact_fts.rowid = c.id AND contact_fts MATCH ?" + where(args, q, null)
                + " ORDER BY r, c.sort_name, c.id";
    }

    /** How many contacts the full-text match (words and archive state) selects, counting up to max. */
    private static int ftsHits(Connection c, String match, int max) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM (SELECT 1 FROM contact_fts WHERE contact_fts MATCH ? LIMIT ?)")) {
            ps.setString(1, match);
            ps.setInt(2, max);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * The WHERE clause of the list's filters other than text, led by {@code first} (a condition with
     * its arguments, or null); the arguments are appended to args in placeholder order.
     */
    private static String where(List<Object> args, ContactQuery q, String first, Object... firstArgs) {
        StringBuilder sql = new StringBuilder(" WHERE ");
        if (first != null) {
            sql.append(first).append(" AND ");
            args.addAll(List.of(firstArgs));
        }
        switch (q.archived()) {
            case ACTIVE -> sql.append("c.archived = 0");
            case ARCHIVED -> sql.append("c.archived = 1");
            case ALL -> sql.append("c.archived IN (0, 1)");
        }
        if (q.tag() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
                    + " WHERE ct.contact_id = c.id AND t.name = ? COLLATE NOCASE)");
            args.add(q.tag());
        }
        if (q.eventId() != null) {
            sql.append(" AND c.met_at_event_id = ?");
            args.add(q.eventId());
        }
        if (q.circle() != null) {
            sql.append(" AND c.circle = ?");
            args.add(q.circle().name());
        }
        return sql.toString();
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
        return ps;
    }

    public Optional<Photo> photo(Connection c, long contactId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT mime_type, data FROM contact_photo WHERE contact_id = ?")) {
            ps.setLong(1, contactId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Photo(rs.getString(1), rs.getBytes(2))) : Optional.empty();
            }
        }
    }

    public void setPhoto(Connection c, long contactId, Photo photo, String source) throws SQLException {
        if (photo == null) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM contact_photo WHERE contact_id = ?")) {
                ps.setLong(1, contactId);
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO contact_photo (contact_id, mime_type, data, source) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, contactId);
            ps.setString(2, photo.mimeType());
            ps.setBytes(3, photo.data());
            setText(ps, 4, source);
            ps.executeUpdate();
        }
    }

    private static int updateIds(Connection c, String sqlTemplate, Collection<Long> ids) throws SQLException {
        int n = 0;
        List<Long> list = List.copyOf(ids);
        // SQLite caps bound parameters; chunks keep bulk actions on thousands of contacts safe.
        for (int from = 0; from < list.size(); from += 500) {
            List<Long> chunk = list.subList(from, Math.min(list.size(), from + 500));
            try (PreparedStatement ps = c.prepareStatement(String.format(sqlTemplate, placeholders(chunk.size())))) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setLong(i + 1, chunk.get(i));
                }
                n += ps.executeUpdate();
            }
        }
        return n;
    }

    /** Ids of the contacts with this email address (stored lower-case), lowest first. */
    public List<Long> idsByEmail(Connection c, String address) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT contact_id FROM contact_email WHERE address = ? ORDER BY contact_id")) {
            ps.setString(1, address.strip().toLowerCase(java.util.Locale.ROOT));
            List<Long> ids = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }
}
