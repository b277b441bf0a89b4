package org.supracluster.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;

/**
 * The statements that add firms, their attributes, links and aliases, or change the stored ones
 * in place, on a connection inside the caller's transaction ({@link NetworkStore.Writer}). Each
 * returns how many rows it inserted or changed, so the import can say what it added and updated.
 */
final class Upserts {

    private static final int BATCH = 10_000;
    /** Rows a multi-row statement inserts (two to ten parameters each, far below SQLite's limit of 32,766). */
    private static final int ROWS = 256;

    private Upserts() {
    }

    /**
     * Inserts new firms and updates changed ones, then their attributes (added or updated, never
     * removed: a later file without a column must not erase what an earlier one said). Returns how
     * many firms were inserted or changed, a change of attributes alone included.
     */
    static long firms(Connection c, List<Firm> firms) throws SQLException {
        if (firms.stream().allMatch(f -> f.attributes().isEmpty())) {
            // Without attributes only the number of changed firms is asked: many rows a statement.
            return inRowsOf(c, FIRM_INSERT, FIRM_TUPLE, FIRM_UPSERT, firms.size(),
                    (p, row, at) -> bindFirm(p, firms.get(row), at));
        }
        boolean[] changed = new boolean[firms.size()];
        try (PreparedStatement p = c.prepareStatement(FIRM_INSERT + FIRM_TUPLE + FIRM_UPSERT)) {
            int batchStart = 0;
            for (int i = 0; i < firms.size(); i++) {
                bindFirm(p, firms.get(i), 1);
                p.addBatch();
                if (i + 1 - batchStart == BATCH || i == firms.size() - 1) {
                    int[] counts = p.executeBatch();
                    for (int k = 0; k < counts.length; k++) {
                        changed[batchStart + k] = counts[k] > 0;
                    }
                    batchStart = i + 1;
                }
            }
        }
        attributes(c, firms, changed);
        long n = 0;
        for (boolean x : changed) {
            n += x ? 1 : 0;
        }
        return n;
    }

    private static final String FIRM_INSERT =
            "INSERT INTO firm(id, name, region, city, lat, lon, segment, employees, brn, placement) VALUES ";
    private static final String FIRM_TUPLE = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** A file without registration numbers keeps the number a firm already has (like attributes). */
    private static final String FIRM_UPSERT = " ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
            + " region = excluded.region,"
            + " city = excluded.city, lat = excluded.lat, lon = excluded.lon, segment = excluded.segment,"
            + " employees = excluded.employees,"
            + " brn = CASE WHEN excluded.brn = '' THEN brn ELSE excluded.brn END, placement = excluded.placement"
            + " WHERE name IS NOT excluded.name OR region IS NOT excluded.region OR city IS NOT excluded.city"
            + " OR lat IS NOT excluded.lat OR lon IS NOT excluded.lon OR segment IS NOT excluded.segment"
            + " OR employees IS NOT excluded.employees OR (excluded.brn <> '' AND brn IS NOT excluded.brn)"
            + " OR placement IS NOT excluded.placement";

    private static void bindFirm(PreparedStatement p, Firm f, int at) throws SQLException {
        p.setString(at, f.id());
        p.setString(at + 1, f.name());
        p.setString(at + 2, f.region().iso());
        p.setString(at + 3, f.city());
        p.setDouble(at + 4, f.lat());
        p.setDouble(at + 5, f.lon());
        p.setString(at + 6, f.segment().code());
        if (f.employees() < 0) {
            p.setNull(at + 7, Types.INTEGER);
        } else {
            p.setInt(at + 7, f.employees());
        }
        p.setString(at + 8, f.brn());
        p.setString(at + 9, f.placement().code());
    }

    private static void attributes(Connection c, List<Firm> firms, boolean[] changed) throws SQLException {
        Map<String, Long> fids = null;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO firm_attribute(fid, key, value) VALUES (?, ?, ?)"
                + " ON CONFLICT(fid, key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value")) {
            for (int i = 0; i < firms.size(); i++) {
                Firm f = firms.get(i);
                if (f.attributes().isEmpty()) {
                    continue;
                }
                if (fids == null) {
                    fids = fids(c);
                }
                for (Map.Entry<String, String> e : f.attributes().entrySet()) {
                    p.setLong(1, fids.get(f.id()));
                    p.setString(2, e.getKey());
                    p.setString(3, e.getValue());
                    p.addBatch();
                }
                // One firm's attributes per batch: the counts then say whether this firm changed.
                for (int count : p.executeBatch()) {
                    changed[i] |= count > 0;
                }
            }
        }
    }

    /**
     * Inserts new links and changes the weight of stored ones (same source, target, type and
     * year); every end must be in {@code fids}. Returns how many rows were inserted or changed.
     */
    static long links(Connection c, LinkTable links, Map<String, Long> fids) throws SQLException {
        // Each firm's key is looked up once, not once per link end.
        long[] fidOf = new long[links.idCount()];
        for (int k = 0; k < fidOf.length; k++) {
            Long fid = fids.get(links.id(k));
            fidOf[k] = fid == null ? -1 : fid;
        }
        int n = links.size();
        long[] keys = new long[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            int a = links.source(i);
            int b = links.target(i);
            LinkType type = links.type(i);
            if (!type.isDirected() && links.id(a).compareTo(links.id(b)) > 0) {
                // Canonical order, as Link.canonical: a co-patent link a–b is b–a.
                int t = a;
                a = b;
                b = t;
            }
            if (fidOf[a] < 0 || fidOf[b] < 0) {
                throw new IllegalArgumentException("link to a firm that is not stored: " + links.link(i).canonical());
            }
            keys[i] = LinkKey.of(fidOf[a], fidOf[b], type.ordinal(), links.year(i));
            weights[i] = links.weight(i);
        }
        // Insert in key order: appending to the B-tree is several times faster than inserting at
        // random places, which is what file order amounts to.
        int[] order = KeyOrder.sortedIndices(keys);
        return inRowsOf(c, "INSERT INTO link(key, weight) VALUES ", "(?, ?)",
                " ON CONFLICT(key) DO UPDATE SET weight = excluded.weight WHERE weight IS NOT excluded.weight", n,
                (p, row, at) -> {
                    p.setLong(at, keys[order[row]]);
                    p.setDouble(at + 1, weights[order[row]]);
                });
    }

    /** Sets the parameters of one row, the first of them at position {@code at}. */
    @FunctionalInterface
    private interface RowBinder {
        void bind(PreparedStatement p, int row, int at) throws SQLException;
    }

    /**
     * Runs {@code head + "tuple, tuple, …" + tail} over rows 0..n-1, {@link #ROWS} rows a
     * statement: one statement step per row costs more than SQLite's own work for a small row.
     * Rows are inserted in order, one after the other, as a batch of one-row statements would be,
     * so a later row that conflicts with an earlier one (or a stored one) takes the upsert's
     * update. Returns the rows inserted or changed.
     */
    private static long inRowsOf(Connection c, String head, String tuple, String tail, int n, RowBinder binder)
            throws SQLException {
        int perRow = (int) tuple.chars().filter(ch -> ch == '?').count();
        long changes = 0;
        int done = 0;
        PreparedStatement full = null;
        try {
            while (done < n) {
                int rows = Math.min(ROWS, n - done);
                PreparedStatement p;
                if (rows == ROWS) {
                    if (full == null) {
                        full = c.prepareStatement(head + String.join(", ", java.util.Collections.nCopies(ROWS, tuple))
                                + tail);
                    }
                    p = full;
                } else {
                    p = c.prepareStatement(head + String.join(", ", java.util.Collections.nCopies(rows, tuple)) + tail);
                }
                try {
                    for (int r = 0; r < rows; r++) {
                        binder.bind(p, done + r, r * perRow + 1);
                    }
                    changes += p.executeUpdate();
                } finally {
                    if (p != full) {
                        p.close();
                    }
                }
                done += rows;
            }
        } finally {
            if (full != null) {
                full.close();
            }
        }
        return changes;
    }

    /** Each stored firm's key (fid) by its id. */
    static Map<String, Long> fids(Connection c) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT fid, id FROM firm")) {
            while (r.next()) {
                out.put(r.getString(2), r.getLong(1));
            }
        }
        return out;
    }

    /** Stores aliases; one whose key is stored already points to its new firm. */
    static Void aliases(Connection c, List<NetworkStore.Alias> aliases) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO alias(key, alias, firm_id) VALUES (?, ?, ?)"
                + " ON CONFLICT(key) DO UPDATE SET alias = excluded.alias, firm_id = excluded.firm_id")) {
            for (NetworkStore.Alias a : aliases) {
                p.setString(1, a.key());
                p.setString(2, a.alias());
                p.setString(3, a.firmId());
                p.addBatch();
            }
            p.executeBatch();
        }
        return null;
    }
}
