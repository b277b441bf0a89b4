package org.supracluster.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.supracluster.model.Firm;
import org.supracluster.model.Link;
import org.supracluster.model.Network;
import org.supracluster.model.PatentRecord;
import org.supracluster.model.TradeRecord;

/**
 * Firms, links, metadata and the import log of one database: what importers and commands call.
 *
 * <p>{@link #write} adds to what is stored in one transaction: a firm id seen again updates that
 * firm, a link with the same source, target, type and year replaces the stored one's weight, so
 * importing the same data twice changes nothing. {@link #load} reads everything into a
 * {@link Network} in one streaming pass.
 *
 * <p>This class owns the transactions; the statements live with their tables: {@code Upserts}
 * (firms, attributes, links, aliases), {@code ImportLog}, {@code LinkKey} (the link table's packed
 * key) and {@code NetworkLoader} (reading the network back).
 */
public final class NetworkStore {

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
        /**
         * Each stored firm's key by its id, read at the end of {@link #firms} (on that step's
         * thread, while the caller checks the links) for the later steps, which add no firms.
         */
        private Map<String, Long> fids;

        private Writer(Database.Transaction tx) {
            this.tx = tx;
        }

        /** Step 1: inserts new firms and updates changed ones. */
        public void firms(Collection<Firm> firms) {
            tx.run(c -> {
                long before = count(c, "firm");
                long changes = Upserts.firms(c, List.copyOf(firms));
                firmsAdded = count(c, "firm") - before;
                firmsUpdated = changes - firmsAdded;
                firmsUnchanged = firms.size() - changes;
                fids = Upserts.fids(c);
                return null;
            });
        }

        /**
         * Stores aliases (another name of a firm → its id), keyed by {@code key} (the normalised
         * name the importer compares): an alias given again points to its new firm. Call after
         * {@link #firms} and before {@link #linksAndCommit}, on the same thread as either.
         */
        public void aliases(List<Alias> aliases) {
            tx.run(c -> Upserts.aliases(c, aliases));
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
            return linksAndCommit(LinkTable.of(links), log, metadata);
        }

        /** As {@link #linksAndCommit(Collection, ImportLogEntry, Map)}, the links in columns. */
        public ImportCounts linksAndCommit(LinkTable links, ImportLogEntry log, Map<String, String> metadata) {
            ImportCounts counts = links(links, log, metadata);
            tx.commit();
            return counts;
        }

        /**
         * Step 2 of a dry run: does everything {@link #linksAndCommit} does and returns the same
         * counts, but does not commit; closing the writer then stores nothing.
         */
        public ImportCounts linksWithoutCommit(Collection<Link> links, ImportLogEntry log, Map<String, String> metadata) {
            return links(LinkTable.of(links), log, metadata);
        }

        /** As {@link #linksWithoutCommit(Collection, ImportLogEntry, Map)}, the links in columns. */
        public ImportCounts linksWithoutCommit(LinkTable links, ImportLogEntry log, Map<String, String> metadata) {
            return links(links, log, metadata);
        }

        private ImportCounts links(LinkTable links, ImportLogEntry log, Map<String, String> metadata) {
            // Foreign-key checks are off: every link end is looked up in the firm table and a
            // missing one aborts the transaction, so SQLite's own check would repeat that per row.
            ImportCounts counts = tx.run(c -> {
                Map<String, Long> fids = fids(c);
                long before = count(c, "link");
                long changes = Upserts.links(c, links, fids);
                long added = count(c, "link") - before;
                ImportCounts k = new ImportCounts(firmsAdded, firmsUpdated, firmsUnchanged, added, changes - added,
                        links.size() - changes);
                ImportLog.append(c, log, k);
                for (Map.Entry<String, String> e : metadata.entrySet()) {
                    putMetadata(c, e.getKey(), e.getValue());
                }
                return k;
            });
            return counts;
        }

        private Map<String, Long> fids(Connection c) throws SQLException {
            if (fids == null) {
                fids = Upserts.fids(c);
            }
            return fids;
        }

        /** Stores nothing unless committed. */
        @Override
        public void close() {
            tx.close();
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            return r.next() ? r.getLong(1) : 0;
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
        return db.read(ImportLog::read);
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
        db.inTransaction(c -> Upserts.aliases(c, List.of(a)));
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
     * Reads every firm and link into a {@link Network}, in one pass each; a read that overlaps
     * another process's write is read again in one transaction (see {@code NetworkLoader}).
     */
    public Network load() {
        return new NetworkLoader(db).load();
    }
}
