package org.supracluster.ui.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.supracluster.ingest.ImportReport;
import org.supracluster.ingest.Importer;
import org.supracluster.ingest.SampleDatabase;
import org.supracluster.ingest.UnmatchedNames;
import org.supracluster.model.Placement;
import org.supracluster.model.Progress;
import org.supracluster.store.Database;
import org.supracluster.store.ImportCounts;
import org.supracluster.store.NetworkStore;

/**
 * Imports files into a database file as the command line's {@code import} does (kind recognised
 * from each file's header or extension, encoding detected, trade weight = summed amount; every
 * file checked first and nothing stored on any error), and turns the result into the
 * {@link Outcome} that the import dialog and the report dialog show. Plain Java: runs on a
 * background thread.
 */
public final class DatabaseImport {

    /**
     * What an import (or a dry run) did, for the import dialog and the report dialog.
     *
     * @param counts what changed (for a dry run: what would have), or {@code null} when errors
     *               stopped the import (nothing stored)
     * @param rows data rows (or XML nodes and edges) read
     * @param problems errors first, then warnings, each with file, line (0 = whole file), column
     *                 (or {@code null}) and the importer's sentence; at most {@link ImportReport#KEEP} of each
     * @param errorCount all errors found, listed or not
     * @param warningCount all warnings found, listed or not
     * @param unmatched the names in raw records that matched no firm, with their "did you mean"
     * @param placements how the firms of the firm files were placed, by placement
     * @param dryRun whether nothing was stored by design (a check)
     */
    public record Outcome(Path database, List<Path> files, ImportCounts counts, long rows,
                          List<ImportReport.Problem> problems, long errorCount, long warningCount,
                          List<UnmatchedNames.Name> unmatched, Map<Placement, Long> placements, boolean dryRun) {
        public Outcome {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
            unmatched = List.copyOf(unmatched);
            placements = Map.copyOf(placements);
        }

        /** An import's outcome without unmatched names or placements (GraphML, links files). */
        public Outcome(Path database, List<Path> files, ImportCounts counts, long rows,
                       List<ImportReport.Problem> problems, long errorCount, long warningCount) {
            this(database, files, counts, rows, problems, errorCount, warningCount, List.of(), Map.of(), false);
        }

        /** Whether the data was stored (no errors, and not a dry run). */
        public boolean stored() {
            return counts != null && !dryRun;
        }

        /** Whether the files passed every check (stored, or would have been by a dry run). */
        public boolean valid() {
            return counts != null;
        }

        /** Whether the stored network changed, so that the map must be reloaded to show it. */
        public boolean changedData() {
            return stored() && !counts.changedNothing();
        }

        /** How many firms were placed this way (0 when none). */
        public long placed(Placement p) {
            return placements.getOrDefault(p, 0L);
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
     * @param progress asked between files and before the commit; when it is cancelled nothing is
     *                 stored and {@link Progress.Cancelled} (a
     *                 {@link java.util.concurrent.CancellationException}) is thrown
     * @throws org.supracluster.store.StoreException when the database cannot be opened or written
     */
    public static Outcome run(Path database, List<Path> files, Progress progress) {
        return run(database, files, Importer.Options.defaults(), progress);
    }

    /**
     * Imports {@code files} into the existing database file {@code database} with the given options
     * (encoding, kind of file, trade weight, metadata), as {@code import}'s flags give them.
     *
     * @param progress asked between files and before the commit; when it is cancelled nothing is
     *                 stored and {@link Progress.Cancelled} (a
     *                 {@link java.util.concurrent.CancellationException}) is thrown
     * @throws org.supracluster.store.StoreException when the database cannot be opened or written
     */
    public static Outcome run(Path database, List<Path> files, Importer.Options options, Progress progress) {
        return run(database, files, options, Map.of(), progress);
    }

    /**
     * The same with each file of {@code reading} read with its own options (the import dialog's
     * kind, encoding, sheet and columns per file); {@code options} says the rest, a dry run included.
     */
    public static Outcome run(Path database, List<Path> files, Importer.Options options,
                              Map<Path, Importer.Options> reading, Progress progress) {
        Importer.Result r;
        try (Database d = Database.open(database, false, Database.BUSY_TIMEOUT_MS_DEFAULT)) {
            r = Importer.importFiles(d, files, options, reading, progress);
        }
        ImportReport report = r.report();
        List<ImportReport.Problem> problems = new ArrayList<>(report.errors());
        problems.addAll(report.warnings());
        return new Outcome(database, files, r.counts(), r.rows(), problems, report.errorCount(),
                report.warningCount(), r.unmatched(), r.placements(), r.dryRun());
    }

    /**
     * Whether the database was made from the program's synthetic sample (its metadata says
     * {@code synthetic=true}): a user's data must not land in it by accident.
     *
     * @throws org.supracluster.store.StoreException when the file cannot be read
     */
    public static boolean isSample(Path database) {
        try (Database d = Database.openReadOnly(database)) {
            return "true".equals(NetworkStore.of(d).metadata().get(SampleDatabase.SYNTHETIC));
        }
    }
}
