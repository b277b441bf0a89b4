package org.supracluster.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.ingest.Importer;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;
import org.supracluster.model.TestProgress;
import org.supracluster.store.Database;
import org.supracluster.store.NetworkStore;

/** CSV exports: safe to open in a spreadsheet, importable again unchanged, never half written. */
class CsvExporterTest {

    @TempDir
    Path dir;

    /** Firms whose text would run as formulas in a spreadsheet; the first at longitude {@code lon}. */
    static Network hostile(double lon) {
        Network.Builder b = Network.builder();
        b.addFirm(new Firm("=1+1", "=HYPERLINK(\"http://x.example\",\"click\")", Region.GYEONGGI, "@SUM(A1)",
                37.26, lon, Segment.FAB, 12, Map.of("-note", "+31 555", "memo", "'=already quoted")));
        b.addFirm(new Firm("f2", "-Tech 반도체", Region.DAEJEON, "\t대전", 36.35, 127.38, Segment.RESEARCH, -1,
                Map.of("memo", "plain 'text'")));
        b.addLink(new Link("=1+1", "f2", LinkType.TRADE, 2.5, 2021));
        return b.build();
    }

    @Test
    void textCellsThatCouldRunAsFormulasGetAnApostropheAndNumbersStayNumbers() throws Exception {
        // A negative number (a longitude on the wrong hemisphere) stays a number.
        CsvExporter.write(NetworkView.of(hostile(-0.5), Filter.all()), dir);
        List<String> firms = Files.readAllLines(dir.resolve("firms.csv"), StandardCharsets.UTF_8);
        assertEquals("id,name,region,city,lat,lon,segment,employees,brn,placement,'-note,memo", firms.get(0));
        assertEquals("'=1+1,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\",KR-41,'@SUM(A1),37.26,-0.5,fab,12,,given,"
                + "'+31 555,''=already quoted", firms.get(1));
        assertTrue(firms.get(2).startsWith("f2,'-Tech 반도체,KR-30,'\t대전,36.35,127.38,research,,,given,,plain 'text'"),
                firms.get(2));
        assertEquals(List.of("source,target,type,weight,year", "'=1+1,f2,trade,2.5,2021"),
                Files.readAllLines(dir.resolve("links.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void aNeutralisedExportImportsAgainUnchanged() {
        Network original = hostile(127.03);
        Path out = dir.resolve("out");
        try {
            CsvExporter.write(NetworkView.of(original, Filter.all()), out);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        try (Database db = Database.open(dir.resolve("again.db"))) {
            Importer.Result r = Importer.importFiles(db, List.of(out.resolve("firms.csv"), out.resolve("links.csv")),
                    Importer.Options.defaults());
            assertEquals(0, r.report().errorCount(), () -> r.report().lines().toString());
            Network back = NetworkStore.of(db).load();
            int f = back.indexOf("=1+1");
            assertTrue(f >= 0, "the id came back without its apostrophe");
            assertEquals("=HYPERLINK(\"http://x.example\",\"click\")", back.firmName(f));
            assertEquals("@SUM(A1)", back.city(f));
            assertEquals(Map.of("-note", "+31 555", "memo", "'=already quoted"), back.attributes(f));
            assertEquals(127.03, back.lon(f));
            assertEquals("-Tech 반도체", back.firmName(back.indexOf("f2")));
            assertEquals(Map.of("memo", "plain 'text'"), back.attributes(back.indexOf("f2")));
            assertEquals(1, back.linkCount());
        }
    }

    @Test
    void aStoppedExportLeavesThePreviousFilesAndNoHalfFile() throws Exception {
        Network.Builder b = Network.builder();
        for (int i = 0; i < 3 * CsvExporter.ROWS_PER_STOP_CHECK; i++) {
            b.addFirm(new Firm("f" + i, "회사 " + i, Region.SEOUL, "", 37.5, 127, Segment.DESIGN, -1, Map.of()));
        }
        Files.writeString(dir.resolve("firms.csv"), "old firms\n");
        Files.writeString(dir.resolve("links.csv"), "old links\n");
        int[] asked = {0};
        assertThrows(CancellationException.class,
                () -> CsvExporter.write(NetworkView.of(b.build(), Filter.all()), dir,
                        TestProgress.cancelledWhen(() -> ++asked[0] == 2)));
        assertEquals(2, asked[0], "stopped in the middle of the firms");
        assertEquals("old firms\n", Files.readString(dir.resolve("firms.csv")));
        assertEquals("old links\n", Files.readString(dir.resolve("links.csv")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("firms.csv", "links.csv"), files.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "no temporary file is left behind");
        }
    }

    @Test
    void anExportThatCannotMoveIntoPlaceLeavesNoTemporaryFile() throws Exception {
        // A folder named links.csv (with something in it) cannot be replaced by a file.
        Files.createDirectories(dir.resolve("links.csv").resolve("inside"));
        assertThrows(java.io.IOException.class, () -> CsvExporter.write(NetworkView.of(hostile(127), Filter.all()), dir));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("firms.csv", "links.csv"), files.map(p -> p.getFileName().toString()).sorted()
                    .toList());
        }
        assertTrue(Files.readString(dir.resolve("firms.csv")).startsWith("id,name,"), "firms.csv is whole");
    }
}
