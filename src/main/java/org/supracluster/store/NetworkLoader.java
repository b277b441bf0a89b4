package org.supracluster.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.Placement;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/** Reads a database's firms and links back into a {@link Network}, in one streaming pass each. */
final class NetworkLoader {

    private final Database db;

    NetworkLoader(Database db) {
        this.db = db;
    }

    /**
     * Reads every firm and link into a {@link Network}, in one pass each. Links are read on a
     * second connection while firms are read on this one (half the wall time on two cores). The
     * two reads are separate snapshots, so if another process stored firms and links in between,
     * a link may name a firm this read did not see: then everything is read again, in order,
     * inside one read transaction.
     */
    Network load() {
        CompletableFuture<RawLinks> links = CompletableFuture.supplyAsync(() -> {
            try (Connection c2 = db.openReadConnection()) {
                return readLinks(c2);
            } catch (SQLException e) {
                throw Database.translate(db.file(), e);
            }
        });
        FirmRows firms = db.read(NetworkLoader::readFirms);
        RawLinks raw;
        try {
            raw = links.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
        Network n = assemble(firms, raw);
        if (n != null) {
            return n;
        }
        return db.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN");
                try {
                    return assemble(readFirms(c), readLinks(c));
                } finally {
                    s.execute("COMMIT");
                }
            }
        });
    }

    /** The firms in fid order, and each fid's position among them (-1 for none). */
    private record FirmRows(List<Firm> firms, int[] indexOfFid) { }

    private record RawLinks(int count, long[] source, long[] target, byte[] type, int[] year, double[] weight) { }

    private static FirmRows readFirms(Connection c) throws SQLException {
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT fid, key, value FROM firm_attribute ORDER BY fid, key")) {
            while (r.next()) {
                attributes.computeIfAbsent(r.getLong(1), k -> new LinkedHashMap<>()).put(r.getString(2), r.getString(3));
            }
        }
        long maxFid;
        int firmCount;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT max(fid), count(*) FROM firm")) {
            maxFid = r.next() ? r.getLong(1) : 0;
            firmCount = r.getInt(2);
        }
        List<Firm> firms = new ArrayList<>(firmCount);
        int[] indexOfFid = new int[(int) maxFid + 1];
        Arrays.fill(indexOfFid, -1);
        // The seven text columns come as one JSON array: one native call a row instead of seven.
        String[] t = new String[7];
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT fid, json_array(id, name, region, city, segment, brn, placement), lat, lon, employees"
                        + " FROM firm ORDER BY fid")) {
            while (r.next()) {
                long fid = r.getLong(1);
                JsonTexts.parse(r.getString(2), t, 7);
                int emp = r.getInt(5);
                if (r.wasNull()) {
                    emp = -1;
                }
                Firm f = new Firm(t[0], t[1], Region.ofIso(t[2]), t[3], r.getDouble(3), r.getDouble(4), segment(t[4]),
                        emp, attributes.getOrDefault(fid, Map.of()), t[5], Placement.ofCode(t[6]));
                indexOfFid[(int) fid] = firms.size();
                firms.add(f);
            }
        }
        return new FirmRows(firms, indexOfFid);
    }

    private static RawLinks readLinks(Connection c) throws SQLException {
        int n;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM link")) {
            n = r.next() ? r.getInt(1) : 0;
        }
        long[] source = new long[n];
        long[] target = new long[n];
        byte[] type = new byte[n];
        int[] year = new int[n];
        double[] weight = new double[n];
        int i = 0;
        // Two columns, not five: the key packs source, target, type and year (see LinkKey), and
        // each column read is a native call per row.
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT key, weight FROM link")) {
            while (r.next()) {
                if (i == source.length) {
                    int cap = Math.max(16, i * 2);
                    source = Arrays.copyOf(source, cap);
                    target = Arrays.copyOf(target, cap);
                    type = Arrays.copyOf(type, cap);
                    year = Arrays.copyOf(year, cap);
                    weight = Arrays.copyOf(weight, cap);
                }
                long key = r.getLong(1);
                source[i] = LinkKey.source(key);
                target[i] = LinkKey.target(key);
                type[i] = (byte) LinkKey.type(key);
                year[i] = LinkKey.year(key);
                weight[i] = r.getDouble(2);
                i++;
            }
        }
        return new RawLinks(i, source, target, type, year, weight);
    }

    /** The network, or {@code null} when a link names a firm that was not read. */
    private static Network assemble(FirmRows firms, RawLinks links) {
        LinkType[] types = LinkType.values();
        int[] index = firms.indexOfFid();
        Network.Builder b = Network.builder(firms.firms().size(), links.count());
        firms.firms().forEach(b::addFirm);
        for (int l = 0; l < links.count(); l++) {
            long s = links.source()[l];
            long t = links.target()[l];
            if (s >= index.length || t >= index.length || index[(int) s] < 0 || index[(int) t] < 0) {
                return null;
            }
            b.addLink(index[(int) s], index[(int) t], types[links.type()[l]], links.weight()[l], links.year()[l]);
        }
        return b.build();
    }

    private static final Segment[] SEGMENTS = Segment.values();

    private static Segment segment(String code) {
        // Stored as its code: found by comparison, without parse's normalising of free text.
        for (Segment s : SEGMENTS) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return Segment.parse(code).orElse(Segment.OTHER);
    }
}
