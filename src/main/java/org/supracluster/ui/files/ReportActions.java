package org.supracluster.ui.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javax.imageio.ImageIO;
import org.supracluster.analysis.DerivedSchemes;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Progress;
import org.supracluster.export.AnalysisReport;
import org.supracluster.export.AnalysisTables;
import org.supracluster.export.HtmlReport;
import org.supracluster.export.MapScene;
import org.supracluster.model.ClusterScheme;
import org.supracluster.ui.ExplorerView;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;
import org.supracluster.ui.filter.FilterDescription;
import org.supracluster.ui.filter.FilterViewModel;
import org.supracluster.ui.map.MapPainter;

/**
 * File ▸ Export report… and File ▸ Export analysis tables…: the window's current state (the
 * filtered view, the cluster scheme, the language, the map as drawn) gathered on the JavaFX
 * thread, then the analysis and the writing in a background task that the status bar shows with
 * Cancel ({@link ReportExport} does the work, as the command line's {@code report} and
 * {@code analyze --out} do).
 */
final class ReportActions {

    /** The report's map picture fits in this box (pixels), as the command line's default --map-size. */
    static final double MAP_WIDTH = 1200;
    static final double MAP_HEIGHT = 900;
    static final String REPORT_FILE = "supracluster-report.html";

    private final FileMenu menu;
    private final ExplorerView view;
    private final FileMenu.Services services;

    ReportActions(FileMenu menu, ExplorerView view, FileMenu.Services services) {
        this.menu = menu;
        this.view = view;
        this.services = services;
    }

    /** The view shown and its clusters, in the window's language. */
    private ReportExport.Analysis analysis() {
        ExplorerViewModel model = view.model();
        return new ReportExport.Analysis(model.linksProperty().get(), model.scheme(), model.partition(),
                I18n.locale());
    }

    void exportReport() {
        Optional<Path> target = services.choice().reportFile(menu.window(), REPORT_FILE);
        if (target.isEmpty()) {
            return;
        }
        ReportExport.Analysis analysis = analysis();
        Locale locale = analysis.locale();
        String title = view.presenter().ownTitle().orElse(AnalysisReport.defaultTitle(locale));
        // The picture is painted here, on the JavaFX thread, from the map's shapes (never a grab
        // of the screen); only its encoding waits for the background.
        BufferedImage picture = null;
        String mapNote = null;
        try {
            // The map shown: the firms, or the super-cluster map when that is what the user looks at.
            MapScene scene = view.mapPicture("", "");
            double scale = Math.min(MAP_WIDTH / scene.width(), MAP_HEIGHT / scene.height());
            picture = SwingFXUtils.fromFXImage(MapPainter.paint(scene, scale), null);
        } catch (IllegalStateException notDrawn) {
            mapNote = I18n.get("reportExport.mapNotDrawn");
        }
        BufferedImage png = picture;
        List<HtmlReport.Entry> parameters = parameters(analysis);
        String noDatabase = I18n.get("reportExport.noDatabase");
        String version = AppVersion.get().orElse(I18n.get("dialog.about.development"));
        Path database = view.workspace().database().orElse(null);
        String note = mapNote;
        AtomicBoolean stop = new AtomicBoolean();
        Task<Path> task = new ProgressTask<>() {
            @Override
            protected Path call() throws ViewExport.ExportException {
                byte[] bytes = png == null ? null : encode(png, target.get());
                ReportExport.Report report = new ReportExport.Report(title, bytes, note, parameters, database,
                        noDatabase, version);
                return ReportExport.writeReport(analysis, report, target.get(), progress(stop::get));
            }
        };
        run(task, "task.report", stop, target.get(), written -> I18n.format("reportExport.done", written));
    }

    void exportTables() {
        Optional<Path> folder = services.choice().tablesFolder(menu.window());
        if (folder.isEmpty()) {
            return;
        }
        ReportExport.Analysis analysis = analysis();
        AtomicBoolean stop = new AtomicBoolean();
        Task<ReportExport.TablesWritten> task = new ProgressTask<>() {
            @Override
            protected ReportExport.TablesWritten call() throws ViewExport.ExportException {
                return ReportExport.writeTables(analysis, folder.get(), progress(stop::get));
            }
        };
        run(task, "task.tables", stop, folder.get(),
                w -> I18n.format("tablesExport.done", w.files().size(), w.folder()));
    }

    /** Runs {@code task} in the background, shown in the status bar; a notice or an alert at its end. */
    private <T> void run(Task<T> task, String labelKey, AtomicBoolean stop, Path target,
                         java.util.function.Function<T, String> done) {
        view.background().track(labelKey, task.runningProperty(), task.progressProperty(), () -> stop.set(true));
        task.setOnSucceeded(e -> {
            T value = task.getValue();
            // Worded again whenever the language changes.
            view.notice(() -> done.apply(value));
        });
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            if (t instanceof CancellationException) {
                view.notice(() -> I18n.get("export.cancelled"));
                return;
            }
            String text = t instanceof ViewExport.ExportException x && x.failure() == ViewExport.Failure.NOT_A_FOLDER
                    ? I18n.format("tablesExport.notAFolder", target.getFileName())
                    : I18n.format("export.cannotWrite", FileMenu.reason(t));
            menu.error(I18n.format("export.failed", target), text);
        });
        services.executor().execute(task);
    }

    /**
     * The filter and parameters in the window's language: the filter in words as the status bar
     * says it, the scheme, what is shown, and the seed and permutations (the command line's
     * defaults, so a terminal run with the same filter gives the same figures).
     */
    private List<HtmlReport.Entry> parameters(ReportExport.Analysis analysis) {
        ExplorerViewModel model = view.model();
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
        list.add(entry("reportExport.param.links", graph.view().shownLinkCount() + " / "
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

    /** A task whose analysis reports to its progress bar and stops when Cancel is pressed. */
    private abstract static class ProgressTask<T> extends Task<T> {
        Progress progress(BooleanSupplier stop) {
            return new Progress() {
                @Override
                public void report(double fraction, String what) {
                    updateProgress(Math.max(0, Math.min(1, fraction)), 1);
                }

                @Override
                public boolean isCancelled() {
                    return stop.getAsBoolean() || ProgressTask.this.isCancelled();
                }
            };
        }
    }
}
