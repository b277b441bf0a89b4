package org.supracluster.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.supracluster.model.ClusterScheme;

/**
 * One SQLite database file, opened with the settings this program relies on: foreign keys on,
 * write-ahead logging (readers never block the writer), and a busy timeout so that a second
 * process waits a while for a writer and then gets a clear answer instead of an error code.
 *
 * <p>Opening checks the schema version before changing anything: a file written by a newer
 * program is refused and left byte for byte as it was; an older one is migrated in one
 * transaction.
 */
public final class Database implements AutoCloseable {

    /** How long a writer waits for another process's write to finish, by default. */
    public static final int BUSY_TIMEOUT_MS_DEFAULT = 5000;

    private final Path file;
    private final Connection connection;
    private final boolean readOnly;

    private Database(Path file, Connection connection, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /** Opens (creating if needed) the database at {@code file}. */
    public static Database open(Path file) {
        return open(file, true, BUSY_TIMEOUT_MS_DEFAULT);
    }

    /**
     * Opens the database at {@code file}.
     *
     * @param create whether to create a missing file; otherwise a missing file is an error
     * @param busyTimeoutMs how long to wait for another process's write (≥ 0)
     * @throws StoreException in words a user understands
     */
    public static Database open(Path file, boolean create, int busyTimeoutMs) {
        if (busyTimeoutMs < 0) {
            throw new IllegalArgumentException("busyTimeoutMs < 0");
        }
        boolean exists = Files.exists(file);
        if (!exists && !create) {
            throw new StoreException("No database at " + file + ".");
        }
        if (exists && Files.isDirectory(file)) {
            throw new StoreException(file + " is a folder, not a database file.");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        Connection c = null;
        try {
            Properties p = new Properties();
            p.setProperty("busy_timeout", Integer.toString(busyTimeoutMs));
            // Transactions take the write lock at once, so a busy file is found before any work.
            p.setProperty("transaction_mode", "IMMEDIATE");
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
            Database db = new Database(file, c, false);
            db.checkAndMigrate();
            return db;
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(file, e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Opens an existing database for reading only: for a window that finds the file open in another
     * window ({@link SessionLock}) or in a folder it may not write to. Nothing is written, not even
     * SQLite's journal settings; a file that would need migrating is refused with a sentence, as
     * are a newer and a damaged one. In a read-only folder SQLite cannot create its shared-memory
     * file, so the file is opened as immutable (no other program can be changing it there).
     *
     * @throws StoreException in words a user understands
     */
    public static Database openReadOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("No database at " + file + ".");
        }
        Path abs = file.toAbsolutePath();
        boolean folderWritable = abs.getParent() == null || Files.isWritable(abs.getParent());
        Connection c = null;
        try {
            Properties p = new Properties();
            p.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MS_DEFAULT));
            p.setProperty("open_mode", Integer.toString(0x00000001 | 0x00000040)); // READONLY | URI
            String uri = abs.toUri().toASCIIString() + (folderWritable ? "?mode=ro" : "?mode=ro&immutable=1");
            c = DriverManager.getConnection("jdbc:sqlite:" + uri, p);
            Database db = new Database(file, c, true);
            int version = db.userVersion();
            if (version > Schema.VERSION) {
                throw new StoreException("The database " + file + " was written by a newer version of Supracluster "
                        + "Explorer (schema " + version + "; this version knows up to " + Schema.VERSION
                        + "). It was not changed. Please use the newer version.");
            }
            if (version < Schema.VERSION) {
                throw new StoreException("The database " + file + " was written by an older version and must be "
                        + "upgraded, which cannot be done while it is read-only. Open it once where it can be "
                        + "written (no other window using it, a folder you may write to).");
            }
            db.checkNotDamaged();
            return db;
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(file, e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Whether this database was opened with {@link #openReadOnly}: every write fails. */
    public boolean readOnly() {
        return readOnly;
    }

    private void checkAndMigrate() throws SQLException {
        int version = userVersion();
        if (version > Schema.VERSION) {
            // Refuse before any pragma that writes (journal_mode=WAL changes the file header).
            throw new StoreException("The database " + file + " was written by a newer version of Supracluster "
                    + "Explorer (schema " + version + "; this version knows up to " + Schema.VERSION
                    + "). It was not changed. Please use the newer version.");
        }
        checkNotDamaged();
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = NORMAL");
            // 64 MB of page cache: an import of 500,000 links touches far more than the 2 MB default.
            s.execute("PRAGMA cache_size = -65536");
        }
        if (version < Schema.VERSION) {
            migrate(version);
        }
    }

    /**
     * Refuses a damaged file before anything writes to it. SQLite's quick check reads every page
     * (about 0.1 s for 500,000 links) but not the indexes' contents: enough to find a truncated
     * file or a page of random bytes, which would otherwise fail later, half-way through a load.
     */
    private void checkNotDamaged() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA quick_check(3)")) {
            String first = r.next() ? r.getString(1) : "no answer";
            if (!"ok".equals(first)) {
                throw new StoreException(damagedMessage(file));
            }
        }
    }

    /** What a user reads about a damaged file: what happened, that it was kept, what to do. */
    static String damagedMessage(Path file) {
        return "The database " + file + " is damaged (SQLite's check found broken pages, as after a disk error or "
                + "a partial copy). It was not changed. Open a backup copy of it, or import your CSV, GraphML or GEXF "
                + "files again into a new database; keep the damaged file, which tools such as the sqlite3 "
                + "\".recover\" command may partly rescue.";
    }

    private void migrate(int from) throws SQLException {
        inTransaction(c -> {
            // Read again under the write lock: another process may have migrated meanwhile.
            int current = userVersion();
            try (Statement s = c.createStatement()) {
                for (int v = current; v < Schema.VERSION; v++) {
                    for (String sql : Schema.MIGRATIONS.get(v)) {
                        s.execute(sql);
                    }
                    if (v == 0) {
                        SchemeRepository.save(c, ClusterScheme.defaultFive());
                    }
                }
                s.execute("PRAGMA user_version = " + Schema.VERSION);
            }
            return null;
        });
    }

    /** The schema version stored in the file. */
    public int userVersion() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    public Path file() {
        return file;
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface TransactionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one write transaction (taken at once with BEGIN IMMEDIATE, so a busy
     * database is found before any work is done): either all of it is stored or nothing is.
     */
    <T> T inTransaction(TransactionWork<T> work) {
        return inTransaction(work, true);
    }

    /**
     * Like {@link #inTransaction(TransactionWork)}; with {@code checkForeignKeys} false, SQLite's
     * per-row foreign-key checks are off for this transaction. Only for bulk writes whose caller
     * has already resolved every reference (they double the cost of each inserted link).
     */
    <T> T inTransaction(TransactionWork<T> work, boolean checkForeignKeys) {
        try (Transaction t = begin(checkForeignKeys)) {
            T result = t.run(work);
            t.commit();
            return result;
        }
    }

    /** Starts a write transaction; see {@link Transaction}. */
    Transaction begin(boolean checkForeignKeys) {
        return new Transaction(checkForeignKeys);
    }

    /**
     * One open write transaction, for work done in steps (possibly on different threads, one at a
     * time): {@link #commit()} stores everything, {@link #close()} without a commit stores nothing.
     */
    final class Transaction implements AutoCloseable {
        private final boolean checkForeignKeys;
        private boolean open;

        private Transaction(boolean checkForeignKeys) {
            this.checkForeignKeys = checkForeignKeys;
            try {
                if (!checkForeignKeys) {
                    // The pragma is a no-op inside a transaction, so it is set before BEGIN.
                    try (Statement s = connection.createStatement()) {
                        s.execute("PRAGMA foreign_keys = OFF");
                    }
                }
                // BEGIN IMMEDIATE (the connection's transaction mode): a busy file is found here.
                connection.setAutoCommit(false);
                open = true;
            } catch (SQLException e) {
                restore();
                throw translate(file, e);
            }
        }

        /** Runs one step inside the transaction; on failure everything is rolled back. */
        <T> T run(TransactionWork<T> work) {
            if (!open) {
                throw new IllegalStateException("the transaction is over");
            }
            try {
                return work.run(connection);
            } catch (SQLException e) {
                close();
                throw translate(file, e);
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        void commit() {
            try {
                connection.commit();
                open = false;
            } catch (SQLException e) {
                close();
                throw translate(file, e);
            } finally {
                if (!open) {
                    restore();
                }
            }
        }

        /** Rolls back unless committed. */
        @Override
        public void close() {
            if (open) {
                open = false;
                try {
                    connection.rollback();
                } catch (SQLException ignored) {
                    // Closing the transaction anyway; SQLite discards an unfinished one.
                } finally {
                    restore();
                }
            }
        }

        private void restore() {
            try {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException e) {
                    // After a failed BEGIN or rollback (a busy file) the driver may find no
                    // transaction to end; autocommit is back on all the same.
                    if (!connection.getAutoCommit()) {
                        throw e;
                    }
                }
                if (!checkForeignKeys) {
                    try (Statement s = connection.createStatement()) {
                        s.execute("PRAGMA foreign_keys = ON");
                    }
                }
            } catch (SQLException e) {
                throw translate(file, e);
            }
        }
    }

    /** A second connection to the same file, for reading in parallel; the caller closes it. */
    Connection openReadConnection() throws SQLException {
        Properties p = new Properties();
        p.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MS_DEFAULT));
        if (readOnly) {
            // The same way as the first connection (read-only, immutable in a read-only folder).
            p.setProperty("open_mode", Integer.toString(0x00000001 | 0x00000040));
            return DriverManager.getConnection(connection.getMetaData().getURL(), p);
        }
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
    }

    /** Runs read-only work outside an explicit transaction, turning errors into sentences. */
    <T> T read(TransactionWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    /** Turns SQLite's error codes into sentences that name the file. */
    static StoreException translate(Path file, SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED
                    || code.name().startsWith("SQLITE_BUSY")) {
                return new StoreException("The database " + file + " is busy: another program is writing to it. "
                        + "Nothing was changed; try again when it has finished.", e);
            }
            if (code == SQLiteErrorCode.SQLITE_NOTADB) {
                return new StoreException(file + " is not a Supracluster database (not an SQLite file). "
                        + "It was not changed.", e);
            }
            if (code == SQLiteErrorCode.SQLITE_READONLY || code.name().startsWith("SQLITE_READONLY")
                    || code == SQLiteErrorCode.SQLITE_CANTOPEN || code.name().startsWith("SQLITE_CANTOPEN")) {
                return new StoreException("Cannot write to the database " + file + " (read-only or no permission).", e);
            }
            if (code == SQLiteErrorCode.SQLITE_FULL) {
                return new StoreException("The disk holding " + file + " is full; nothing was changed.", e);
            }
            if (code == SQLiteErrorCode.SQLITE_CORRUPT || code.name().startsWith("SQLITE_CORRUPT")) {
                return new StoreException(damagedMessage(file), e);
            }
        }
        return new StoreException("Database error in " + file + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Already failing; the first error is the one to report.
            }
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }
}
