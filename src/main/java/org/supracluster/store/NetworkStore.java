package org.supracluster.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.supracluster.model.Firm;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.PatentRecord;
import org.supracluster.model.TradeRecord;
import org.supracluster.model.Placement;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/**
 * Firms, links, metadata and the import log of one database.
 *
 * <p>{@link #write} adds to what is stored in one transaction: a firm id seen again updates that
 * firm, a link with the same source, target, type and year replaces the stored one's weight, so
 * importing the same data twice changes nothing. {@link #load} reads everything into a
 * {@link Network} in one streaming pass.
 */
public final class NetworkStore {

    private static final int BATCH = 10_000;

    private final Database db;

    private NetworkStore(Database db) {
        this.db = db;
    }

    public static NetworkStore of(Database db) {
        return new NetworkStore(db);
    }

    /**
     * Stores firms and links and logs the import, all in one transaction: on any failure nothing
     * is stored. Every link's ends must be firms already stored or among {@code firms}.
     *
     * @param log the log entry; its counts are replaced by what the write found
     * @param metadata key/value pairs to set in the same transaction (e.g. "synthetic")
     */
    public ImportCounts write(Collection<Firm> firms, Collection<Link> links, ImportLogEntry log,
                              Map<String, String> metadata) {
        try (Writer w = writer()) {
            w.firms(firms);
            return w.linksAndCommit(links, log, metadata);
        }
    }

    /** Starts a write in two steps (firms, then links); see {@link Writer}. */
    public Writer writer() {
        return new Writer(db.begin(false));
    }

    /**
     * One import written in two steps inside one transaction, so the firms can be written while
     * the caller is still checking the links: {@link #firms}, then {@link #linksAndCommit}. Closing
     * it before the commit stores nothing. The steps may run on different threads, one after the
     * other.
     */
    public final class Writer implements AutoCloseable {
        private final Database.Transaction tx;
        private long firmsAdded;
        private long firmsUpdated;
        private long firmsUnchanged;

        private Writer(Database.Transaction tx) {
            this.tx = tx;
        }

        /** Step 1: inserts new firms and updates changed ones. */
        public void firms(Collection<Firm> firms) {
            tx.run(c -> {
                long before = count(c, "firm");
                long changes = upsertFirms(c, List.copyOf(firms));
                firmsAdded = count(c, "firm") - before;
                firmsUpdated = changes - firmsAdded;
                firmsUnchanged = firms.size() - changes;
                return null;
            });
        }

        /**
         * Stores aliases (another name of a firm → its id), keyed by {@code key} (the normalised
         * name the importer compares): an alias given again points to its new firm. Call after
         * {@link #firms} and before {@link #linksAndCommit}, on the same thread as either.
         */
        public void aliases(List<Alias> aliases) {
            tx.run(c -> upsertAliases(c, aliases));
        }

        /**
         * Stores the records behind the links (patents, transactions); see {@link RecordStore}.
         * Call after {@link #firms} and before {@link #linksAndCommit}, on the same thread as either.
         */
        public void records(List<PatentRecord> patents, List<TradeRecord> trades) {
            tx.run(c -> {
                Map<String, Long> fids = fids(c);
                RecordStore.writePatents(c, patents, fids);
                RecordStore.writeTrades(c, trades, fids);
                return null;
            });
        }

        /**
         * Step 2: stores the links (their ends must be stored firms), logs the import and sets the
         * metadata, then commits.
         */
        public ImportCounts linksAndCommit(Collection<Link> links, ImportLogEntry log, Map<String, String> metadata) {
            ImportCounts counts = links(links, log, metadata);
            tx.commit();
            return counts;
        }

        /**
         * Step 2 of a dry run: does everything {@link #linksAndCommit} does and returns the same
         * counts, but does not commit; closing the writer then stores nothing.
         */
        public ImportCounts linksWithoutCommit(Collection<Link> links, ImportLogEntry log, Map<String, String> metadata) {
            return links(links, log, metadata);
        }

        private ImportCounts links(Collection<Link> links, ImportLogEntry log, Map<String, String> metadata) {
            // Foreign-key checks are off: every link end is looked up in the firm table and a
            // missing one aborts the transaction, so SQLite's own check would repeat that per row.
            ImportCounts counts = tx.run(c -> {
                Map<String, Long> fids = fids(c);
                long before = count(c, "link");
                long changes = upsertLinks(c, links, fids);
                long added = count(c, "link") - before;
                ImportCounts k = new ImportCounts(firmsAdded, firmsUpdated, firmsUnchanged, added, changes - added,
                        links.size() - changes);
                appendLog(c, log, k);
                for (Map.Entry<String, String> e : metadata.entrySet()) {
                    putMetadata(c, e.getKey(), e.getValue());
                }
                return k;
            });
            return counts;
        }

        /** Stores nothing unless committed. */
        @Override
        public void close() {
            tx.close();
        }
    }

    /**
     * Inserts new firms and updates changed ones, then their attributes (added or updated, never
     * removed: a later file without a column must not erase what an earlier one said). Returns how
     * many firms were inserted or changed, a change of attributes alone included.
     */
    private static long upsertFirms(Connection c, List<Firm> firms) throws SQLException {
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
                    p.setNull(8, java.sql.Types.INTEGER);
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
        upsertAttributes(c, firms, changed);
        long n = 0;
        for (boolean x : changed) {
            n += x ? 1 : 0;
        }
        return n;
    }

    private static void upsertAttributes(Connection c, List<Firm> firms, boolean[] changed) throws SQLException {
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

    /** Largest firm key that fits the packed link key (24 bits). */
    static final long MAX_FID = (1L << 24) - 1;

    /**
     * The link table's integer key: source fid (24 bits), target fid (24 bits), type (1 bit) and
     * year (8 bits: 0 for none, else year − 1899, so 1900–2154), in that order, so keys sort as
     * (source, target, type, year) and are unique exactly when those four are.
     */
    static long linkKey(long source, long target, int type, int year) {
        if (source > MAX_FID || target > MAX_FID) {
            throw new IllegalStateException("more than " + MAX_FID + " firms have been stored in this database");
        }
        if (year != 0 && (year < 1900 || year > 2154)) {
            throw new IllegalArgumentException("year outside 1900–2154: " + year);
        }
        return source << 33 | target << 9 | (long) type << 8 | (year == 0 ? 0 : year - 1899);
    }

    static long keySource(long key) {
        return key >>> 33;
    }

    static long keyTarget(long key) {
        return (key >>> 9) & MAX_FID;
    }

    static int keyType(long key) {
        return (int) (key >>> 8) & 1;
    }

    static int keyYear(long key) {
        int code = (int) (key & 0xFF);
        return code == 0 ? 0 : code + 1899;
    }

    private static long upsertLinks(Connection c, Collection<Link> links, Map<String, Long> fids)
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
            keys[i] = linkKey(s, t, l.type().ordinal(), l.year());
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

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private static Map<String, Long> fids(Connection c) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT fid, id FROM firm")) {
            while (r.next()) {
                out.put(r.getString(2), r.getLong(1));
            }
        }
        return out;
    }

    private static void appendLog(Connection c, ImportLogEntry log, ImportCounts k) throws SQLException {
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

    private static void putMetadata(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO metadata(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            p.setString(1, key);
            p.setString(2, value);
            p.executeUpdate();
        }
    }

    /** Sets one metadata value in its own transaction. */
    public void putMetadata(String key, String value) {
        db.inTransaction(c -> {
            putMetadata(c, key, value);
            return null;
        });
    }

    /** All metadata, by key. */
    public Map<String, String> metadata() {
        return db.read(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT key, value FROM metadata ORDER BY key")) {
                while (r.next()) {
                    out.put(r.getString(1), r.getString(2));
                }
            }
            return out;
        });
    }

    /** The import log, oldest first. */
    public List<ImportLogEntry> importLog() {
        return db.read(c -> {
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
        });
    }

    /** A stored firm's identity: what a reference in a new file may name it by. */
    public record Identity(String id, String name, String brn) { }

    /** Another name of a firm, with the normalised key it is looked up by. */
    public record Alias(String key, String alias, String firmId) { }

    /** The stored firms' ids, names and registration numbers, for resolving references in new files. */
    public List<Identity> firmIdentities() {
        return db.read(c -> {
            List<Identity> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, name, brn FROM firm")) {
                while (r.next()) {
                    out.add(new Identity(r.getString(1), r.getString(2), r.getString(3)));
                }
            }
            return out;
        });
    }

    /** Stores one alias (a user's accepted "did you mean"); an alias with the same key points to its new firm. */
    public void putAlias(Alias a) {
        db.inTransaction(c -> upsertAliases(c, List.of(a)));
    }

    /** Stores aliases; one whose key is stored already points to its new firm. */
    private static Void upsertAliases(Connection c, List<Alias> aliases) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO alias(key, alias, firm_id) VALUES (?, ?, ?)"
                + " ON CONFLICT(key) DO UPDATE SET alias = excluded.alias, firm_id = excluded.firm_id")) {
            for (Alias a : aliases) {
                p.setString(1, a.key());
                p.setString(2, a.alias());
                p.setString(3, a.firmId());
                p.addBatch();
            }
            p.executeBatch();
        }
        return null;
    }

    /** The stored aliases, in the order they were first stored. */
    public List<Alias> aliases() {
        return db.read(c -> {
            List<Alias> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT key, alias, firm_id FROM alias ORDER BY rowid")) {
                while (r.next()) {
                    out.add(new Alias(r.getString(1), r.getString(2), r.getString(3)));
                }
            }
            return out;
        });
    }

    /** Ids and names of the stored firms (id → name), for resolving references in new files. */
    public Map<String, String> firmNames() {
        return db.read(c -> {
            Map<String, String> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, name FROM firm")) {
                while (r.next()) {
                    out.put(r.getString(1), r.getString(2));
                }
            }
            return out;
        });
    }

    /** Number of stored firms and links. */
    public long[] counts() {
        return db.read(c -> new long[] {count(c, "firm"), count(c, "link")});
    }

    /**
     * Reads every firm and link into a {@link Network}, in one pass each. Links are read on a
     * second connection while firms are read on this one (half the wall time on two cores). The
     * two reads are separate snapshots, so if another process stored firms and links in between,
     * a link may name a firm this read did not see: then everything is read again, in order,
     * inside one read transaction.
     */
    public Network load() {
        java.util.concurrent.CompletableFuture<RawLinks> links = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try (Connection c2 = db.openReadConnection()) {
                return readLinks(c2);
            } catch (SQLException e) {
                throw Database.translate(db.file(), e);
            }
        });
        FirmRows firms = db.read(NetworkStore::readFirms);
        RawLinks raw;
        try {
            raw = links.join();
        } catch (java.util.concurrent.CompletionException e) {
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

    private record FirmRows(Network.Builder builder, int[] indexOfFid) { }

    private record RawLinks(int count, long[] source, long[] target, byte[] type, int[] year, double[] weight) { }

    private static FirmRows readFirms(Connection c) throws SQLException {
        Network.Builder b = Network.builder();
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT fid, key, value FROM firm_attribute ORDER BY fid, key")) {
            while (r.next()) {
                attributes.computeIfAbsent(r.getLong(1), k -> new LinkedHashMap<>()).put(r.getString(2), r.getString(3));
            }
        }
        long maxFid;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT max(fid) FROM firm")) {
            maxFid = r.next() ? r.getLong(1) : 0;
        }
        int[] indexOfFid = new int[(int) maxFid + 1];
        java.util.Arrays.fill(indexOfFid, -1);
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT fid, id, name, region, city, lat, lon, segment, employees, brn, placement FROM firm ORDER BY fid")) {
            while (r.next()) {
                long fid = r.getLong(1);
                int emp = r.getInt(9);
                if (r.wasNull()) {
                    emp = -1;
                }
                Firm f = new Firm(r.getString(2), r.getString(3), Region.ofIso(r.getString(4)), r.getString(5),
                        r.getDouble(6), r.getDouble(7), segment(r.getString(8)), emp,
                        attributes.getOrDefault(fid, Map.of()), r.getString(10), Placement.ofCode(r.getString(11)));
                indexOfFid[(int) fid] = b.addFirm(f);
            }
        }
        return new FirmRows(b, indexOfFid);
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
        // Two columns, not five: the key packs source, target, type and year (see linkKey), and
        // each column read is a native call per row.
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT key, weight FROM link")) {
            while (r.next()) {
                if (i == source.length) {
                    int cap = Math.max(16, i * 2);
                    source = java.util.Arrays.copyOf(source, cap);
                    target = java.util.Arrays.copyOf(target, cap);
                    type = java.util.Arrays.copyOf(type, cap);
                    year = java.util.Arrays.copyOf(year, cap);
                    weight = java.util.Arrays.copyOf(weight, cap);
                }
                long key = r.getLong(1);
                source[i] = keySource(key);
                target[i] = keyTarget(key);
                type[i] = (byte) keyType(key);
                year[i] = keyYear(key);
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
        for (int l = 0; l < links.count(); l++) {
            long s = links.source()[l];
            long t = links.target()[l];
            if (s >= index.length || t >= index.length || index[(int) s] < 0 || index[(int) t] < 0) {
                return null;
            }
            firms.builder().addLink(index[(int) s], index[(int) t], types[links.type()[l]], links.weight()[l],
                    links.year()[l]);
        }
        return firms.builder().build();
    }

    private static Segment segment(String code) {
        return Segment.parse(code).orElse(Segment.OTHER);
    }
}
