package dev.tend.store;

import static dev.tend.store.Jdbc.setText;

import dev.tend.domain.Contact;
import dev.tend.domain.Email;
import dev.tend.domain.Phone;
import dev.tend.domain.Photo;
import dev.tend.domain.PostalAddress;
import dev.tend.domain.WebLink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A contact's child rows (emails, phones, addresses, web addresses, tags, photo) added to JDBC
 * batches on statements prepared once, when first needed. Preparing is the costly part: each
 * statement on a table with full-text triggers compiles those triggers too, so an import that
 * prepared them per contact spent more time preparing than inserting.
 * The contacts must exist before {@link #flush()} (foreign keys are checked per row).
 */
final class ContactRows implements AutoCloseable {
    private final Connection c;
    private final List<PreparedStatement> open = new ArrayList<>();
    private final Map<String, Long> tagIds = new HashMap<>();
    private PreparedStatement email;
    private PreparedStatement phone;
    private PreparedStatement address;
    private PreparedStatement url;
    private PreparedStatement tag;
    private PreparedStatement photo;
    private int pending;

    ContactRows(Connection c) {
        this.c = c;
    }

    /** Rows waiting in the batches. */
    int pending() {
        return pending;
    }

    void add(long id, Contact contact) throws SQLException {
        int pos = 0;
        for (Email e : contact.emails()) {
            email = prepared(email, "INSERT INTO contact_email (contact_id, address, label, position) VALUES (?, ?, ?, ?)");
            email.setLong(1, id);
            email.setString(2, e.address());
            setText(email, 3, e.label());
            email.setInt(4, pos++);
            queue(email);
        }
        pos = 0;
        for (Phone p : contact.phones()) {
            phone = prepared(phone,
                    "INSERT INTO contact_phone (contact_id, raw, e164, label, position) VALUES (?, ?, ?, ?, ?)");
            phone.setLong(1, id);
            phone.setString(2, p.raw());
            setText(phone, 3, p.e164());
            setText(phone, 4, p.label());
            phone.setInt(5, pos++);
            queue(phone);
        }
        pos = 0;
        for (PostalAddress a : contact.addresses()) {
            address = prepared(address, """
                    INSERT INTO contact_address (contact_id, label, street, postal_code, city, region, country, position)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
            address.setLong(1, id);
            setText(address, 2, a.label());
            setText(address, 3, a.street());
            setText(address, 4, a.postalCode());
            setText(address, 5, a.city());
            setText(address, 6, a.region());
            setText(address, 7, a.country());
            address.setInt(8, pos++);
            queue(address);
        }
        pos = 0;
        for (WebLink u : contact.urls()) {
            url = prepared(url, "INSERT INTO contact_url (contact_id, url, kind, position) VALUES (?, ?, ?, ?)");
            url.setLong(1, id);
            url.setString(2, u.url());
            url.setString(3, u.kind().name());
            url.setInt(4, pos++);
            queue(url);
        }
        for (String name : contact.tags()) {
            tag = prepared(tag, "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)");
            tag.setLong(1, id);
            tag.setLong(2, tagId(name));
            queue(tag);
        }
    }

    void photo(long id, Photo p, String source) throws SQLException {
        photo = prepared(photo,
                "INSERT OR REPLACE INTO contact_photo (contact_id, mime_type, data, source) VALUES (?, ?, ?, ?)");
        photo.setLong(1, id);
        photo.setString(2, p.mimeType());
        photo.setBytes(3, p.data());
        setText(photo, 4, source);
        queue(photo);
    }

    void flush() throws SQLException {
        for (PreparedStatement ps : open) {
            ps.executeBatch();
        }
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (PreparedStatement ps : open) {
            try {
                ps.close();
            } catch (SQLException e) {
                failure = e;
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private void queue(PreparedStatement ps) throws SQLException {
        ps.addBatch();
        pending++;
    }

    private PreparedStatement prepared(PreparedStatement ps, String sql) throws SQLException {
        if (ps != null) {
            return ps;
        }
        PreparedStatement fresh = c.prepareStatement(sql);
        open.add(fresh);
        return fresh;
    }

    /** The tag's id, creating the tag if new; cached, as an import gives thousands of contacts the same few tags. */
    private long tagId(String name) throws SQLException {
        String key = name.strip();
        Long known = tagIds.get(key);
        if (known != null) {
            return known;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO tag (name) VALUES (?)")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM tag WHERE name = ? COLLATE NOCASE")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        tagIds.put(key, id);
        return id;
    }
}
