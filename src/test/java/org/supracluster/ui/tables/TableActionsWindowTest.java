package org.supracluster.ui.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;
import org.supracluster.ui.explorer.ExplorerView;
import org.supracluster.ui.explorer.ExplorerWindow;
import org.supracluster.ui.I18n;
import org.supracluster.ingest.ImportReport;
import org.supracluster.ui.files.DatabaseImport;
import org.supracluster.ui.files.FileChoice;
import org.supracluster.ui.files.NoFileChoice;
import org.supracluster.ui.files.ImportReportDialog;
import org.supracluster.ui.files.FileMenu;
import org.supracluster.ui.files.RecentFilesStore;
import org.supracluster.ui.inspector.FirmRow;
import org.supracluster.ui.inspector.FirmsView;
import org.supracluster.ui.roles.ClusterRolesView;
import org.supracluster.ui.roles.ClusterRow;
import org.supracluster.ui.roles.ClusterTable;
import org.supracluster.ui.roles.GeographyView;
import org.supracluster.ui.roles.InterClusterView;
import org.supracluster.ui.roles.RolesTabs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Copy and "Export as CSV…" in the explorer window, headless: the context menus of the cluster
 * roles table, the firms table and the matrix, with the file dialog answered by the test.
 */
@ExtendWith(ApplicationExtension.class)
class TableActionsWindowTest {

    @TempDir
    Path dir;

    private ExplorerView view;
    /** What the fake save dialog answers next, and the names it was offered. */
    private Path answer;
    private final List<String> suggested = new ArrayList<>();

    private final FileChoice choice = new NoFileChoice() {
        @Override
        public Optional<Path> csvFile(String suggestedName) {
            suggested.add(suggestedName);
            return Optional.ofNullable(answer);
        }
    };

    /** Six firms in three clusters, some named as a spreadsheet would read a formula. */
    static Network network() {
        Network.Builder b = Network.builder();
        b.addFirm(firm("S", "=HYPERLINK(\"http://x\")", Region.SEOUL, 37.5, 127.0));
        b.addFirm(firm("G", "수원 팹 002", Region.GYEONGGI, 37.26, 127.03));
        b.addFirm(firm("I", "+82 반도체", Region.INCHEON, 37.45, 126.7));
        b.addFirm(firm("D", "-3 Lab", Region.DAEJEON, 36.35, 127.38));
        b.addFirm(firm("C", "@청주 패키징", Region.CHUNGBUK, 36.64, 127.49));
        b.addFirm(firm("B", "부산 소재, \"주\"", Region.BUSAN, 35.18, 129.07));
        b.addLink(0, 1, LinkType.TRADE, 2, 2020);
        b.addLink(1, 2, LinkType.TRADE, 1, 2021);
        b.addLink(1, 3, LinkType.TRADE, 4, 2021);
        b.addLink(3, 4, LinkType.TRADE, 1, 2022);
        b.addLink(4, 5, LinkType.TRADE, 3, 2022);
        b.addLink(0, 3, LinkType.COPATENT, 1, 2020);
        b.addLink(1, 5, LinkType.COPATENT, 2, 2022);
        return b.build();
    }

    private static Firm firm(String id, String name, Region region, double lat, double lon) {
        return new Firm(id, name, region, "", lat, lon, Segment.FAB, -1, Map.of());
    }

    @Start
    void start(Stage stage) {
        view = ExplorerWindow.show(stage, network(),
                new FileMenu.Services(choice, RecentFilesStore.inMemory(), Runnable::run, () -> { }));
    }

    @AfterEach
    void closeWindowAndDialogs() {
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (view.getScene() != null && w != view.getScene().getWindow()) {
                    w.hide();
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        ExplorerWindow.close(view);
    }

    private static List<List<String>> readCsv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0), "UTF-8 with BOM");
        assertTrue(text.endsWith("\r\n"), "CRLF line ends");
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(text.substring(1))) {
            return r.stream().map(CsvRecord::getFields).toList();
        }
    }

    private void exportFromContextMenu(FxRobot robot, Node target, Path file) {
        answer = file;
        openContextMenu(robot, target);
        clickMenuItem(robot, "table.exportCsv");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Right-clicks {@code target}. Headless Monocle turns a right click into no context-menu
     * request (a desktop's windowing system does that), so the request a right click makes on a
     * desktop is sent after the click, at the same point.
     */
    private static void openContextMenu(FxRobot robot, Node target) {
        robot.rightClickOn(target);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            var centre = target.localToScene(target.getLayoutBounds().getCenterX(),
                    target.getLayoutBounds().getCenterY());
            var screen = target.localToScreen(target.getLayoutBounds().getCenterX(),
                    target.getLayoutBounds().getCenterY());
            var local = target.sceneToLocal(centre);
            javafx.event.Event.fireEvent(target, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                    screen.getX(), screen.getY(), false, new javafx.scene.input.PickResult(target, centre.getX(),
                    centre.getY())));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the open context menu's item with the text of {@code key}. */
    private static void clickMenuItem(FxRobot robot, String key) {
        robot.clickOn(robot.lookup(".context-menu .menu-item").match(n -> n.lookup(".label") instanceof Label l
                && I18n.get(key).equals(l.getText())).queryAs(Node.class));
    }

    private static List<List<String>> readTabSeparated(String text) throws IOException {
        try (CsvReader<CsvRecord> r = CsvReader.builder().fieldSeparator('\t').ofCsvRecord(text)) {
            return r.stream().map(CsvRecord::getFields).toList();
        }
    }

    private String notice(FxRobot robot) {
        return robot.lookup("#" + org.supracluster.ui.status.StatusBar.NOTICE_ID).queryAs(Label.class).getText();
    }

    private static String text(Object v) {
        return TableCsv.cell(v);
    }

    @Test
    void theClusterRolesTableIsExportedAsShownSortedByFirms(FxRobot robot) throws Exception {
        ClusterTable table = robot.lookup("#" + ClusterRolesView.TABLE_ID).queryAs(ClusterTable.class);
        WaitForAsyncUtils.asyncFx(() -> {
            TableColumn<ClusterRow, ?> firms = table.column(ClusterTable.FIRMS_COLUMN_ID);
            firms.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(firms));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        Path file = dir.resolve("clusters.csv");
        exportFromContextMenu(robot, table, file);

        assertEquals(List.of("clusters"), suggested);
        List<List<String>> csv = readCsv(file);
        List<String> header = new ArrayList<>();
        for (String id : ClusterTable.COLUMN_IDS) {
            header.add(table.header(id));
        }
        assertEquals(header, csv.get(0), "the titles the columns show");
        assertEquals("Cluster", csv.get(0).get(0));
        List<ClusterRow> shown = WaitForAsyncUtils.asyncFx(() -> List.copyOf(table.getItems())).get();
        assertEquals(shown.size() + 1, csv.size());
        for (int i = 0; i < shown.size(); i++) {
            ClusterRow r = shown.get(i);
            var m = r.metrics();
            assertEquals(List.of(r.name(I18n.locale()), text(m.firms()), text(m.internalLinks()),
                    text(m.externalLinks()), text(m.eiIndex()), text(m.internalShare()), text(m.externalShare()),
                    r.role() == null ? I18n.get("roles.notInView") : I18n.name(r.role())), csv.get(i + 1), "row " + i);
        }
        // Sorted by firms, most first, as the table shows: 3 in the capital region.
        assertEquals("3", csv.get(1).get(1));
        assertEquals("Capital region", csv.get(1).get(0));
        assertEquals("· Wrote " + shown.size() + " rows to " + file, notice(robot));
    }

    private TableView<FirmRow> firmsTable(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.tabs().getTabs().stream()
                .filter(t -> t.getContent() instanceof FirmsView).findFirst().orElseThrow()
                .getTabPane().getSelectionModel().select(view.tabs().getTabs().stream()
                        .filter(t -> t.getContent() instanceof FirmsView).findFirst().orElseThrow())).get();
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<FirmRow> table = robot.lookup("#" + FirmsView.TABLE_ID).queryAs(TableView.class);
        // The firm metrics (betweenness) come from a background thread: wait for the full rows.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                table.getItems().size() == 6 && table.getItems().stream().noneMatch(r -> Double.isNaN(r.betweenness())))
                .get());
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    @Test
    void theFirmsTableIsExportedWithItsVisibleColumnsInTheOrderShown(FxRobot robot) throws Exception {
        TableView<FirmRow> table = firmsTable(robot);
        WaitForAsyncUtils.asyncFx(() -> {
            table.getColumns().get(1).setVisible(false); // the user hides "ID"
            TableColumn<FirmRow, ?> degree = table.getColumns().get(6);
            degree.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(degree, table.getColumns().get(0)));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        Path file = dir.resolve("firms.csv");
        exportFromContextMenu(robot, robot.lookup(".table-row-cell").match(n -> n.getParent() != null
                && ((TableRow<?>) n).getItem() instanceof FirmRow).queryAs(TableRow.class), file);

        assertEquals(List.of("firms"), suggested);
        List<List<String>> csv = readCsv(file);
        List<String> header = WaitForAsyncUtils.asyncFx(() -> table.getVisibleLeafColumns().stream()
                .map(TableColumn::getText).toList()).get();
        assertEquals(header, csv.get(0));
        assertFalse(header.contains("ID"), "the hidden column is left out");
        assertEquals(List.of("Name", "Region", "Cluster", "Segment", "Role", "Degree"), header.subList(0, 6));
        List<FirmRow> shown = WaitForAsyncUtils.asyncFx(() -> List.copyOf(table.getItems())).get();
        assertEquals(shown.size() + 1, csv.size());
        for (int i = 0; i < shown.size(); i++) {
            FirmRow r = shown.get(i);
            assertEquals(List.of(text(r.name()), r.region(), r.cluster(), r.segment(),
                    r.role() == null ? "" : r.roleName(), text(r.degree()), text(r.weightedDegree()),
                    text(r.tradeIn()), text(r.tradeOut()), text(r.betweenness()), text(r.pageRank()), text(r.z()),
                    text(r.participation()), text(r.brokerage())), csv.get(i + 1), "row " + i);
        }
        // Sorted by degree, most first: 수원 팹 has four neighbours; formula-like names neutralised.
        assertEquals(List.of("수원 팹 002", "4"), List.of(csv.get(1).get(0), csv.get(1).get(5)));
        List<String> names = csv.stream().skip(1).map(r -> r.get(0)).toList();
        assertTrue(names.contains("'=HYPERLINK(\"http://x\")"), names.toString());
        assertTrue(names.containsAll(List.of("'+82 반도체", "'-3 Lab", "'@청주 패키징", "부산 소재, \"주\"")),
                names.toString());
    }

    @Test
    void ctrlCAndCopyPutTheSelectedRowsOnTheClipboardAndAClickStillSelectsTheFirm(FxRobot robot) throws Exception {
        TableView<FirmRow> table = firmsTable(robot);
        List<TableRow<?>> rows = new ArrayList<>();
        for (TableRow<?> r : robot.lookup(".table-row-cell").match(n -> n.getParent() != null
                && ((TableRow<?>) n).getItem() instanceof FirmRow).queryAllAs(TableRow.class)) {
            rows.add(r);
        }
        rows.sort(java.util.Comparator.comparingInt(TableRow::getIndex));
        robot.clickOn(rows.get(2));
        WaitForAsyncUtils.waitForFxEvents();
        FirmRow third = table.getItems().get(2);
        assertEquals(third.firm(), view.model().selectedFirmProperty().get(), "a click selects the firm on the map");
        robot.press(KeyCode.CONTROL).clickOn(rows.get(0)).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, table.getSelectionModel().getSelectedIndices().size(), "several rows can be selected");
        robot.push(KeyCode.CONTROL, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        String pasted = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertTrue(pasted.endsWith("\r\n"), pasted);
        List<List<String>> lines = readTabSeparated(pasted);
        assertEquals(3, lines.size(), "header and two rows: " + pasted);
        assertEquals(List.of("Name", "ID", "Region"), lines.get(0).subList(0, 3));
        FirmRow first = table.getItems().get(0);
        assertEquals(List.of(text(first.name()), first.id()), lines.get(1).subList(0, 2));
        assertEquals(List.of(text(third.name()), third.id()), lines.get(2).subList(0, 2), "in the order shown");
        assertEquals(text(third.degree()), lines.get(2).get(6));
        assertEquals("· Copied 2 rows to the clipboard", notice(robot));

        // The context menu's Copy does the same for one row.
        robot.clickOn(rows.get(1));
        WaitForAsyncUtils.waitForFxEvents();
        openContextMenu(robot, rows.get(1));
        clickMenuItem(robot, "table.copy");
        WaitForAsyncUtils.waitForFxEvents();
        String one = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        List<List<String>> oneRow = readTabSeparated(one);
        assertEquals(2, oneRow.size(), one);
        assertEquals(table.getItems().get(1).id(), oneRow.get(1).get(1));
        assertEquals(table.getItems().get(1).firm(), view.model().selectedFirmProperty().get());
    }

    @Test
    void theMenuKeyOpensTheMenuAtTheFocusedRow(FxRobot robot) throws Exception {
        ClusterTable table = robot.lookup("#" + ClusterRolesView.TABLE_ID).queryAs(ClusterTable.class);
        TableRow<?> second = robot.lookup(".table-row-cell").match(n -> n.getParent() != null
                && ((TableRow<?>) n).getIndex() == 1 && ((TableRow<?>) n).getItem() instanceof ClusterRow)
                .queryAs(TableRow.class);
        robot.clickOn(second);
        robot.type(KeyCode.CONTEXT_MENU);
        WaitForAsyncUtils.waitForFxEvents();
        clickMenuItem(robot, "table.copy");
        WaitForAsyncUtils.waitForFxEvents();
        String pasted = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        List<List<String>> rows = readTabSeparated(pasted);
        assertEquals(2, rows.size(), pasted);
        assertEquals(table.header(ClusterTable.CLUSTER_COLUMN_ID), rows.get(0).get(0));
        assertEquals(table.getItems().get(1).name(I18n.locale()), rows.get(1).get(0));
    }

    @Test
    void aFirmSelectedOnTheMapReplacesTheTablesSelection(FxRobot robot) throws Exception {
        TableView<FirmRow> table = firmsTable(robot);
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().selectIndices(0, 1, 2)).get();
        int busan = view.model().network().indexOf("B");
        WaitForAsyncUtils.asyncFx(() -> view.model().selectedFirmProperty().set(busan)).get();
        WaitForAsyncUtils.waitForFxEvents();
        List<FirmRow> selected = WaitForAsyncUtils.asyncFx(() ->
                List.copyOf(table.getSelectionModel().getSelectedItems())).get();
        assertEquals(1, selected.size());
        assertEquals(busan, selected.get(0).firm());
    }

    @Test
    void theMatrixIsExportedWithClusterNamesAsHeaderAndFirstColumn(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.tabs().getSelectionModel().select(view.tabs().getTabs().stream()
                .filter(t -> RolesTabs.BETWEEN_CLUSTERS_TAB_ID.equals(t.getId())).findFirst().orElseThrow())).get();
        WaitForAsyncUtils.waitForFxEvents();
        InterClusterView matrix = robot.lookup("." + InterClusterView.STYLE_CLASS).queryAs(InterClusterView.class);
        Path file = dir.resolve("matrix.csv");
        exportFromContextMenu(robot, robot.lookup("#" + InterClusterView.cellId(0, 0)).query(), file);

        assertEquals(List.of("matrix-trade"), suggested);
        List<List<String>> csv = readCsv(file);
        List<String> names = List.of("Capital region", "Chungcheong–Daejeon", "Daegu–Gyeongbuk", "Southeast", "Honam");
        assertEquals("Supplier cluster ↓ / Customer cluster →", csv.get(0).get(0));
        assertEquals(names, csv.get(0).subList(1, 6));
        assertEquals(6, csv.size());
        for (int r = 0; r < 5; r++) {
            assertEquals(names.get(r), csv.get(r + 1).get(0));
            for (int c = 0; c < 5; c++) {
                // The tab shows counts with grouping; these are small, so the text is the number.
                assertEquals(matrix.cellText(r, c), csv.get(r + 1).get(c + 1), "cell " + r + "," + c);
            }
        }
        // S→G and G→I inside the capital region, G→D into Chungcheong–Daejeon, C→B to the southeast.
        assertEquals(List.of("Capital region", "2", "1", "0", "0", "0"), csv.get(1));
        assertEquals(List.of("Chungcheong–Daejeon", "0", "1", "0", "1", "0"), csv.get(2));
    }

    @Test
    void theFiguresBehindTheGeographyChartsAreExported(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.tabs().getSelectionModel().select(view.tabs().getTabs().stream()
                .filter(t -> RolesTabs.GEOGRAPHY_TAB_ID.equals(t.getId())).findFirst().orElseThrow())).get();
        WaitForAsyncUtils.waitForFxEvents();
        GeographyView geography = robot.lookup("." + GeographyView.STYLE_CLASS).queryAs(GeographyView.class);
        Path file = dir.resolve("supra.csv");
        exportFromContextMenu(robot, geography.supraRegionalChart(), file);
        assertEquals(List.of("geography-supra-regional"), suggested);
        List<List<String>> csv = readCsv(file);
        assertEquals(List.of("Cluster", "Trade: Supra-regional share", "Trade: Supra-regional links", "Trade: Links",
                "Co-patent: Supra-regional share", "Co-patent: Supra-regional links", "Co-patent: Links"), csv.get(0));
        TableSnapshot expected = WaitForAsyncUtils.asyncFx(() -> geography.model().supraRegionalTable()).get();
        assertEquals(6, csv.size());
        for (int r = 0; r < expected.size(); r++) {
            assertEquals(expected.rows().get(r).stream().map(TableCsv::cell).toList(), csv.get(r + 1));
        }
        // Chungcheong–Daejeon's trade: G→D comes in from the capital region, D→C (~34 km) stays
        // inside, C→B leaves for the southeast; its one co-patent link, S–D, crosses a border.
        assertEquals(List.of("Chungcheong–Daejeon", "0.6666666666666666", "2", "3", "1", "1", "1"), csv.get(2));

        answer = dir.resolve("lengths.csv");
        openContextMenu(robot, geography.bandsChart());
        clickMenuItem(robot, "table.exportCsv");
        WaitForAsyncUtils.waitForFxEvents();
        List<List<String>> lengths = readCsv(answer);
        assertEquals(List.of("Distance band", "Trade: Share of links", "Trade: Links", "Co-patent: Share of links",
                "Co-patent: Links"), lengths.get(0));
        assertEquals(List.of("0–10 km", "10–30 km", "30–100 km", "100–200 km", "Over 200 km"),
                lengths.stream().skip(1).map(r -> r.get(0)).toList());
    }

    @Test
    void theImportReportsProblemsAreExportedFromItsDialog(FxRobot robot) throws Exception {
        var problems = List.of(
                new ImportReport.Problem(ImportReport.Severity.ERROR, "firms.csv", 3, "region",
                        "Line 3: unknown region \"Mars\"."),
                new ImportReport.Problem(ImportReport.Severity.WARNING, "links.csv", 0, null, "=cmd"));
        DatabaseImport.Outcome outcome = new DatabaseImport.Outcome(dir.resolve("x.db"), List.of(), null, 0, problems,
                1, 1);
        WaitForAsyncUtils.asyncFx(() -> ImportReportDialog.create(view.getScene().getWindow(), outcome,
                view.tableActions()).show()).get();
        WaitForAsyncUtils.waitForFxEvents();
        Node table = robot.lookup("#" + ImportReportDialog.TABLE_ID).query();
        Path file = dir.resolve("problems.csv");
        exportFromContextMenu(robot, table, file);
        assertEquals(List.of("import-problems"), suggested);
        assertEquals(List.of(
                List.of("Kind", "File", "Line", "Column", "Problem"),
                List.of(I18n.name(ImportReport.Severity.ERROR), "firms.csv", "3", "region",
                        "Line 3: unknown region \"Mars\"."),
                List.of(I18n.name(ImportReport.Severity.WARNING), "links.csv", "", "", "'=cmd")), readCsv(file));
        assertEquals("Wrote 2 rows to " + file,
                robot.lookup("#" + ImportReportDialog.NOTICE_ID).queryAs(Label.class).getText(),
                "said in the dialog, which stays open while the window reloads");
    }

    @Test
    void aFileInAMissingFolderIsReportedInASentence(FxRobot robot) throws Exception {
        ClusterTable table = robot.lookup("#" + ClusterRolesView.TABLE_ID).queryAs(ClusterTable.class);
        Path file = dir.resolve("gone").resolve("clusters.csv");
        exportFromContextMenu(robot, table, file);
        DialogPane alert = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getHeaderText() != null && p.getHeaderText().startsWith("Could not export"))
                .findFirst().orElseThrow(() -> new AssertionError("no error shown"));
        assertEquals("Could not export the table to " + file, alert.getHeaderText());
        assertEquals("The folder " + dir.resolve("gone") + " does not exist: choose another place for the file.",
                alert.getContentText());
        assertFalse(Files.exists(file));
    }
}
