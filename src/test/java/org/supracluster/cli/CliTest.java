package org.supracluster.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.supracluster.store.DbSnapshot;

class CliTest extends CommandTest {


    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private Path firms() throws Exception {
        return write("firms.csv", "id,name,region,city,lat,lon,segment,employees\n"
                + "A,수원 장비 001,경기,수원,37.26,127.03,equipment,12\n"
                + "B,청주 팹 002,충북,청주,36.64,127.49,fab,900\n"
                + "C,대전 연구소 003,대전,대전,36.35,127.38,research,\n");
    }

    private Path links() throws Exception {
        return write("links.csv", "source,target,type,weight,year\nA,B,trade,5,2020\nB,C,copatent,1,2021\n");
    }

    @Test
    void versionAndHelpExitZero() {
        assertEquals(0, run("--version"));
        assertTrue(out.contains("Supracluster Explorer"), out);
        assertEquals(0, run());
        assertTrue(out.contains("import") && out.contains("bench"), out);
        assertEquals(0, run("import", "--help"));
        assertTrue(out.contains("--encoding"), out);
    }

    @Test
    void unknownCommandOrOptionIsBadInputWithoutStackTrace() {
        assertEquals(1, run("frobnicate"));
        assertTrue(err.startsWith("error: "), err);
        assertEquals(1, run("info", "--no-such-option"));
        assertFalse(err.contains("\tat "), err);
    }

    @Test
    void importOfGoodFilesSucceedsAndASecondImportSaysNothingChanged() throws Exception {
        Path db = dir.resolve("x.db");
        assertEquals(0, run("import", "--db", db.toString(), firms().toString(), links().toString()));
        assertTrue(out.contains("firms 3 added") && out.contains("links 2 added"), out);
        assertEquals(0, run("import", "--db", db.toString(), firms().toString(), links().toString()));
        assertTrue(out.contains("already imported: nothing changed"), out);
        assertEquals(0, run("info", "--db", db.toString(), "--lang", "en"));
        assertTrue(out.contains("Firms: 3, Links: 2"), out);
        assertTrue(out.contains("Capital region") && out.contains("Chungcheong–Daejeon"), out);
        assertEquals(0, run("info", "--db", db.toString(), "--lang", "ko"));
        assertTrue(out.contains("수도권") && out.contains("충청·대전"), out);
    }

    @Test
    void importWithErrorsExitsOneNamesTheLineAndStoresNothing() throws Exception {
        Path db = dir.resolve("bad.db");
        assertEquals(0, run("import", "--db", db.toString(), firms().toString()));
        String before = DbSnapshot.of(db);
        Path bad = write("bad_links.csv", "source,target,type,weight,year\nA,B,trade,5,2020\nA,Z,trade,x,2020\n");
        assertEquals(1, run("import", "--db", db.toString(), bad.toString()));
        assertTrue(err.contains("bad_links.csv, line 3, column 'target'"), err);
        assertTrue(err.contains("bad_links.csv, line 3, column 'weight'"), err);
        assertTrue(err.contains("Nothing was stored"), err);
        assertFalse(err.contains("\tat "), err);
        assertEquals(before, DbSnapshot.of(db));
    }

    @Test
    void infoOnAMissingDatabaseIsBadInput() {
        assertEquals(1, run("info", "--db", dir.resolve("none.db").toString()));
        assertTrue(err.contains("No database"), err);
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedWithExitOne() throws Exception {
        Path db = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(db);
        assertEquals(1, run("info", "--db", db.toString()));
        assertTrue(err.contains("newer version"), err);
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void exportedFilesImportBackToTheSameNetwork() throws Exception {
        Path db = dir.resolve("e.db");
        run("import", "--db", db.toString(), firms().toString(), links().toString());
        for (String fmt : new String[] {"graphml", "gexf"}) {
            Path file = dir.resolve("net." + fmt);
            assertEquals(0, run("export", "--db", db.toString(), "--format", fmt, "--out", file.toString()), err);
            Path copy = dir.resolve(fmt + ".db");
            assertEquals(0, run("import", "--db", copy.toString(), file.toString()), err);
            assertTrue(out.contains("firms 3 added") && out.contains("links 2 added"), out);
        }
        Path csvDir = dir.resolve("csv");
        assertEquals(0, run("export", "--db", db.toString(), "--format", "csv", "--out", csvDir.toString()));
        Path copy = dir.resolve("csv.db");
        assertEquals(0, run("import", "--db", copy.toString(), csvDir.resolve("firms.csv").toString(),
                csvDir.resolve("links.csv").toString()), err);
        assertTrue(out.contains("firms 3 added") && out.contains("links 2 added"), out);
    }

    @Test
    void exportOfAFilteredViewKeepsOnlyWhatIsShown() throws Exception {
        Path db = dir.resolve("f.db");
        run("import", "--db", db.toString(), firms().toString(), links().toString());
        Path csvDir = dir.resolve("only");
        assertEquals(0, run("export", "--db", db.toString(), "--format", "csv", "--out", csvDir.toString(),
                "--regions", "경기,충북", "--types", "trade"));
        assertTrue(out.contains("Exported 2 firms and 1 links"), out);
        assertEquals(0, run("export", "--db", db.toString(), "--format", "csv", "--out", csvDir.toString(),
                "--only-clusters", "충청·대전"));
        assertTrue(out.contains("Exported 2 firms and 1 links"), out);
        assertEquals(1, run("export", "--db", db.toString(), "--format", "csv", "--out", csvDir.toString(),
                "--regions", "Atlantis"));
        assertTrue(err.contains("Unknown region 'Atlantis'"), err);
    }

    @Test
    void theShippedSampleIsWhatTheGeneratorWritesWithItsDefaults() throws Exception {
        Path out = dir.resolve("sample");
        assertEquals(0, run("sample", "--out", out.toString()));
        for (String f : new String[] {"firms.csv", "links.csv"}) {
            assertArrayEquals(Files.readAllBytes(Path.of("data", f)), Files.readAllBytes(out.resolve(f)),
                    "data/" + f + " is not the generator's default output: regenerate it with 'sample --out data'");
        }
    }

    @Test
    void theDefaultDatabaseIsCreatedFromTheSampleOnFirstUse() {
        assertEquals(0, run("info", "--lang", "en"));
        assertTrue(out.contains("SYNTHETIC"), out);
        assertTrue(out.contains("Firms: 1500"), out);
        // Links as the window counts them (merged: one per pair, type and direction), then the rows.
        assertTrue(out.contains("Firms: 1500, Links: 3971, Records: 7500,"), out);
        assertTrue(Files.exists(dir.resolve("home").resolve("supracluster.db")));
    }

    @Test
    void benchPrintsOneJsonLineWithTheDocumentedKeys() {
        assertEquals(0, run("bench", "--firms", "300", "--no-analysis"));
        Pattern shape = Pattern.compile("\\{\"firms\":300,\"links\":\\d+,\"ms\":\\{\"import\":[\\d.]+,\"load\":[\\d.]+,"
                + "\"filter\":[\\d.]+},\"peakHeapMB\":\\d+}\\s*");
        assertTrue(shape.matcher(out).matches(), out);
        assertEquals(0, run("bench", "--firms", "300"));
        for (String key : new String[] {"import", "load", "filter", "linkGraph", "clusterRoles", "firmRoles",
            "brokerage", "betweenness", "leiden", "pagerank", "qap"}) {
            assertTrue(Pattern.compile("\"ms\":\\{.*\"" + key + "\":[\\d.]+").matcher(out).find(), key + " in " + out);
        }
        assertTrue(Pattern.compile("},\"modularity\":0\\.\\d{4},\"peakHeapMB\":\\d+}").matcher(out).find(), out);
    }

    @Test
    void benchTimesExactBetweennessOfTheGeneratedNetworkOnlyWhenTheBenchmarkedOneIsAsLarge() {
        assertEquals(0, run("bench", "--firms", "300", "--exact-firms", "300"));
        assertTrue(Pattern.compile("\"ms\":\\{.*\"betweennessExact\":[\\d.]+").matcher(out).find(), out);
        assertEquals(0, run("bench", "--firms", "300", "--exact-firms", "301"));
        assertFalse(out.contains("betweennessExact"), out);
    }

    @Test
    void benchMapWithoutTheExplorerSaysSoInsteadOfFailing() {
        assertEquals(1, run("bench", "--firms", "300", "--no-analysis", "--map"));
        assertTrue(err.contains("--map needs the explorer"), err);
    }
}
