package org.supracluster.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.supracluster.store.Database;

/**
 * The program a {@link CrashSafetyTest} starts and kills: imports the files named after the
 * database into it, as {@code supracluster import} would, and says "stored" when the commit is done.
 */
public final class ImportChild {

    private ImportChild() {
    }

    public static void main(String[] args) {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        try (Database db = Database.open(Path.of(args[0]), false, Database.BUSY_TIMEOUT_MS_DEFAULT)) {
            System.out.println("open");
            System.out.flush();
            Importer.Result r = Importer.importFiles(db, files, Importer.Options.defaults());
            System.out.println(r.stored() ? "stored" : "refused " + r.report().lines());
        }
    }
}
