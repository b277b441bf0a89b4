package org.supracluster.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.supracluster.ingest.SampleDatabase;
import org.supracluster.store.Database;
import org.supracluster.store.UserDataFolder;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option shared by commands; without it, the user's default database. */
final class DbOption {

    @Option(names = "--db", paramLabel = "FILE",
            description = "Database file (default: supracluster.db in your user folder, created from the sample "
                    + "data on first use; the folder is $SUPRACLUSTER_HOME if set, else ~/.local/share/supracluster "
                    + "on Linux, ~/Library/Application Support/Supracluster on macOS, %%LOCALAPPDATA%%\\Supracluster "
                    + "on Windows).")
    Path db;

    Path path() {
        return db != null ? db : UserDataFolder.defaultDatabase();
    }

    /** Opens the database for reading: the default one is created from the sample; a named one must exist. */
    Database openExisting() {
        if (db == null) {
            SampleDatabase.ensure(path());
        }
        Path abs = path().toAbsolutePath();
        // In a folder this user may not write to, SQLite cannot make its journal files: read
        // without them rather than fail (a file needing migration is refused with a sentence).
        if (Files.isRegularFile(abs) && abs.getParent() != null && !Files.isWritable(abs.getParent())) {
            return Database.openReadOnly(abs);
        }
        return Database.open(path(), false, Database.BUSY_TIMEOUT_MS_DEFAULT);
    }

    /** Opens the database for writing, creating a named file if it does not exist. */
    Database openForWriting() {
        if (db == null) {
            SampleDatabase.ensure(path());
        }
        return Database.open(path(), true, Database.BUSY_TIMEOUT_MS_DEFAULT);
    }

    boolean exists() {
        return Files.exists(path());
    }
}
