package org.supracluster.ui.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.supracluster.ingest.ImportReport;
import org.supracluster.ingest.Importer;
import org.supracluster.store.Database;
import org.supracluster.store.ImportCounts;

/**
 * Imports files into a database file as the command line's {@code import} does (kind recognised
 * from each file's header or extension, encoding detected, trade weight = summed amount; every
 * file checked first and nothing stored on any error), and turns the result into the
 * {@link Outcome} that the import report dialog shows. Plain Java: runs on a background thread.
 */
public final class DatabaseImport {

    /**
     * What an import did, for the report dialog.
     *
     * @param counts what changed, or {@code null} when errors stopped the import (nothing stored)
     * @param rows data rows (or XML nodes and edges) read
     * @param problems errors first, then warnings, each with file, line (0 = whole file), column
     *                 (or {@code null}) and the importer's sentence; at most {@link ImportReport#KEEP} of each
     * @param errorCount all errors found, listed or not
     * @param warningCount all warnings found, listed or not
     */
    public record Outcome(Path database, List<Path> files, ImportCounts counts, long rows,
                          List<ImportReport.Problem> problems, long errorCount, long warningCount) {
        public Outcome {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }

        /** Whether the data was stored (no errors). */
        public boolean stored() {
            return counts != null;
        }

        /** Whether the stored network changed, so that the map must be reloaded to show it. */
        public boolean changedData() {
            return stored() && !counts.changedNothing();
        }

        /** Errors found but not listed word for word (a file with thousands of bad rows). */
        public long unlistedErrors() {
            return errorCount - problems.stream().filter(p -> p.severity() == ImportReport.Severity.ERROR).count();
        }

        /** Warnings found but not listed word for word. */
        public long unlistedWarnings() {
            return warningCount - problems.stream().filter(p -> p.severity() == ImportReport.Severity.WARNING).count();
        }
    }

    private DatabaseImport() {
    }

    /**
     * Imports {@code files} into the existing database file {@code database}.
     *
     * @param stop asked between files and before the commit; when it says yes nothing is stored and
     *             a {@link java.util.concurrent.CancellationException} is thrown
     * @throws org.supracluster.store.StoreException when the database cannot be opened or written
     */
    public static Outcome run(Path database, List<Path> files, BooleanSupplier stop) {
        return run(database, files, Importer.Options.defaults(), stop);
    }

    /**
     * Imports {@code files} into the existing database file {@code database} with the given options
     * (encoding, kind of file, trade weight, metadata), as {@code import}'s flags give them.
     *
     * @param stop asked between files and before the commit; when it says yes nothing is stored and
     *             a {@link java.util.concurrent.CancellationException} is thrown
     * @throws org.supracluster.store.StoreException when the database cannot be opened or written
     */
    public static Outcome run(Path database, List<Path> files, Importer.Options options, BooleanSupplier stop) {
        Importer.Result r;
        try (Database d = Database.open(database, false, Database.BUSY_TIMEOUT_MS_DEFAULT)) {
            r = Importer.importFiles(d, files, options, stop);
        }
        ImportReport report = r.report();
        List<ImportReport.Problem> problems = new ArrayList<>(report.errors());
        problems.addAll(report.warnings());
        return new Outcome(database, files, r.counts(), r.rows(), problems, report.errorCount(),
                report.warningCount());
    }
}
