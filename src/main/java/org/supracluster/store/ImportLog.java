package org.supracluster.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The import log: one row per stored import (when, which files, how many rows, what it added
 * and changed, its warnings), written inside the import's own transaction so a refused import
 * leaves no entry.
 */
final class ImportLog {

    private ImportLog() {
    }

    /** Appends one entry, with the counts the write found, on the caller's transaction. */
    static void append(Connection c, ImportLogEntry log, ImportCounts k) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO import_log(at, files, rows, firms_added,"
                + " firms_updated, links_added, links_updated, warnings, messages) VALUES (?,?,?,?,?,?,?,?,?)")) {
            p.setString(1, log.at().toString());
            p.setString(2, String.join("\n", log.files()));
            p.setLong(3, log.rows());
            p.setLong(4, k.firmsAdded());
            p.setLong(5, k.firmsUpdated());
            p.setLong(6, k.linksAdded());
            p.setLong(7, k.linksUpdated());
            p.setLong(8, log.warnings());
            p.setString(9, String.join("\n", log.messages()));
            p.executeUpdate();
        }
    }

    /** The entries, oldest first. */
    static List<ImportLogEntry> read(Connection c) throws SQLException {
        List<ImportLogEntry> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT at, files, rows,"
                + " firms_added, firms_updated, links_added, links_updated, warnings, messages"
                + " FROM import_log ORDER BY id")) {
            while (r.next()) {
                ImportCounts k = new ImportCounts(r.getLong(4), r.getLong(5), 0, r.getLong(6), r.getLong(7), 0);
                String msgs = r.getString(9);
                out.add(new ImportLogEntry(Instant.parse(r.getString(1)), List.of(r.getString(2).split("\n")),
                        r.getLong(3), k, r.getLong(8), msgs.isEmpty() ? List.of() : List.of(msgs.split("\n"))));
            }
        }
        return out;
    }
}
