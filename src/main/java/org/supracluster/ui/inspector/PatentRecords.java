package org.supracluster.ui.inspector;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.supracluster.store.Database;
import org.supracluster.store.RecordStore;

/**
 * Where the inspector reads the patents behind a co-patent link: the open database's records
 * ({@link RecordStore}), read on demand off the JavaFX thread, or none (a network without a file).
 */
public interface PatentRecords {

    /** Whether any patent record is stored (links imported as links have none to list). */
    boolean any();

    /** The patents both firms applied for together, oldest first. */
    List<RecordStore.PatentRow> between(String firmA, String firmB);

    /** No records: nothing to list. */
    PatentRecords NONE = new PatentRecords() {
        @Override
        public boolean any() {
            return false;
        }

        @Override
        public List<RecordStore.PatentRow> between(String firmA, String firmB) {
            return List.of();
        }
    };

    /** The records of the database file {@code database} gives (read-only, opened for each read). */
    static PatentRecords in(Supplier<Optional<Path>> database) {
        return new PatentRecords() {
            @Override
            public boolean any() {
                Optional<Path> db = database.get();
                if (db.isEmpty()) {
                    return false;
                }
                try (Database d = Database.openReadOnly(db.get())) {
                    return RecordStore.of(d).counts()[0] > 0;
                }
            }

            @Override
            public List<RecordStore.PatentRow> between(String firmA, String firmB) {
                Optional<Path> db = database.get();
                if (db.isEmpty()) {
                    return List.of();
                }
                try (Database d = Database.openReadOnly(db.get())) {
                    return RecordStore.of(d).patentsOf(firmA, firmB);
                }
            }
        };
    }
}
