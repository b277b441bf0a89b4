package org.supracluster.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.supracluster.model.Firm;
import org.supracluster.model.Link;

/**
 * The statements that add firms, their attributes, links and aliases, or change the stored ones
 * in place, on a connection inside the caller's transaction ({@link NetworkStore.Writer}). Each
 * returns how many rows it inserted or changed, so the import can say what it added and updated.
 */
final class Upserts {

    private static final int BATCH = 10_000;

    private Upserts() {
    }

    /**
     * Inserts new firms and updates changed ones, then their attributes (added or updated, never
     * removed: a later file without a column must not erase what an earlier one said). Returns how
     * many firms were inserted or changed, a change of attributes alone included.
     */
    static long firms(Connection c, List<Firm> firms) throws SQLException {
        boolean[] changed = new boolean[firms.size()];
        // A file without registration numbers keeps the number a firm already has (like attributes).
        String sql = "INSERT INTO firm(id, name, region, city, lat, lon, segment, employees, brn, placement)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT(id) DO UPDATE SET name = excluded.name, region = excluded.region,"
                + " city = excluded.city, lat = excluded.lat, lon = excluded.lon, segment = excluded.segment,"
                + " employees = excluded.employees,"
                + " brn = CASE WHEN excluded.brn = '' THEN brn ELSE excluded.brn END, placement = excluded.placement"
                + " WHERE name IS NOT excluded.name OR region IS NOT excluded.region OR city IS NOT excluded.city"
                + " OR lat IS NOT excluded.lat OR lon IS NOT excluded.lon OR segment IS NOT excluded.segment"
                + " OR employees IS NOT excluded.employees OR (excluded.brn <> '' AND brn IS NOT excluded.brn)"
                + " OR placement IS NOT excluded.placement";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int batchStart = 0;
            for (int i = 0; i < firms.size(); i++) {
                Firm f = firms.get(i);
                p.setString(1, f.id());
                p.setString(2, f.name());
                p.setString(3, f.region().iso());
                p.setString(4, f.city());
                p.setDouble(5, f.lat());
                p.setDouble(6, f.lon());
                p.setString(7, f.segment().code());
                if (f.employees() < 0) {
                    p.setNull(8, Types.INTEGER);
                } else {
                    p.setInt(8, f.employees());
                }
                p.setString(9, f.brn());
                p.setString(10, f.placement().code());
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
    static long links(Connection c, Collection<Link> links, Map<String, Long> fids)
            throws SQLException {
        // Insert in key order: appending to the B-tree is several times faster than inserting at
        // random places, which is what file order amounts to.
        long[] keys = new long[links.size()];
        double[] weights = new double[links.size()];
        int i = 0;
        for (Link raw : links) {
            Link l = raw.canonical();
            Long s = fids.get(l.source());
            Long t = fids.get(l.target());
            if (s == null || t == null) {
                throw new IllegalArgumentException("link to a firm that is not stored: " + l);
            }
            keys[i] = LinkKey.of(s, t, l.type().ordinal(), l.year());
            weights[i] = l.weight();
            i++;
        }
        int[] order = KeyOrder.sortedIndices(keys);
        long changes = 0;
        String sql = "INSERT INTO link(key, weight) VALUES (?, ?)"
                + " ON CONFLICT(key) DO UPDATE SET weight = excluded.weight WHERE weight IS NOT excluded.weight";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int n = 0;
            for (int k : order) {
                p.setLong(1, keys[k]);
                p.setDouble(2, weights[k]);
                p.addBatch();
                if (++n % BATCH == 0) {
                    changes += sum(p.executeBatch());
                }
            }
            changes += sum(p.executeBatch());
        }
        return changes;
    }

    private static long sum(int[] counts) {
        long s = 0;
        for (int x : counts) {
            s += Math.max(0, x);
        }
        return s;
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
