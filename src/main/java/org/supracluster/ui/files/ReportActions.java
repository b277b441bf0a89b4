package org.supracluster.ui.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.supracluster.analysis.DerivedSchemes;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.export.AnalysisReport;
import org.supracluster.export.AnalysisTables;
import org.supracluster.export.HtmlReport;
import org.supracluster.export.MapScene;
import org.supracluster.model.ClusterScheme;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;
import org.supracluster.ui.Notices;
import org.supracluster.ui.UiTasks;
import org.supracluster.ui.Workspace;
import org.supracluster.ui.filter.FilterDescription;
import org.supracluster.ui.FilterViewModel;

/**
 * File ▸ Export report… and File ▸ Export analysis tables…, for {@link FileCommandsViewModel}: the
 * window's current state (the filtered view, the cluster scheme, the language, the map as drawn)
 * gathered on the JavaFX thread, then the analysis and the writing in the background, shown in
 * the status bar with Cancel ({@link ReportExport} does the work, as the command line's
 * {@code report} and {@code analyze --out} do).
 */
final class ReportActions {

    /** The report's map picture fits in this box (pixels), as the command line's default --map-size. */
    static final double MAP_WIDTH = 1200;
    static final double MAP_HEIGHT = 900;
    static final String REPORT_FILE = "supracluster-report.html";

    private final FileChoice choice;
    private final Notices notices;
    private final UiTasks tasks;
    private final Workspace workspace;
    private final FileCommandsViewModel.Screen screen;

    ReportActions(FileChoice choice, Notices notices, UiTasks tasks, Workspace workspace,
                  FileCommandsViewModel.Screen screen) {
        this.choice = choice;
        this.notices = notices;
        this.tasks = tasks;
        this.workspace = workspace;
        this.screen = screen;
    }

    /** The view shown and its clusters, in the window's language. */
    private ReportExport.Analysis analysis() {
        ExplorerViewModel model = screen.model();
        return new ReportExport.Analysis(model.linksProperty().get(), model.scheme(), model.partition(),
                I18n.locale());
    }

    void exportReport() {
        Optional<Path> target = choice.reportFile(REPORT_FILE);
        if (target.isEmpty()) {
            return;
        }
        ReportExport.Analysis analysis = analysis();
        Locale locale = analysis.locale();
        String title = screen.presenter().ownTitle().orElse(AnalysisReport.defaultTitle(locale));
        // The picture is painted here, on the JavaFX thread, from the map's shapes (never a grab
        // of the screen); only its encoding waits for the background.
        BufferedImage picture = null;
        String mapNote = null;
        try {
            // The map shown: the firms, or the super-cluster map when that is what the user looks at,
            // in the light colours of the page it sits on (as `report` draws it), whatever the screen.
            MapScene scene = screen.mapPicture("", "", false);
            double scale = Math.min(MAP_WIDTH / scene.width(), MAP_HEIGHT / scene.height());
            picture = screen.paint(scene, scale);
        } catch (IllegalStateException notDrawn) {
            mapNote = I18n.get("reportExport.mapNotDrawn");
        }
        BufferedImage png = picture;
        List<HtmlReport.Entry> parameters = parameters(analysis);
        String noDatabase = I18n.get("reportExport.noDatabase");
        String version = AppVersion.get().orElse(I18n.get("dialog.about.development"));
        Path database = workspace.database().orElse(null);
        String note = mapNote;
        run(tasks.task(work -> {
            byte[] bytes = png == null ? null : encode(png, target.get());
            ReportExport.Report report = new ReportExport.Report(title, bytes, note, parameters, database,
                    noDatabase, version);
            return ReportExport.writeReport(analysis, report, target.get(), work);
        }), "task.report", target.get(), written -> I18n.format("reportExport.done", written));
    }

    void exportTables() {
        Optional<Path> folder = choice.tablesFolder();
        if (folder.isEmpty()) {
            return;
        }
        ReportExport.Analysis analysis = analysis();
        run(tasks.task(work -> ReportExport.writeTables(analysis, folder.get(), work)), "task.tables", folder.get(),
                w -> I18n.format("tablesExport.done", w.files().size(), w.folder()));
    }

    /**
     * Runs the writing in the background, shown in the status bar, where Cancel asks it to stop
     * (it stops before anything is put in place); a notice or an error at its end.
     */
    private <T> void run(UiTasks.Builder<T> writing, String labelKey, Path target, Function<T, String> done) {
        writing.shownAs(labelKey).cancelAsksWork()
                // Worded again whenever the language changes.
                .onSuccess(value -> notices.notice(() -> done.apply(value)))
                .onCancelled(() -> notices.notice(() -> I18n.get("export.cancelled")))
                .onFailure(t -> notices.error(I18n.format("export.failed", target),
                        t instanceof ViewExport.ExportException x && x.failure() == ViewExport.Failure.NOT_A_FOLDER
                                ? I18n.format("tablesExport.notAFolder", target.getFileName())
                                : I18n.format("export.cannotWrite", Notices.reason(t))))
                .start();
    }

    /**
     * The filter and parameters in the window's language: the filter in words as the status bar
     * says it, the scheme, what is shown, and the seed and permutations (the command line's
     * defaults, so a terminal run with the same filter gives the same figures).
     */
    private List<HtmlReport.Entry> parameters(ReportExport.Analysis analysis) {
        ExplorerViewModel model = screen.model();
        FilterViewModel f = model.filters();
        LinkGraph graph = analysis.graph();
        String words = FilterDescription.words(graph.view().filter(), analysis.scheme(),
                f.hasYears() ? f.minYear() : null, f.hasYears() ? f.maxYear() : null);
        List<HtmlReport.Entry> list = new ArrayList<>();
        list.add(entry("reportExport.param.filter", words.isEmpty() ? I18n.get("status.filter.none") : words));
        list.add(entry("reportExport.param.scheme", schemeName(analysis.scheme())));
        list.add(entry("reportExport.param.clusters", Integer.toString(analysis.partition().count())));
        list.add(entry("reportExport.param.linkTypes", graph.view().filter().linkTypes().stream()
                .map(I18n::name).collect(Collectors.joining(", "))));
        list.add(entry("reportExport.param.firms", graph.view().shownFirmCount() + " / "
                + model.network().firmCount()));
        // Links are merged links, as the status bar counts them; records are the stored rows.
        list.add(entry("reportExport.param.links", graph.linkCount() + " / " + model.allLinks().linkCount()));
        list.add(entry("reportExport.param.records", graph.view().shownLinkCount() + " / "
                + model.network().linkCount()));
        list.add(entry("reportExport.param.seed", Long.toString(AnalysisTables.SEED_DEFAULT)));
        list.add(entry("reportExport.param.permutations", Integer.toString(AnalysisTables.PERMUTATIONS_DEFAULT)));
        return list;
    }

    /** The scheme as the scheme chooser names it. */
    private static String schemeName(ClusterScheme scheme) {
        String n = scheme.name();
        if (DerivedSchemes.geoK(n).isPresent()) {
            return I18n.format("scheme.choice.geo", DerivedSchemes.geoK(n).getAsInt());
        }
        if (DerivedSchemes.COMMUNITIES_NAME.equals(n)) {
            return I18n.get("scheme.choice.communities");
        }
        if (DerivedSchemes.UNWEIGHTED_COMMUNITIES_NAME.equals(n)) {
            return I18n.get("scheme.choice.communitiesUnweighted");
        }
        return ClusterScheme.DEFAULT_NAME.equals(n) ? I18n.get("scheme.choice.default") : n;
    }

    private static HtmlReport.Entry entry(String key, String value) {
        return new HtmlReport.Entry(I18n.get(key), value);
    }

    private static byte[] encode(BufferedImage image, Path target) throws ViewExport.ExportException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG encoder is available");
            }
        } catch (IOException e) {
            throw new ViewExport.ExportException(target, ViewExport.Failure.CANNOT_WRITE, e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
