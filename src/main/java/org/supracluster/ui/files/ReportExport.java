package org.supracluster.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.supracluster.analysis.DerivedSchemes;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.export.AnalysisReport;
import org.supracluster.export.AnalysisTables;
import org.supracluster.export.HtmlReport;
import org.supracluster.export.ResultTable;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Progress;
import org.supracluster.store.Database;
import org.supracluster.store.NetworkStore;
import org.supracluster.store.StoreException;

/**
 * The HTML report and the analysis tables of the window's current view, written as the command
 * line's {@code report} and {@code analyze --out} write them (the same {@link AnalysisTables},
 * {@link AnalysisReport}), with the program's default seed and permutations. Plain Java: runs on a
 * background thread; the window gathers what only it knows (the map picture, the filter in words)
 * on the JavaFX thread first.
 */
public final class ReportExport {

    /** What the report and the tables are about: the view shown and its clusters, in a language. */
    public record Analysis(LinkGraph graph, ClusterScheme scheme, Partition partition, Locale locale) {
        public Analysis {
            Objects.requireNonNull(graph, "graph");
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(partition, "partition");
            Objects.requireNonNull(locale, "locale");
        }

        /** The tables; communities by unweighted modularity when the scheme shown is those communities. */
        AnalysisTables tables() {
            return new AnalysisTables(graph, scheme, partition, locale, AnalysisTables.SEED_DEFAULT,
                    AnalysisTables.PERMUTATIONS_DEFAULT,
                    !DerivedSchemes.UNWEIGHTED_COMMUNITIES_NAME.equals(scheme.name()));
        }
    }

    /**
     * The report's own parts.
     *
     * @param mapPng     the map picture as PNG, or null
     * @param mapNote    what the map's place says without one
     * @param parameters the filter and parameters, in the window's language
     * @param database   the open database, read for the provenance; null when the view has no file
     * @param noDatabase the provenance's database line when there is none
     */
    public record Report(String title, byte[] mapPng, String mapNote, List<HtmlReport.Entry> parameters,
                         Path database, String noDatabase, String version) {
        public Report {
            Objects.requireNonNull(title, "title");
            parameters = List.copyOf(parameters);
        }
    }

    /** The tables written: how many, into which folder. */
    public record TablesWritten(Path folder, List<String> files) { }

    private ReportExport() {
    }

    /**
     * Writes the report of {@code analysis} into {@code target} (beside it first, then moved into
     * place).
     *
     * @param progress hears of the permutation tests, the long part; its cancel stops before
     *                 anything is written, with a {@link CancellationException}
     * @throws ViewExport.ExportException naming the file, when it cannot be written or the
     *                                    database's provenance cannot be read
     */
    public static Path writeReport(Analysis analysis, Report report, Path target, Progress progress)
            throws ViewExport.ExportException {
        Path abs = target.toAbsolutePath();
        try {
            progress.checkCancelled();
            AnalysisReport.Provenance provenance = provenance(report);
            HtmlReport.Content content = AnalysisReport.content(analysis.tables(), report.title(), analysis.locale(),
                    report.mapPng(), report.mapNote(), report.parameters(), provenance, report.version(),
                    ZonedDateTime.now(), AnalysisReport.font(), progress);
            progress.checkCancelled();
            AnalysisReport.write(content, abs);
            return abs;
        } catch (CancellationException e) { // Progress.Cancelled: no failure to tell
            throw e;
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() != null ? e.getMessage() : e.toString();
            throw new ViewExport.ExportException(abs, ViewExport.Failure.CANNOT_WRITE, why, e);
        }
    }

    /**
     * Writes every table of {@code analysis} ({@link AnalysisTables#everyTable}) as CSV into
     * {@code folder}: the files {@code analyze --out} writes. All tables are computed before the
     * first file is written, so a stopped export writes nothing; each file goes in beside its name
     * and is moved into place.
     *
     * @throws ViewExport.ExportException naming the folder or file that could not be written
     */
    public static TablesWritten writeTables(Analysis analysis, Path folder, Progress progress)
            throws ViewExport.ExportException {
        Path abs = folder.toAbsolutePath();
        // The firms' betweenness first, then the permutation tests: each half of the bar.
        List<ResultTable> tables = analysis.tables().everyTable(AnalysisTables.BetweennessMode.AUTO,
                progress.part(0, 0.5), progress.part(0.5, 0.5));
        progress.checkCancelled();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new ViewExport.ExportException(abs, ViewExport.Failure.NOT_A_FOLDER,
                    "a file of this name exists; the tables go into a folder", null);
        }
        try {
            // All beside their names first, then all moved: never a folder half new, half old.
            ResultTable.writeAll(tables, abs, false);
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() != null ? e.getMessage() : e.toString();
            throw new ViewExport.ExportException(abs, ViewExport.Failure.CANNOT_WRITE, why, e);
        }
        return new TablesWritten(abs, tables.stream().map(t -> t.name() + ".csv").toList());
    }

    /** The database's metadata and import log, read without writing anything (another window may hold it). */
    static AnalysisReport.Provenance provenance(Report report) {
        if (report.database() == null) {
            return new AnalysisReport.Provenance(report.noDatabase(), java.util.Map.of(), List.of());
        }
        try (Database d = Database.openReadOnly(report.database())) {
            NetworkStore store = NetworkStore.of(d);
            return new AnalysisReport.Provenance(String.valueOf(report.database().getFileName()), store.metadata(),
                    store.importLog().stream().map(e -> new AnalysisReport.Import(e.at(), e.files(), e.rows()))
                            .toList());
        } catch (StoreException e) {
            throw new StoreException("the provenance could not be read from " + report.database().getFileName()
                    + ": " + e.getMessage(), e);
        }
    }
}
