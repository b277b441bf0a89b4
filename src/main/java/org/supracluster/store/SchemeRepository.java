package org.supracluster.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Region;

/** Cluster schemes stored under their names. */
public final class SchemeRepository {

    private final Database db;

    private SchemeRepository(Database db) {
        this.db = db;
    }

    /** The schemes of a database. */
    public static SchemeRepository of(Database db) {
        return new SchemeRepository(db);
    }

    /** Stores a scheme, replacing one of the same name, in one transaction. */
    public void save(ClusterScheme scheme) {
        db.inTransaction(c -> {
            save(c, scheme);
            return null;
        });
    }

    /** Names of the stored schemes, alphabetically. */
    public List<String> names() {
        return db.read(SchemeRepository::names);
    }

    /** The scheme of this name, if stored. */
    public Optional<ClusterScheme> load(String name) {
        return db.read(c -> load(c, name));
    }

    static void save(Connection c, ClusterScheme scheme) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM cluster_scheme WHERE name = ?")) {
            del.setString(1, scheme.name());
            del.executeUpdate();
        }
        long sid;
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO cluster_scheme(name) VALUES (?) RETURNING sid")) {
            ins.setString(1, scheme.name());
            try (ResultSet r = ins.executeQuery()) {
                r.next();
                sid = r.getLong(1);
            }
        }
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO cluster(sid, idx, name_en, name_ko) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < scheme.clusterCount(); i++) {
                ins.setLong(1, sid);
                ins.setInt(2, i);
                ins.setString(3, scheme.clusters().get(i).englishName());
                ins.setString(4, scheme.clusters().get(i).koreanName());
                ins.addBatch();
            }
            ins.executeBatch();
        }
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO cluster_region(sid, region, idx) VALUES (?, ?, ?)")) {
            Map<Region, Integer> inOrder = new EnumMap<>(Region.class);
            inOrder.putAll(scheme.regionClusters());
            for (Map.Entry<Region, Integer> e : inOrder.entrySet()) {
                ins.setLong(1, sid);
                ins.setString(2, e.getKey().iso());
                ins.setInt(3, e.getValue());
                ins.addBatch();
            }
            ins.executeBatch();
        }
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO cluster_firm(sid, firm_id, idx) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, Integer> e : scheme.firmClusters().entrySet()) {
                ins.setLong(1, sid);
                ins.setString(2, e.getKey());
                ins.setInt(3, e.getValue());
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    private static List<String> names(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT name FROM cluster_scheme ORDER BY name");
             ResultSet r = q.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    private static Optional<ClusterScheme> load(Connection c, String name) throws SQLException {
        long sid;
        try (PreparedStatement q = c.prepareStatement("SELECT sid FROM cluster_scheme WHERE name = ?")) {
            q.setString(1, name);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                sid = r.getLong(1);
            }
        }
        List<ClusterScheme.Cluster> clusters = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT name_en, name_ko FROM cluster WHERE sid = ? ORDER BY idx")) {
            q.setLong(1, sid);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    clusters.add(new ClusterScheme.Cluster(r.getString(1), r.getString(2)));
                }
            }
        }
        Map<Region, Integer> regions = new EnumMap<>(Region.class);
        try (PreparedStatement q = c.prepareStatement("SELECT region, idx FROM cluster_region WHERE sid = ?")) {
            q.setLong(1, sid);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    regions.put(Region.ofIso(r.getString(1)), r.getInt(2));
                }
            }
        }
        Map<String, Integer> firms = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT firm_id, idx FROM cluster_firm WHERE sid = ?")) {
            q.setLong(1, sid);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    firms.put(r.getString(1), r.getInt(2));
                }
            }
        }
        return Optional.of(new ClusterScheme(name, clusters, regions, firms));
    }
}
