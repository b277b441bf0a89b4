package org.supracluster.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.ingest.GexfReader;
import org.supracluster.ingest.GraphMLReader;
import org.supracluster.ingest.ImportReport;
import org.supracluster.ingest.ParsedData;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;
import org.supracluster.model.Region;
import org.supracluster.model.TestProgress;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.map.NetworkGraphTest;

/** The File menu's export of the current (filtered) view, read back with the project's own readers. */
class ViewExportTest {

    @TempDir
    Path dir;

    /** The test network narrowed as a user would: trade links only, Jeju left out. */
    private static NetworkView filteredView() {
        ExplorerViewModel model = new ExplorerViewModel(NetworkGraphTest.network(), ClusterScheme.defaultFive());
        EnumSet<Region> regions = EnumSet.allOf(Region.class);
        regions.remove(Region.JEJU);
        model.setFilter(Filter.all().withLinkTypes(EnumSet.of(LinkType.TRADE)).withRegions(regions));
        return model.linksProperty().get().view();
    }

    @Test
    void graphMLHoldsExactlyTheShownFirmsAndLinks() throws IOException {
        NetworkView view = filteredView();
        assertEquals(3, view.shownFirmCount());
        assertEquals(3, view.shownLinkCount());
        Path file = dir.resolve("view.graphml");
        ViewExport.Written w = ViewExport.write(view, ExportFormat.GRAPHML, file, Progress.NONE);
        assertEquals(new ViewExport.Written(file, ExportFormat.GRAPHML, 3, 3), w);
        ImportReport report = new ImportReport();
        ParsedData back = new GraphMLReader().read(file, report);
        assertFalse(report.hasErrors(), report.lines().toString());
        assertEquals(3, back.firms().size());
        assertEquals(3, back.links().size());
        assertTrue(back.links().stream().allMatch(l -> l.type() == LinkType.TRADE));
        assertTrue(back.firms().stream().noneMatch(f -> f.id().equals("J")), "Jeju's firm is filtered out");
    }

    @Test
    void gexfHoldsExactlyTheShownFirmsAndLinks() throws IOException {
        NetworkView view = filteredView();
        Path file = dir.resolve("out").resolve("view.gexf");
        ViewExport.write(view, ExportFormat.GEXF, file, Progress.NONE);
        ImportReport report = new ImportReport();
        ParsedData back = new GexfReader().read(file, report);
        assertFalse(report.hasErrors(), report.lines().toString());
        assertEquals(view.shownFirmCount(), back.firms().size());
        assertEquals(view.shownLinkCount(), back.links().size());
    }

    @Test
    void csvGoesIntoAFolderAsTheCommandLineWritesIt() throws IOException {
        NetworkView view = filteredView();
        Path folder = ExportFormat.CSV.target(dir.resolve("my-view.csv"));
        assertEquals(dir.resolve("my-view"), folder);
        ViewExport.write(view, ExportFormat.CSV, folder, Progress.NONE);
        List<String> firms = Files.readAllLines(folder.resolve("firms.csv"), StandardCharsets.UTF_8);
        List<String> links = Files.readAllLines(folder.resolve("links.csv"), StandardCharsets.UTF_8);
        assertEquals(1 + 3, firms.size());
        assertEquals(1 + 3, links.size());
    }

    @Test
    void csvOverAFileOfTheSameNameIsRefusedWithTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "a file");
        ViewExport.ExportException e = assertThrows(ViewExport.ExportException.class,
                () -> ViewExport.write(filteredView(), ExportFormat.CSV, file, Progress.NONE));
        assertEquals(ViewExport.Failure.NOT_A_FOLDER, e.failure());
        assertEquals(file, e.file());
        assertEquals("a file", Files.readString(file));
    }

    @Test
    void aFolderThatCannotBeMadeIsReportedWithTheFile() throws IOException {
        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        Path file = blocker.resolve("view.graphml");
        ViewExport.ExportException e = assertThrows(ViewExport.ExportException.class,
                () -> ViewExport.write(filteredView(), ExportFormat.GRAPHML, file, Progress.NONE));
        assertEquals(ViewExport.Failure.CANNOT_WRITE, e.failure());
        assertEquals(file, e.file());
    }

    @Test
    void aStoppedExportLeavesNoFileBehind() throws IOException {
        Path file = dir.resolve("view.gexf");
        int[] asked = {0};
        // Says stop at the second question: after the file was written aside, before it is moved in.
        assertThrows(CancellationException.class,
                () -> ViewExport.write(filteredView(), ExportFormat.GEXF, file,
                        TestProgress.cancelledWhen(() -> ++asked[0] == 2)));
        assertEquals(2, asked[0]);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "neither the file nor its temporary copy");
        }
    }

    @Test
    void theFormatFollowsTheExtensionAndTheTargetGetsOne() {
        assertEquals(ExportFormat.GEXF, ExportFormat.byName(Path.of("a.GEXF")).orElseThrow());
        assertEquals(ExportFormat.GRAPHML, ExportFormat.byName(Path.of("a.graphml")).orElseThrow());
        assertTrue(ExportFormat.byName(Path.of("a.txt")).isEmpty());
        assertEquals(Path.of("d", "a.graphml"), ExportFormat.GRAPHML.target(Path.of("d", "a")));
        assertEquals(Path.of("d", "a.gexf"), ExportFormat.GEXF.target(Path.of("d", "a.gexf")));
        assertEquals(Path.of("d", "a"), ExportFormat.CSV.target(Path.of("d", "a")));
    }
}
