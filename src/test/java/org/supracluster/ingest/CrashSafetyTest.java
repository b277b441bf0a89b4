package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.store.Database;
import org.supracluster.store.DbSnapshot;

/**
 * Pulling the plug: a child JVM imports 2,000 firms and 200,000 links into a database that
 * already holds data and is killed with SIGKILL at a random moment. Afterwards SQLite's integrity
 * check passes, the data from before is intact, and the import is either wholly there or wholly
 * absent. {@value #KILLS_DEFAULT} kills in each build; {@code -Dsupracluster.kills=20} (or more)
 * for the long mode, {@code -Dsupracluster.killSeed=N} to repeat a run (README, "Hardening").
 */
class CrashSafetyTest {

    static final int KILLS_DEFAULT = 5;
    static final int FIRMS = 2_000;
    static final int LINKS = 200_000;

    @TempDir
    Path dir;

    /** What one run of the child came to. */
    enum Outcome { KILLED_BEFORE_COMMIT, KILLED_AFTER_COMMIT, FINISHED }

    @Test
    void anImportKilledAtRandomMomentsIsWhollyThereOrWhollyAbsent() throws Exception {
        int kills = Integer.getInteger("supracluster.kills", KILLS_DEFAULT);
        long seed = Long.getLong("supracluster.killSeed", System.nanoTime());
        Random rnd = new Random(seed);
        Path firms = dir.resolve("firms.csv");
        Path links = dir.resolve("links.csv");
        writeFiles(firms, links);
        Path template = dir.resolve("template.db");
        Path seeded;
        try (ImportFixture f = ImportFixture.seeded(dir.resolve("seed"))) {
            seeded = f.dbFile;
        }
        // Copied once closed: the last connection folded the write-ahead log into the file.
        Files.copy(seeded, template);
        String before = DbSnapshot.of(template);
        String seedRows = seedRows(template);

        // One run to the end: the import works, and its time bounds the moments to kill at.
        Path db = fresh(template, "calibrate.db");
        long t0 = System.nanoTime();
        Process p = start(db, firms, links);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the uninterrupted import did not finish");
        long fullMs = (System.nanoTime() - t0) / 1_000_000;
        String calibration = output(db);
        assertEquals(0, p.exitValue(), calibration);
        assertTrue(calibration.contains("stored"), calibration);
        assertState(db, true, seedRows);

        List<Outcome> outcomes = new ArrayList<>();
        for (int k = 0; k < kills; k++) {
            db = fresh(template, "kill-" + k + ".db");
            // Stratified over 0–120% of a full run: every stretch of the import (start-up, reading,
            // writing, the commit, just after it) gets its share of kills, even with only five.
            long delay = (long) ((k + rnd.nextDouble()) / kills * 1.2 * fullMs);
            Process child = start(db, firms, links);
            boolean ended = child.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!ended) {
                child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hook, no finally
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            }
            String said = output(db);
            boolean stored = countLinks(db) > 1;
            Outcome o = ended ? Outcome.FINISHED : stored ? Outcome.KILLED_AFTER_COMMIT : Outcome.KILLED_BEFORE_COMMIT;
            outcomes.add(o);
            System.out.printf("CrashSafetyTest: kill %d at %d ms: %s%n", k, delay, o);
            String where = "kill " + k + " after " + delay + " ms (seed " + seed + "): ";
            assertEquals("ok", ImporterFuzzTest.integrity(db), where + "integrity check");
            if (stored) {
                assertState(db, true, seedRows);
            } else {
                assertEquals(before, DbSnapshot.of(db), where + "the database changed though the import is absent");
                assertTrue(!said.contains("stored"), where + "the child said stored but nothing is there");
            }
            // The killed program's file opens again as usual.
            Database.open(db, false, 1000).close();
        }
        System.out.printf("CrashSafetyTest: %d kills (seed %d), full import %d ms: %s%n", kills, seed, fullMs,
                outcomes);
        assertEquals(kills, outcomes.size());
    }

    private static void writeFiles(Path firms, Path links) throws IOException {
        StringBuilder f = new StringBuilder("id,name,region,city,lat,lon,segment,employees\n");
        for (int i = 0; i < FIRMS; i++) {
            f.append('k').append(i).append(",킬 테스트 ").append(i).append(",경기,수원,37.2,127.0,fab,").append(i)
                    .append('\n');
        }
        Files.writeString(firms, f, StandardCharsets.UTF_8);
        StringBuilder l = new StringBuilder("source,target,type,weight,year\n");
        for (int i = 0; i < LINKS; i++) {
            int s = i % FIRMS;
            int t = (s + 1 + i / FIRMS) % FIRMS; // distinct (s, offset) pairs: no duplicates, no self-links
            l.append('k').append(s).append(",k").append(t).append(",trade,").append(1 + i % 9).append(",2020\n");
        }
        Files.writeString(links, l, StandardCharsets.UTF_8);
    }

    private Path fresh(Path template, String name) throws IOException {
        Path db = dir.resolve(name);
        Files.copy(template, db, StandardCopyOption.REPLACE_EXISTING);
        return db;
    }

    private Process start(Path db, Path firms, Path links) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                ImportChild.class.getName(), db.toString(), firms.toString(), links.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve(db.getFileName() + ".out").toFile());
        return pb.start();
    }

    /** What the child importing into {@code db} printed. */
    private String output(Path db) {
        try {
            Path out = dir.resolve(db.getFileName() + ".out");
            return Files.exists(out) ? Files.readString(out) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void assertState(Path db, boolean imported, String seedRows) throws Exception {
        assertEquals("ok", ImporterFuzzTest.integrity(db));
        long[] counts = counts(db);
        long[] expected = imported ? new long[] {2 + FIRMS, 1 + LINKS, 2} : new long[] {2, 1, 1};
        assertEquals(List.of(expected[0], expected[1], expected[2]), List.of(counts[0], counts[1], counts[2]),
                "firms, links, import log rows");
        assertEquals(seedRows, seedRows(db), "the data from before the import");
    }

    private static long countLinks(Path db) throws Exception {
        return counts(db)[1];
    }

    private static long[] counts(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement()) {
            long[] out = new long[3];
            String[] tables = {"firm", "link", "import_log"};
            for (int i = 0; i < 3; i++) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + tables[i])) {
                    out[i] = r.getLong(1);
                }
            }
            return out;
        }
    }

    /** The seeded firms and their link, field by field. */
    private static String seedRows(Path db) throws Exception {
        StringBuilder b = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement()) {
            for (String q : List.of("SELECT * FROM firm WHERE id LIKE 'old-%' ORDER BY id",
                    "SELECT fs.id, ft.id, l.type, l.year, l.weight FROM link l JOIN firm fs ON fs.fid = l.source"
                            + " JOIN firm ft ON ft.fid = l.target WHERE fs.id LIKE 'old-%' ORDER BY 1, 2")) {
                try (ResultSet r = s.executeQuery(q)) {
                    int cols = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= cols; i++) {
                            b.append(r.getObject(i)).append('|');
                        }
                        b.append('\n');
                    }
                }
            }
        }
        assertTrue(b.length() > 0, "no seed rows");
        return b.toString();
    }
}
