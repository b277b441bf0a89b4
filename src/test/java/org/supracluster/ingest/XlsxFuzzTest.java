package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link XlsxSheet} fed hostile bytes. In {@code mvn verify} Jazzer replays the committed corpus
 * under {@code src/test/resources/org/supracluster/ingest/XlsxFuzzTestInputs/xlsx/} (written by
 * {@link XlsxFuzzCorpus}: zip bombs, DOCTYPEs in every part, truncated and non-zip files, old .xls
 * and encrypted workbooks, broken grids); with {@code JAZZER_FUZZ=1} it fuzzes for longer and
 * saves what it finds there, like {@link ImporterFuzzTest}.
 *
 * <p>The promise checked for each input: reading the first sheet, a sheet by name and the sheet
 * names ends within {@link #LIMIT_SECONDS} in rows without errors, or in no rows and errors that
 * are plain sentences; never an exception, and nothing printed on the console.
 */
class XlsxFuzzTest {

    /** How long {@code JAZZER_FUZZ=1} fuzzes (read from the annotation only). */
    static final String FUZZ_FOR = "10m";

    /** No single input may take longer than this. */
    static final long LIMIT_SECONDS = 5;

    private static Path dir;
    private static ExecutorService runner;
    private static int serial;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("supracluster-xlsx-fuzz");
        runner = FuzzScratch.daemonPool("fuzz-xlsx");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        FuzzScratch.cleanUp(runner, dir);
    }

    @FuzzTest(maxDuration = FUZZ_FOR)
    void xlsx(byte[] input) throws Exception {
        Path file = Files.write(dir.resolve("input-" + (++serial) + ".xlsx"), input);
        PrintStream console = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Future<Void> f = runner.submit(() -> {
                check(input, file, null);
                check(input, file, "기업");
                ImportReport report = new ImportReport();
                Optional<List<String>> names = XlsxSheet.sheetNames(file, "input.xlsx", report);
                assertOutcome(input, names.isPresent(), report);
                return null;
            });
            try {
                f.get(LIMIT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                throw new AssertionError("reading " + input.length + " bytes took longer than " + LIMIT_SECONDS + " s");
            } catch (ExecutionException e) {
                // An uncaught exception is a finding: Jazzer reports it with this input.
                if (e.getCause() instanceof Exception ex) {
                    throw ex;
                }
                throw new AssertionError(e.getCause());
            }
        } finally {
            System.setErr(console);
            Files.deleteIfExists(file);
        }
        assertEquals(List.of(), printed.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("INFO: ")).toList(), "printed on the console");
    }

    private static void check(byte[] input, Path file, String sheet) {
        ImportReport report = new ImportReport();
        Optional<List<SheetRow>> rows = XlsxSheet.read(file, sheet, "input.xlsx", report);
        assertOutcome(input, rows.isPresent(), report);
        rows.ifPresent(r -> {
            long cells = r.stream().mapToLong(row -> row.cells().size()).sum();
            assertTrue(cells <= XlsxSheet.MAX_CELLS, cells + " cells");
        });
    }

    private static void assertOutcome(byte[] input, boolean read, ImportReport report) {
        if (read) {
            assertEquals(0, report.errorCount(), () -> "read despite errors: " + report.lines());
            return;
        }
        assertTrue(report.hasErrors(), "a file that was not read must say why");
        String given = new String(input, StandardCharsets.UTF_8) + new String(input, StandardCharsets.ISO_8859_1);
        for (ImportReport.Problem p : report.errors()) {
            assertEquals("input.xlsx", p.file());
            String m = p.message();
            if (!m.endsWith(".")) {
                fail("not a sentence: " + m);
            }
            for (String marker : List.of("Exception", "\tat ", "java.", "http://www.w3.org")) {
                if (m.contains(marker) && !given.contains(marker)) {
                    fail("technical text in: " + m);
                }
            }
        }
    }
}
