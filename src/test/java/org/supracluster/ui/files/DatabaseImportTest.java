package org.supracluster.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.ingest.ImportReport;
import org.supracluster.model.Network;
import org.supracluster.model.Progress;
import org.supracluster.model.TestProgress;
import org.supracluster.store.Database;
import org.supracluster.store.ImportCounts;
import org.supracluster.store.NetworkStore;
import org.supracluster.ui.I18n;

/** The File menu's import: real CSV files into a real SQLite file, and the report the dialog shows. */
class DatabaseImportTest {

    static final String FIRMS = """
            id,name,region,city,lat,lon,segment,employees
            f1,수원 장비 001,경기,수원,37.26,127.03,equipment,120
            f2,청주 패키징 002,충북,청주,36.64,127.49,packaging,45
            f3,대전 연구소 003,대전,대전,36.35,127.38,research,
            """;
    static final String LINKS = """
            source,target,type,weight,year
            f1,f2,trade,3,2021
            f2,f3,copatent,1,2022
            """;

    @TempDir
    Path dir;

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    static Path emptyDatabase(Path dir) {
        Path db = dir.resolve("test.db");
        Database.open(db).close();
        return db;
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Network load(Path db) {
        try (Database d = Database.open(db, false, Database.BUSY_TIMEOUT_MS_DEFAULT)) {
            return NetworkStore.of(d).load();
        }
    }

    @Test
    void goodFilesAreStoredAndTheReportCountsThem() throws IOException {
        Path db = emptyDatabase(dir);
        List<Path> files = List.of(write(dir, "links.csv", LINKS), write(dir, "firms.csv", FIRMS));
        DatabaseImport.Outcome o = DatabaseImport.run(db, files, Progress.NONE);
        assertTrue(o.stored());
        assertTrue(o.changedData(), "new data: the map must reload");
        assertEquals(new ImportCounts(3, 0, 0, 2, 0, 0), o.counts());
        assertEquals(5, o.rows());
        assertEquals(0, o.errorCount());
        assertEquals(List.of(), o.problems());
        Network n = load(db);
        assertEquals(3, n.firmCount());
        assertEquals(2, n.linkCount());
        I18n.setLocale(Locale.ENGLISH);
        assertEquals("Stored in test.db: firms 3 added, 0 updated, 0 unchanged; links 2 added, 0 updated, "
                + "0 unchanged; no warnings.\nThe map is reloaded to show the new data.", ImportReportDialog.summary(o));
        I18n.setLocale(Locale.KOREAN);
        assertTrue(ImportReportDialog.summary(o).startsWith("test.db에 저장함: 기업 3개 추가"),
                ImportReportDialog.summary(o));

        // The same files again change nothing, and the report says so (no reload needed).
        DatabaseImport.Outcome again = DatabaseImport.run(db, files, Progress.NONE);
        assertEquals(new ImportCounts(0, 0, 3, 0, 0, 2), again.counts());
        assertFalse(again.changedData());
        I18n.setLocale(Locale.ENGLISH);
        assertTrue(ImportReportDialog.summary(again).endsWith("These files were already imported: nothing changed."));
    }

    @Test
    void aMalformedFileStoresNothingAndTheReportNamesFileLineAndColumn() throws IOException {
        Path db = emptyDatabase(dir);
        DatabaseImport.run(db, List.of(write(dir, "firms.csv", FIRMS)), Progress.NONE);
        Path bad = write(dir, "more-firms.csv", """
                id,name,region,city,lat,lon,segment,employees
                g1,부산 소재 004,부산,부산,35.18,129.07,materials,10
                g2,어딘가 005,Atlantis,,,,fab,
                """);
        Path links = write(dir, "links.csv", "source,target,type,weight,year\ng1,f1,trade,2,2020\n");
        DatabaseImport.Outcome o = DatabaseImport.run(db, List.of(bad, links), Progress.NONE);
        assertFalse(o.stored());
        assertFalse(o.changedData());
        assertEquals(1, o.errorCount());
        ImportReport.Problem p = o.problems().get(0);
        assertEquals(ImportReport.Severity.ERROR, p.severity());
        assertEquals("more-firms.csv", p.file());
        assertEquals(3, p.line());
        assertEquals("region", p.column());
        assertTrue(p.message().contains("Atlantis"), p.message());
        Network n = load(db);
        assertEquals(3, n.firmCount(), "nothing of the failed import is stored");
        assertEquals(0, n.linkCount());
        I18n.setLocale(Locale.ENGLISH);
        assertTrue(ImportReportDialog.summary(o).startsWith("1 error and no warnings were found, so nothing was "
                + "stored: the database test.db is as it was."), ImportReportDialog.summary(o));
    }

    @Test
    void stoppingTheImportStoresNothing() throws IOException {
        Path db = emptyDatabase(dir);
        List<Path> files = List.of(write(dir, "firms.csv", FIRMS), write(dir, "links.csv", LINKS));
        // Asked to stop only at its last question, just before the commit: firms were already
        // written inside the transaction, and must be rolled back.
        int[] asked = {0};
        int questions = countQuestions(files);
        assertThrows(CancellationException.class,
                () -> DatabaseImport.run(db, files, TestProgress.cancelledWhen(() -> ++asked[0] >= questions)));
        assertEquals(0, load(db).firmCount());
        assertEquals(0, load(db).linkCount());
    }

    /** How often a full import asks whether to stop (so a test can say yes at the very last one). */
    private int countQuestions(List<Path> files) throws IOException {
        Path probe = Files.createDirectories(dir.resolve("probe"));
        Path db = emptyDatabase(probe);
        int[] n = {0};
        DatabaseImport.run(db, files, TestProgress.cancelledWhen(() -> {
            n[0]++;
            return false;
        }));
        return n[0];
    }
}
