package org.supracluster.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.supracluster.model.PatentRecord;
import org.supracluster.model.TradeRecord;

/**
 * The records behind the links (schema 3): the patents behind co-patent links and the
 * transactions behind trade links. Written inside an import's transaction by
 * {@link NetworkStore.Writer}; read for the inspector and the exports.
 *
 * <p>A patent is replaced by its number, a trade link's records by the link (its two firms and
 * year): the same rule as the links themselves, whose weight a re-import replaces. So importing
 * the same records again changes nothing, and a corrected file replaces what it corrects.
 */
public final class RecordStore {

    /** A patent as listed behind a co-patent link. */
    public record PatentRow(String number, int year, String date, String title, String applicants, String ipc) { }

    private final Database db;

    private RecordStore(Database db) {
        this.db = db;
    }

    public static RecordStore of(Database db) {
        return new RecordStore(db);
    }

    /**
     * Stores patents and their matched firms. The stored numbers are read once; new patents get
     * the next keys and existing ones are updated where they changed, all in batches (one
     * statement a patent was the slowest part of a 100,000-record import).
     */
    static void writePatents(Connection c, Collection<PatentRecord> patents, Map<String, Long> fids)
            throws SQLException {
        Map<String, Long> pids = new HashMap<>();
        long next = 1;
        try (PreparedStatement p = c.prepareStatement("SELECT number, pid FROM patent"); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                pids.put(r.getString(1), r.getLong(2));
                next = Math.max(next, r.getLong(2) + 1);
            }
        }
        try (PreparedStatement up = c.prepareStatement("INSERT INTO patent(pid, number, year, date, title, applicants,"
                + " ipc) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(pid) DO UPDATE SET year = excluded.year,"
                + " date = excluded.date, title = excluded.title, applicants = excluded.applicants, ipc = excluded.ipc"
                + " WHERE year IS NOT excluded.year OR date IS NOT excluded.date OR title IS NOT excluded.title"
                + " OR applicants IS NOT excluded.applicants OR ipc IS NOT excluded.ipc");
             PreparedStatement clear = c.prepareStatement("DELETE FROM patent_firm WHERE pid = ?");
             PreparedStatement link = c.prepareStatement("INSERT OR IGNORE INTO patent_firm(pid, fid) VALUES (?, ?)")) {
            int n = 0;
            for (PatentRecord p : patents) {
                Long known = pids.get(p.number());
                long id = known != null ? known : next++;
                pids.put(p.number(), id);
                up.setLong(1, id);
                up.setString(2, p.number());
                up.setInt(3, p.year());
                up.setString(4, p.date());
                up.setString(5, p.title());
                up.setString(6, String.join("; ", p.applicants()));
                up.setString(7, String.join("; ", p.ipc()));
                up.addBatch();
                if (known != null) {
                    clear.setLong(1, id);
                    clear.addBatch();
                }
                for (String firm : p.firmIds()) {
                    link.setLong(1, id);
                    link.setLong(2, fid(fids, firm));
                    link.addBatch();
                }
                if (++n % 8192 == 0) {
                    up.executeBatch();
                    clear.executeBatch();
                    link.executeBatch();
                }
            }
            up.executeBatch();
            clear.executeBatch();
            link.executeBatch();
        }
    }

    /**
     * Stores transactions: for every trade link that has records in this import, its stored
     * records are replaced by these (numbered in file order).
     */
    static void writeTrades(Connection c, List<TradeRecord> trades, Map<String, Long> fids) throws SQLException {
        record Key(long s, long t, int year) { }
        Map<Key, Integer> seq = new HashMap<>();
        try (PreparedStatement clear = c.prepareStatement(
                "DELETE FROM trade_record WHERE supplier = ? AND customer = ? AND year = ?");
             PreparedStatement add = c.prepareStatement(
                "INSERT INTO trade_record(supplier, customer, year, seq, amount) VALUES (?, ?, ?, ?, ?)")) {
            for (TradeRecord t : trades) {
                Key k = new Key(fid(fids, t.supplier()), fid(fids, t.customer()), t.year());
                Integer n = seq.merge(k, 1, Integer::sum);
                if (n == 1) {
                    clear.setLong(1, k.s());
                    clear.setLong(2, k.t());
                    clear.setInt(3, k.year());
                    clear.executeUpdate();
                }
                add.setLong(1, k.s());
                add.setLong(2, k.t());
                add.setInt(3, k.year());
                add.setInt(4, n);
                add.setDouble(5, t.amount());
                add.addBatch();
                if (n % 8192 == 0) {
                    add.executeBatch();
                }
            }
            add.executeBatch();
        }
    }

    private static long fid(Map<String, Long> fids, String id) {
        Long f = fids.get(id);
        if (f == null) {
            throw new IllegalArgumentException("a record names a firm that is not stored: " + id);
        }
        return f;
    }

    /**
     * The patents both firms applied for together, oldest first (the records behind their
     * co-patent links, every year).
     */
    public List<PatentRow> patentsOf(String firmA, String firmB) {
        return db.read(c -> {
            List<PatentRow> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT p.number, p.year, p.date, p.title, p.applicants,"
                    + " p.ipc FROM patent p"
                    + " JOIN patent_firm a ON a.pid = p.pid JOIN firm fa ON fa.fid = a.fid AND fa.id = ?"
                    + " JOIN patent_firm b ON b.pid = p.pid JOIN firm fb ON fb.fid = b.fid AND fb.id = ?"
                    + " ORDER BY p.year, p.number")) {
                p.setString(1, firmA);
                p.setString(2, firmB);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new PatentRow(r.getString(1), r.getInt(2), r.getString(3), r.getString(4),
                                r.getString(5), r.getString(6)));
                    }
                }
            }
            return out;
        });
    }

    /** Every stored patent with the ids of its matched firms, by number (for the exports). */
    public List<PatentRecord> patents() {
        return db.read(c -> {
            Map<Long, List<String>> firms = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT x.pid, f.id FROM patent_firm x JOIN firm f"
                    + " ON f.fid = x.fid ORDER BY x.pid, f.id"); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    firms.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
                }
            }
            List<PatentRecord> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT pid, number, year, date, title, applicants, ipc"
                    + " FROM patent ORDER BY number"); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new PatentRecord(r.getString(2), r.getInt(3), r.getString(4), r.getString(5),
                            split(r.getString(6)), split(r.getString(7)), firms.getOrDefault(r.getLong(1), List.of())));
                }
            }
            return out;
        });
    }

    /** Every stored transaction with its firms' ids, by supplier, customer, year and file order. */
    public List<TradeRecord> trades() {
        return db.read(c -> {
            List<TradeRecord> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT s.id, t.id, r.amount, r.year FROM trade_record r"
                    + " JOIN firm s ON s.fid = r.supplier JOIN firm t ON t.fid = r.customer"
                    + " ORDER BY r.supplier, r.customer, r.year, r.seq"); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new TradeRecord(r.getString(1), r.getString(2), r.getDouble(3), r.getInt(4)));
                }
            }
            return out;
        });
    }

    /** The number of stored patents and trade records. */
    public long[] counts() {
        return db.read(c -> {
            long[] out = new long[2];
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT (SELECT count(*) FROM patent), (SELECT count(*) FROM trade_record)");
                 ResultSet r = p.executeQuery()) {
                r.next();
                out[0] = r.getLong(1);
                out[1] = r.getLong(2);
            }
            return out;
        });
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("; "));
    }
}
