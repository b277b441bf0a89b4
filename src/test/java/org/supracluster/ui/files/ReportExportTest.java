package org.supracluster.ui.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.export.ReportHtml;
import org.supracluster.analysis.ClusterMetrics;
import org.supracluster.analysis.ClusterRoles;
import org.supracluster.export.AnalysisTables;
import org.supracluster.export.HtmlReport;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.Progress;
import org.supracluster.model.Region;
import org.supracluster.store.Database;
import org.supracluster.store.NetworkStore;
import org.supracluster.ui.explorer.ExplorerView;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.Fonts;
import org.supracluster.ui.I18n;
import org.supracluster.ui.Workspace;
import org.supracluster.ui.filter.FilterDescription;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Export report… and File ▸ Export analysis tables… in a real window (headless Monocle),
 * on a small database imported in the test: the report of the view as filtered, in the window's
 * language, with the map painted from its shapes and the database's provenance; the tables as
 * {@code analyze --out} writes them. The file choices are the test's; tasks run at once.
 */
@ExtendWith(ApplicationExtension.class)
class ReportExportTest {

    @TempDir
    static Path dir;

    static Path db;

    private ExplorerView view;
    private ExplorerViewModel model;
    private Path reportAnswer;
    private Path folderAnswer;
    private final List<String> suggested = new ArrayList<>();

    private final FileChoice choice = new NoFileChoice() {
        @Override
        public Optional<Path> reportFile(String suggestedName) {
            suggested.add(suggestedName);
            return Optional.ofNullable(reportAnswer);
        }

        @Override
        public Optional<Path> tablesFolder() {
            return Optional.ofNullable(folderAnswer);
        }
    };

    /** Nine firms in four clusters, imported as a user would; one firm's name is a formula. */
    @BeforeAll
    static void importedDatabase() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        db = DatabaseImportTest.emptyDatabase(dir);
        Path firms = DatabaseImportTest.write(data, "firms.csv", "id,name,region,city,lat,lon,segment,employees\n"
                + "A,=1+2 Fab,경기,수원,37.26,127.03,fab,10\n"
                + "B,수원 장비 002,경기,수원,37.27,127.01,equipment,10\n"
                + "C,서울 설계 003,서울,서울,37.56,126.97,design,10\n"
                + "D,청주 팹 004,충북,청주,36.64,127.49,fab,10\n"
                + "E,대전 연구소 005,대전,대전,36.35,127.38,research,10\n"
                + "F,구미 소재 006,경북,구미,36.12,128.34,materials,10\n"
                + "G,부산 부품 007,부산,부산,35.18,129.07,components,10\n"
                + "H,광주 패키징 008,광주,광주,35.16,126.85,packaging,10\n"
                + "I,인천 패키징 009,인천,인천,37.45,126.70,packaging,10\n");
        Path links = DatabaseImportTest.write(data, "links.csv", "source,target,type,weight,year\n"
                + "A,B,trade,5,2020\nB,C,trade,2,2020\nA,C,copatent,1,2021\nA,D,trade,3,2021\nD,E,trade,1,2021\n"
                + "D,E,copatent,2,2022\nE,F,trade,1,2022\nC,G,trade,1,2022\nF,G,copatent,1,2022\nH,A,trade,1,2020\n"
                + "I,A,trade,2,2021\nC,I,copatent,1,2021\n");
        DatabaseImport.Outcome o = DatabaseImport.run(db, List.of(firms, links), Progress.NONE);
        assertTrue(o.stored(), o.problems().toString());
    }

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.ENGLISH);
        Fonts.load();
        Network network;
        try (Database d = Database.open(db, false, Database.BUSY_TIMEOUT_MS_DEFAULT)) {
            network = NetworkStore.of(d).load();
        }
        model = new ExplorerViewModel(network, ClusterScheme.defaultFive());
        Workspace workspace = new Workspace() {
            @Override
            public Optional<Path> database() {
                return Optional.of(db);
            }

            @Override
            public void open(Path database) {
            }

            @Override
            public void showScheme(ClusterScheme scheme) {
            }
        };
        view = new ExplorerView(model, workspace,
                new FileMenu.Services(choice, RecentFilesStore.inMemory(), Runnable::run, () -> { }));
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(Fonts.baseStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != view.getScene().getWindow()) {
                    w.hide();
                }
            }
            I18n.setLocale(Locale.ENGLISH);
        });
        WaitForAsyncUtils.waitForFxEvents();
        org.supracluster.ui.explorer.ExplorerWindow.close(view);
    }

    /** Waits until GraphStream has drawn the map (its camera knows the scale). */
    private void waitForMap() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            var camera = view.map().graphView().getCamera();
            return camera != null && camera.getMetrics().ratioPx2Gu > 0 && view.map().getWidth() > 0;
        }).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MenuItem item(String id) {
        for (Menu m : view.menuBar().getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (id.equals(i.getId())) {
                    return i;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private void fire(String id) throws Exception {
        MenuItem item = item(id);
        WaitForAsyncUtils.asyncFx(item::fire).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void filter(Filter f) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.setFilter(f)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The window's own analysis of what it shows now, in its language: what the report must hold. */
    private AnalysisTables windowTables() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> new AnalysisTables(model.linksProperty().get(), model.scheme(),
                model.partition(), I18n.locale(), AnalysisTables.SEED_DEFAULT,
                AnalysisTables.PERMUTATIONS_DEFAULT)).get();
    }

    private String filterWords() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var f = model.filters();
            return FilterDescription.words(model.filterProperty().get(), model.scheme(),
                    f.hasYears() ? f.minYear() : null, f.hasYears() ? f.maxYear() : null);
        }).get();
    }



    @Test
    void theReportOfTheTradeViewHoldsTheWindowsAnalysisTheMapAndTheProvenance(FxRobot robot) throws Exception {
        waitForMap();
        filter(Filter.all().withLinkTypes(EnumSet.of(LinkType.TRADE)));
        assertEquals(FileMenu.EXPORT_REPORT_KEYS, item(FileMenu.EXPORT_REPORT_ID).getAccelerator());
        Path file = dir.resolve("out/trade-report.html");
        Files.createDirectories(file.getParent());
        reportAnswer = file;
        fire(FileMenu.EXPORT_REPORT_ID);
        assertEquals(List.of("supracluster-report.html"), suggested, "the file name offered");
        assertTrue(Files.isRegularFile(file), "the report is written");
        String html = Files.readString(file, StandardCharsets.UTF_8);

        AnalysisTables tables = windowTables();
        ClusterRoles roles = tables.roles();
        assertEquals(8, roles.graph().linkCount(), "the window's view: trade links only");
        HtmlReport.Table expected = tables.clusters().html(java.util.Locale.ENGLISH, null, "cluster", "firms",
                "internal", "external",
                "ei_index", "density", "internal_share", "external_share", "role", "partners");
        List<List<String>> rows = ReportHtml.firstTableRows(html);
        assertEquals(roles.clusters().size(), rows.size(), html);
        for (int i = 0; i < rows.size(); i++) {
            ClusterMetrics m = roles.clusters().get(i);
            List<String> cells = rows.get(i);
            assertEquals(expected.rows().get(i).stream().map(ReportHtml::escaped).toList(), cells);
            assertEquals(Integer.toString(m.firms()), cells.get(1));
            assertEquals(Long.toString(m.internalLinks()), cells.get(2));
            assertEquals(Long.toString(m.externalLinks()), cells.get(3));
        }
        String words = filterWords();
        assertEquals("Trade only", words);
        assertTrue(html.contains("<dt>Filter</dt><dd>Trade only</dd>"), "the filter in words");
        assertTrue(html.contains("<dt>Seed</dt><dd>" + AnalysisTables.SEED_DEFAULT + "</dd>"));
        assertTrue(html.contains("<dt>Permutations</dt><dd>1000</dd>"));
        assertTrue(html.contains("<dt>Cluster scheme</dt><dd>" + ReportHtml.escaped(I18n.get("scheme.choice.default"))
                + "</dd>"));
        assertFalse(html.contains("http://") || html.contains("https://"), "no web address");
        assertFalse(html.contains("<script"), "no script");
        assertTrue(html.contains("<h1>The supra-regional network of semiconductor firms</h1>"), "the default title");
        assertTrue(html.contains("firms.csv, links.csv") && html.contains("(21 rows)"), "the import log, files named");
        assertTrue(html.contains("Database: " + db.getFileName()) && html.contains("Not synthetic"));
        assertFalse(html.contains(dir.toString()), "no folder of the user's in a report that is shared");
        assertTrue(html.contains(AppVersion.get().orElse(I18n.get("dialog.about.development"))), "the version");
        assertTrue(html.contains("data:font/ttf;base64,"), "the program's Hangul font is embedded");

        Matcher img = Pattern.compile("<img class=\"map\"[^>]*src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"")
                .matcher(html);
        assertTrue(img.find(), "the map picture, inline");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(img.group(1))));
        assertTrue(png.getWidth() <= 1200 && png.getHeight() <= 900, png.getWidth() + "×" + png.getHeight());
        assertTrue(png.getWidth() >= 1199 || png.getHeight() >= 899, "as large as fits 1200×900: "
                + png.getWidth() + "×" + png.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < png.getHeight(); y += 3) {
            for (int x = 0; x < png.getWidth(); x += 3) {
                colours.add(png.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "land, borders, firms, legend and text: " + colours.size());

        String notice = robot.lookup("#" + org.supracluster.ui.status.StatusBar.NOTICE_ID).queryAs(Label.class).getText();
        assertTrue(notice.contains(file.toString()), notice);
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertEquals(List.of("trade-report.html"), left.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left behind");
        }
        new File("target").mkdirs();
        Files.copy(file, Path.of("target/report-export-en.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void inKoreanTheReportOfARegionIsInKoreanUnderThePresentersTitle() throws Exception {
        waitForMap();
        WaitForAsyncUtils.asyncFx(() -> I18n.setLocale(Locale.KOREAN)).get();
        filter(Filter.all().withRegions(EnumSet.of(Region.SEOUL, Region.INCHEON, Region.GYEONGGI, Region.DAEJEON)));
        WaitForAsyncUtils.asyncFx(() -> view.presenter().editTitle("수도권 반도체 <협력>", "기본")).get();
        Path file = dir.resolve("ko/report.html");
        reportAnswer = file;
        fire(FileMenu.EXPORT_REPORT_ID);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"ko\">"));
        assertTrue(html.contains("<h1>수도권 반도체 &lt;협력&gt;</h1>"), "the presenter's title, escaped");
        String words = filterWords();
        assertTrue(words.matches(".*[\\uAC00-\\uD7A3].*") && words.contains("대전"), words);
        assertTrue(html.contains("<dt>필터</dt><dd>" + ReportHtml.escaped(words) + "</dd>"),
                "the filter in Korean words");
        assertTrue(html.contains("<h2>클러스터 역할</h2>") && html.contains("<h2>데이터 출처</h2>"));
        AnalysisTables tables = windowTables();
        List<List<String>> rows = ReportHtml.firstTableRows(html);
        assertEquals(tables.roles().clusters().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(ReportHtml.escaped(tables.clusterName(tables.roles().clusters().get(i).cluster())),
                    rows.get(i).get(0));
            assertEquals(Integer.toString(tables.roles().clusters().get(i).firms()), rows.get(i).get(1));
        }
        assertTrue(rows.get(0).get(0).equals("수도권"), "cluster names in Hangul: " + rows.get(0));
        assertTrue(html.contains("<img class=\"map\""));
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<script"));
        Files.copy(file, Path.of("target/report-export-ko.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theAnalysisTablesAreTheFilesOfAnalyzeWithBomAndNeutralisedFormulas(FxRobot robot) throws Exception {
        waitForMap();
        Path folder = dir.resolve("tables");
        folderAnswer = folder;
        fire(FileMenu.EXPORT_TABLES_ID);
        List<String> expected = windowTables().everyTable(AnalysisTables.BetweennessMode.AUTO, Progress.NONE,
                Progress.NONE).stream().map(t -> t.name() + ".csv").sorted().toList();
        assertEquals(10, expected.size()); // bridges.csv joined the nine
        List<String> written;
        try (Stream<Path> files = Files.list(folder)) {
            written = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(expected, written, "the tables of analyze --out, nothing else");
        for (String name : written) {
            byte[] head = Arrays.copyOf(Files.readAllBytes(folder.resolve(name)), 3);
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, head, name + " starts with the BOM");
        }
        List<String> firms = Files.readAllLines(folder.resolve("firms.csv"), StandardCharsets.UTF_8);
        assertTrue(firms.stream().anyMatch(l -> l.startsWith("A,'=1+2 Fab,")), "the formula is neutralised: " + firms);
        for (String line : firms) {
            for (String cell : line.split(",")) {
                assertFalse(cell.startsWith("=") || cell.startsWith("\"="), "a cell a spreadsheet would run: " + line);
            }
        }
        String notice = robot.lookup("#" + org.supracluster.ui.status.StatusBar.NOTICE_ID).queryAs(Label.class).getText();
        assertTrue(notice.contains(" 10 ") && notice.contains(folder.toString()), notice);
    }

    @Test
    void aReportThatCannotBeWrittenSaysWhichFileAndWritesNothing(FxRobot robot) throws Exception {
        waitForMap();
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path impossible = plain.resolve("report.html");
        reportAnswer = impossible;
        fire(FileMenu.EXPORT_REPORT_ID);
        assertFalse(Files.exists(impossible));
        DialogPane alert = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(alert.getHeaderText().contains(impossible.toString()), alert.getHeaderText());
        assertFalse(alert.getContentText().contains("Exception"), "a sentence, not a stack trace: "
                + alert.getContentText());
    }

    @Test
    void cancelStopsThePermutationsAndWritesNothing() throws Exception {
        ReportExport.Analysis analysis = WaitForAsyncUtils.asyncFx(() -> new ReportExport.Analysis(
                model.linksProperty().get(), model.scheme(), model.partition(), Locale.ENGLISH)).get();
        ReportExport.Report report = new ReportExport.Report("t", null, "no map", List.of(), db, "", "v");
        List<Double> heard = new ArrayList<>();
        Progress cancelOnFirstNews = new Progress() {
            @Override
            public synchronized void report(double fraction, String what) {
                heard.add(fraction);
            }

            @Override
            public synchronized boolean isCancelled() {
                return !heard.isEmpty();
            }
        };
        Path file = dir.resolve("stopped/report.html");
        assertThrows(CancellationException.class,
                () -> ReportExport.writeReport(analysis, report, file, cancelOnFirstNews));
        assertFalse(heard.isEmpty(), "the permutations report progress");
        assertFalse(Files.exists(file), "a stopped report writes nothing");
        heard.clear();
        Path folder = dir.resolve("stopped-tables");
        assertThrows(CancellationException.class,
                () -> ReportExport.writeTables(analysis, folder, cancelOnFirstNews));
        assertFalse(Files.exists(folder), "stopped tables write nothing");
    }

    @Test
    void tablesThatCannotAllBeWrittenLeaveTheFolderAsItWas() throws Exception {
        ReportExport.Analysis analysis = WaitForAsyncUtils.asyncFx(() -> new ReportExport.Analysis(
                model.linksProperty().get(), model.scheme(), model.partition(), Locale.ENGLISH)).get();
        Path folder = dir.resolve("last-week");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("clusters.csv"), "last week");
        // The last table's name is taken by a folder with something in it: its move must fail.
        Files.createDirectories(folder.resolve("finding.csv"));
        Files.writeString(folder.resolve("finding.csv").resolve("keep.txt"), "x");
        assertThrows(ViewExport.ExportException.class, () -> ReportExport.writeTables(analysis, folder, Progress.NONE));
        assertEquals("last week", Files.readString(folder.resolve("clusters.csv")),
                "no table replaced unless all of them can be");
        try (var files = Files.list(folder)) {
            assertEquals(List.of("clusters.csv", "finding.csv"), files.map(f -> f.getFileName().toString()).sorted()
                    .toList(), "and nothing left beside them");
        }
    }
}
