package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.supracluster.store.Database;
import org.supracluster.store.DbSnapshot;

/**
 * Every importer fed hostile bytes. In {@code mvn verify} Jazzer replays the committed corpus
 * under {@code src/test/resources/org/supracluster/ingest/ImporterFuzzTestInputs/<method>/}
 * (written by {@link FuzzCorpus}); with {@code JAZZER_FUZZ=1} it fuzzes one method for longer and
 * saves what it finds there (README, "Hardening").
 *
 * <p>The promise checked for each input: the import ends within {@link #LIMIT_SECONDS} in either a
 * stored import without errors or a report whose errors are plain sentences, never an exception;
 * a refused import leaves the database exactly as it was; the file passes SQLite's integrity check.
 */
class ImporterFuzzTest {

    /**
     * How long one method fuzzes with {@code JAZZER_FUZZ=1} (Jazzer reads it only from the
     * annotation); the replay in an ordinary build ignores it.
     */
    static final String FUZZ_FOR = "10m";

    /** No single input may take longer than this (the bound: a hang is a finding). */
    static final long LIMIT_SECONDS = 5;

    private static Path dir;
    private static Path template;
    private static String templateSnapshot;
    private static ExecutorService runner;
    private static int serial;

    @BeforeAll
    static void seedTemplate() throws Exception {
        dir = Files.createTempDirectory("supracluster-fuzz");
        template = dir.resolve("template.db");
        // Firms the link, patent and trade inputs can name, so those importers get past the look-up.
        Path firms = Files.writeString(dir.resolve("seed-firms.csv"), ImportFixture.SEED_FIRMS + ImportFixture.FIRMS
                .lines().skip(1).map(l -> l + "\n").reduce("", String::concat));
        try (Database db = Database.open(template)) {
            Importer.Result r = Importer.importFiles(db, List.of(firms), Importer.Options.defaults());
            assertTrue(r.stored(), () -> r.report().lines().toString());
        }
        // The last connection closed folded the write-ahead log into the file: one file to copy.
        assertFalse(Files.exists(dir.resolve("template.db-wal")));
        templateSnapshot = DbSnapshot.of(template);
        runner = FuzzScratch.daemonPool("fuzz-import");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        FuzzScratch.cleanUp(runner, dir);
    }

    @FuzzTest(maxDuration = FUZZ_FOR)
    void firmsCsv(byte[] input) throws Exception {
        check(input, "firms.csv", FileKind.FIRMS);
    }

    @FuzzTest(maxDuration = FUZZ_FOR)
    void linksCsv(byte[] input) throws Exception {
        check(input, "links.csv", FileKind.LINKS);
    }

    @FuzzTest(maxDuration = FUZZ_FOR)
    void patentsCsv(byte[] input) throws Exception {
        check(input, "patents.csv", FileKind.PATENTS);
    }

    @FuzzTest(maxDuration = FUZZ_FOR)
    void tradesCsv(byte[] input) throws Exception {
        check(input, "trades.csv", FileKind.TRADES);
    }

    /** A CSV whose kind the importer must recognise from its header, as the window's import does. */
    @FuzzTest(maxDuration = FUZZ_FOR)
    void anyCsv(byte[] input) throws Exception {
        check(input, "data.csv", null);
    }

    @FuzzTest(maxDuration = FUZZ_FOR)
    void graphml(byte[] input) throws Exception {
        check(input, "network.graphml", FileKind.GRAPHML);
    }

    @FuzzTest(maxDuration = FUZZ_FOR)
    void gexf(byte[] input) throws Exception {
        check(input, "network.gexf", FileKind.GEXF);
    }

    private static void check(byte[] input, String name, FileKind kind) throws Exception {
        Path work = Files.createDirectories(dir.resolve("run-" + (++serial)));
        Path db = work.resolve("test.db");
        Files.copy(template, db, StandardCopyOption.REPLACE_EXISTING);
        Path file = Files.write(work.resolve(name), input);
        Importer.Options options = new Importer.Options(null, kind, false, Map.of());
        Importer.Result result;
        // Nothing may reach the console either: parsers that print their complaints (the JDK's
        // XML parser does, for bad bytes) put raw technical text in front of a CLI user.
        java.io.PrintStream console = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try (Database d = Database.open(db, false, 1000)) {
            Future<Importer.Result> f = runner.submit(() -> Importer.importFiles(d, List.of(file), options));
            try {
                result = f.get(LIMIT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                throw new AssertionError("the import of " + input.length + " bytes took longer than "
                        + LIMIT_SECONDS + " s");
            } catch (ExecutionException e) {
                // An uncaught exception is a finding: Jazzer reports it with this input.
                if (e.getCause() instanceof Exception ex) {
                    throw ex;
                }
                throw new AssertionError(e.getCause());
            }
        } finally {
            System.setErr(console);
        }
        // Jazzer's agent logs the classes it instruments ("INFO: Instrumented …") there too.
        assertEquals(List.of(), printed.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("INFO: ")).toList(), "printed on the console");
        if (result.stored()) {
            assertEquals(0, result.report().errorCount(), () -> "stored despite errors: " + result.report().lines());
        } else {
            assertTrue(result.report().hasErrors(), "an import that stored nothing must say why");
            // Messages quote the user's data, which may hold anything: a marker counts only when
            // the input did not bring it.
            String given = new String(input, java.nio.charset.StandardCharsets.UTF_8)
                    + new String(input, java.nio.charset.StandardCharsets.ISO_8859_1);
            for (ImportReport.Problem p : result.report().errors()) {
                assertPlain(p.message(), given);
            }
            assertEquals(templateSnapshot, DbSnapshot.of(db), "a refused import changed the database");
        }
        assertEquals("ok", integrity(db));
        delete(work);
    }

    /** A sentence for a person: ends with a full stop and carries no stack-trace vocabulary. */
    private static void assertPlain(String message, String given) {
        if (!message.endsWith(".")) {
            fail("not a sentence: " + message);
        }
        for (String marker : List.of("Exception", "\tat ", "java.", "http://www.w3.org")) {
            if (message.contains(marker) && !given.contains(marker)) {
                fail("technical text in: " + message);
            }
        }
    }

    static String integrity(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            return r.next() ? r.getString(1) : "no answer";
        }
    }

    private static void delete(Path work) throws IOException {
        try (var files = Files.list(work)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(work);
    }
}
