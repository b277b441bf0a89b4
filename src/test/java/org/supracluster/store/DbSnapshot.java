package org.supracluster.store;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/** Row counts and a checksum of every table, read with a plain JDBC connection, to prove "nothing changed". */
public final class DbSnapshot {

    private static final List<String> TABLES = List.of("firm", "firm_attribute", "link", "cluster_scheme", "cluster",
            "cluster_region", "cluster_firm", "import_log", "metadata");

    private DbSnapshot() {
    }

    public static String of(Path file) throws Exception {
        return of(file, List.of());
    }

    /** The same, leaving out some tables (e.g. the import log, which every stored import extends). */
    public static String of(Path file, List<String> without) throws Exception {
        StringBuilder counts = new StringBuilder();
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            for (String t : TABLES) {
                if (without.contains(t)) {
                    continue;
                }
                List<String> rows = new java.util.ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT * FROM " + t)) {
                    int cols = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= cols; i++) {
                            row.append(r.getObject(i)).append('\u0000');
                        }
                        rows.add(row.toString());
                    }
                }
                java.util.Collections.sort(rows);
                for (String row : rows) {
                    md.update(row.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    md.update((byte) '\n');
                }
                counts.append(t).append('=').append(rows.size()).append(' ');
            }
        }
        return counts + HexFormat.of().formatHex(md.digest());
    }
}
