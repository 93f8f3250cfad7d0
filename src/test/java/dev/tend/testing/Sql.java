package dev.tend.testing;

import dev.tend.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Looks straight into the tables, past the services under test. */
public final class Sql {
    private Sql() {
    }

    /** The first column of the first row as a long (count(*) and the like). */
    public static long scalar(Database db, String sql, Object... args) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** The first column of every row, as text. */
    public static List<String> column(Database db, String sql, Object... args) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Every row of every table (schema and FTS shadow tables included), as text: two equal
     * snapshots mean nothing in the database changed.
     */
    public static Map<String, List<String>> snapshot(Database db) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : column(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            if (table.equals("contact_fts")) {
                continue; // the virtual table itself; its shadow tables hold the index
            }
            tables.put(table, db.read(c -> {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            Object v = rs.getObject(i);
                            row.append(v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : v).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                return rows;
            }));
        }
        return tables;
    }

    /** Runs DDL or DML in a transaction of its own. */
    public static void execute(Database db, String sql) {
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        });
    }
}
