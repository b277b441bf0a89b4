package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.store.Database;
import org.supracluster.store.DbSnapshot;
import org.supracluster.store.NetworkStore;

/**
 * A real SQLite file in a test's temporary folder, CSV files written next to it, and the checks
 * the CSV import tests share: one error with its file, line, column and sentence; nothing stored.
 */
final class ImportFixture implements AutoCloseable {

    /** Firms already in a "seeded" database, so "nothing stored" is checked against real data. */
    static final String SEED_FIRMS = """
            id,name,region,city,lat,lon,segment,employees
            old-1,서울 설계 101,서울,서울,37.56,126.98,design,30
            old-2,화성 제조 102,경기,화성,37.20,126.83,fab,900
            """;
    static final String SEED_LINKS = """
            source,target,type,weight,year
            old-1,old-2,trade,3,2020
            """;

    /** Three good firms, used by most link tests. */
    static final String FIRMS = """
            id,name,region,city,lat,lon,segment,employees
            f1,수원 장비 001,경기,수원,37.26,127.03,equipment,120
            f2,청주 패키징 002,충북,청주,36.64,127.49,packaging,45
            f3,대전 연구소 003,대전,대전,36.35,127.38,research,
            """;

    final Path dir;
    final Path dbFile;
    final Database db;

    private ImportFixture(Path dir) {
        this.dir = dir;
        this.dbFile = dir.resolve("test.db");
        this.db = Database.open(dbFile);
    }

    /** A new, empty database. */
    static ImportFixture empty(Path dir) {
        return new ImportFixture(dir);
    }

    /** A database that already holds two firms and a link (imported from CSV). */
    static ImportFixture seeded(Path dir) {
        ImportFixture f = new ImportFixture(dir);
        Path seed = dir.resolve("seed");
        Importer.Result r = f.run(f.file(seed, "firms.csv", SEED_FIRMS), f.file(seed, "links.csv", SEED_LINKS));
        assertTrue(r.stored(), () -> "the seed import failed: " + r.report().lines());
        assertEquals(2, NetworkStore.of(f.db).counts()[0]);
        assertEquals(1, NetworkStore.of(f.db).counts()[1]);
        return f;
    }

    Path file(String name, String text) {
        return file(dir, name, text);
    }

    Path file(Path folder, String name, String text) {
        return bytes(folder, name, text.getBytes(StandardCharsets.UTF_8));
    }

    Path file(String name, String text, Charset cs) {
        return bytes(dir, name, text.getBytes(cs));
    }

    Path bytes(String name, byte[] content) {
        return bytes(dir, name, content);
    }

    private static Path bytes(Path folder, String name, byte[] content) {
        try {
            Files.createDirectories(folder);
            return Files.write(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Importer.Result run(Path... files) {
        return run(Importer.Options.defaults(), files);
    }

    Importer.Result run(Importer.Options options, Path... files) {
        return Importer.importFiles(db, List.of(files), options);
    }

    static Importer.Options encoding(Charset cs) {
        return new Importer.Options(cs, null, false, Map.of());
    }

    static Importer.Options kind(FileKind kind) {
        return new Importer.Options(null, kind, false, Map.of());
    }

    String snapshot() {
        try {
            return DbSnapshot.of(dbFile);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Row counts and checksum of every table but the import log, which each stored import extends. */
    String snapshotWithoutLog() {
        try {
            return DbSnapshot.of(dbFile, List.of("import_log"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    long importLogRows() {
        return NetworkStore.of(db).importLog().size();
    }

    Network load() {
        return NetworkStore.of(db).load();
    }

    /** The stored links as "source>target type weight year" (co-patent ends in canonical order), sorted. */
    List<String> links() {
        Network n = load();
        List<String> out = new ArrayList<>();
        for (int l = 0; l < n.linkCount(); l++) {
            Link k = n.link(l).canonical();
            out.add(k.source() + (k.type() == LinkType.TRADE ? ">" : "-") + k.target() + " " + k.type().code() + " "
                    + fmt(k.weight()) + " " + k.year());
        }
        Collections.sort(out);
        return out;
    }

    private static String fmt(double w) {
        return w == Math.rint(w) ? Long.toString((long) w) : Double.toString(w);
    }

    /** The firm with this id as stored, loaded through the network. */
    int firm(Network n, String id) {
        int i = n.indexOf(id);
        assertTrue(i >= 0, () -> "firm " + id + " is not stored");
        return i;
    }

    @Override
    public void close() {
        db.close();
    }

    // ---- report checks ---------------------------------------------------------------------

    /**
     * Asserts that the report holds exactly one error, about this file, line and column, whose
     * message contains {@code fragment} and reads as a sentence; returns it.
     */
    static ImportReport.Problem assertOneError(ImportReport report, String file, long line, String column,
                                               String fragment) {
        assertEquals(1, report.errorCount(), () -> "expected exactly one error, got: " + report.lines());
        ImportReport.Problem p = report.errors().get(0);
        assertProblem(p, file, line, column, fragment);
        return p;
    }

    /** Asserts there is an error at this place (others may be reported too); returns it. */
    static ImportReport.Problem assertHasError(ImportReport report, String file, long line, String column,
                                               String fragment) {
        List<ImportReport.Problem> hits = report.errors().stream()
                .filter(p -> p.file().equals(file) && p.line() == line && java.util.Objects.equals(p.column(), column))
                .collect(Collectors.toList());
        assertFalse(hits.isEmpty(), () -> "no error at " + file + ":" + line + " column " + column + " in "
                + report.lines());
        assertProblem(hits.get(0), file, line, column, fragment);
        return hits.get(0);
    }

    /** Asserts there is exactly one warning and that it is about this place; returns it. */
    static ImportReport.Problem assertOneWarning(ImportReport report, String file, long line, String column,
                                                 String fragment) {
        assertEquals(0, report.errorCount(), () -> "unexpected errors: " + report.lines());
        assertEquals(1, report.warningCount(), () -> "expected exactly one warning, got: " + report.lines());
        ImportReport.Problem p = report.warnings().get(0);
        assertEquals(ImportReport.Severity.WARNING, p.severity());
        assertProblem(p, file, line, column, fragment);
        return p;
    }

    static void assertProblem(ImportReport.Problem p, String file, long line, String column, String fragment) {
        assertNotNull(p);
        assertEquals(file, p.file(), () -> "file of " + p);
        assertEquals(line, p.line(), () -> "line of " + p);
        assertEquals(column, p.column(), () -> "column of " + p);
        assertTrue(p.message().contains(fragment), () -> "'" + p.message() + "' should contain '" + fragment + "'");
        assertPlainSentence(p.message());
    }

    /** A plain sentence: ends with a full stop, no stack-trace vocabulary, no raw parser output. */
    static void assertPlainSentence(String message) {
        assertTrue(message.endsWith("."), () -> "not a sentence: " + message);
        for (String bad : List.of("Exception", "java.", "null", "de.siegmar", "\tat ")) {
            assertFalse(message.contains(bad), () -> "technical text in '" + message + "'");
        }
    }

    static void assertClean(Importer.Result r) {
        assertEquals(0, r.report().errorCount(), () -> "unexpected errors: " + r.report().lines());
        assertEquals(0, r.report().warningCount(), () -> "unexpected warnings: " + r.report().lines());
        assertTrue(r.stored());
    }

    static void assertStored(Importer.Result r) {
        assertEquals(0, r.report().errorCount(), () -> "unexpected errors: " + r.report().lines());
        assertTrue(r.stored());
    }
}
