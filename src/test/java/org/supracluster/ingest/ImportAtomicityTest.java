package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supracluster.ingest.ImportFixture.FIRMS;
import static org.supracluster.ingest.ImportFixture.assertClean;
import static org.supracluster.ingest.ImportFixture.assertOneError;
import static org.supracluster.ingest.ImportFixture.assertStored;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.model.Network;
import org.supracluster.store.ImportCounts;
import org.supracluster.store.ImportLogEntry;
import org.supracluster.store.NetworkStore;

/**
 * An import is all or nothing, imports add to what is stored, and importing the same files
 * again changes nothing and says so.
 */
class ImportAtomicityTest {

    static final String LINKS = """
            source,target,type,weight,year
            f1,f2,trade,2,2021
            f2,f3,copatent,1,2021
            f1,old-2,trade,4,2022
            """;

    @TempDir
    Path dir;

    @Test
    void errorOnTheLastLineOfTheLinksFileStoresNotEvenTheFirms() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            long[] countsBefore = NetworkStore.of(f.db).counts();
            Path firms = f.file("firms.csv", FIRMS);
            Path links = f.file("links.csv", LINKS + "f3,f1,trade,1,20x1\n");
            Importer.Result r = f.run(firms, links);
            assertFalse(r.stored());
            assertOneError(r.report(), "links.csv", 5, "year", "the year is not a whole number: '20x1'");
            assertEquals(before, f.snapshot());
            assertEquals(countsBefore[0], NetworkStore.of(f.db).counts()[0], "no firm of firms.csv was stored");
            assertEquals(1, f.importLogRows(), "a refused import is not logged as stored");
        }
    }

    @Test
    void errorInTheFirmsFileStoresNotEvenTheGoodLinksFile() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            Path firms = f.file("firms.csv", FIRMS + "f4,새 회사,Mars,,,,,\n");
            Path links = f.file("links.csv", "source,target,type\nold-1,old-2,copatent\n");
            Importer.Result r = f.run(firms, links);
            assertFalse(r.stored());
            assertOneError(r.report(), "firms.csv", 5, "region", "unknown region 'Mars'");
            assertEquals(before, f.snapshot());
        }
    }

    @Test
    void importingTheSameFilesTwiceChangesNothingTheSecondTime() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            Path firms = f.file("firms.csv", FIRMS + "f4,경기 소재 004,경기,,,,materials,\n");
            Path links = f.file("links.csv", LINKS + "f1,f2,trade,1,2021\n");
            Path patents = f.file("patents.csv", "patent_id,year,applicants\nP1,2020,f1;f2;f3\nP2,2020,f1;f2\n");
            Path trades = f.file("trades.csv", "supplier,customer,amount,year\nf4,f1,2.5,2019\nf4,f1,0.1,2019\n");

            Importer.Result first = f.run(firms, links, patents, trades);
            assertStored(first);
            assertEquals(new ImportCounts(4, 0, 0, 7, 0, 0), first.counts());
            String afterFirst = f.snapshotWithoutLog();
            Network n1 = f.load();

            Importer.Result second = f.run(firms, links, patents, trades);
            assertStored(second);
            assertTrue(second.counts().changedNothing(), second.counts()::toString);
            assertEquals(new ImportCounts(0, 0, 4, 0, 0, 7), second.counts());
            assertEquals(afterFirst, f.snapshotWithoutLog());
            assertEquals(f.links().size(), n1.linkCount());
            assertEquals(3, f.importLogRows(), "seed, first and second import are logged");
        }
    }

    @Test
    void importLogRecordsFilesRowsCountsAndWarnings() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", FIRMS + "f4,경기 소재 004,경기,,,,materials,\n");
            Path links = f.file("links.csv", LINKS.replace("f1,old-2,trade,4,2022\n", "f3,f3,trade,1,2022\n"));
            Importer.Result r = f.run(firms, links);
            assertStored(r);
            assertEquals(2, r.report().warningCount(), () -> r.report().lines().toString());
            assertEquals(7, r.rows(), "4 firm rows and 3 link rows");
            List<ImportLogEntry> log = NetworkStore.of(f.db).importLog();
            assertEquals(1, log.size());
            ImportLogEntry e = log.get(0);
            assertEquals(List.of(firms.toAbsolutePath().toString(), links.toAbsolutePath().toString()), e.files());
            assertEquals(7, e.rows());
            assertEquals(2, e.warnings());
            assertEquals(4, e.counts().firmsAdded());
            assertEquals(2, e.counts().linksAdded());
            assertEquals(r.report().lines(), e.messages());
        }
    }

    @Test
    void changingOneFirmsNameUpdatesThatFirmOnly() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            assertClean(f.run(f.file("firms.csv", FIRMS)));
            Path renamed = f.file("firms2.csv", FIRMS.replace("청주 패키징 002", "청주 패키징 (주)"));
            Importer.Result r = f.run(renamed);
            assertClean(r);
            assertEquals(new ImportCounts(0, 1, 2, 0, 0, 0), r.counts());
            Network n = f.load();
            assertEquals("청주 패키징 (주)", n.firmName(f.firm(n, "f2")));
            assertEquals(3, n.firmCount());
        }
    }

    @Test
    void aLinkGivenAgainReplacesTheStoredWeightInsteadOfAddingToIt() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            assertClean(f.run(f.file("firms.csv", FIRMS), f.file("links.csv", LINKS.replace("f1,old-2,trade,4,2022\n",
                    ""))));
            Importer.Result r = f.run(f.file("links2.csv", "source,target,type,weight,year\nf1,f2,trade,7,2021\n"));
            assertClean(r);
            assertEquals(new ImportCounts(0, 0, 0, 0, 1, 0), r.counts());
            assertEquals(List.of("f1>f2 trade 7 2021", "f2-f3 copatent 1 2021"), f.links());
        }
    }

    @Test
    void linksMayNameFirmsOfTheSameImportsFirmFile() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            Importer.Result r = f.run(f.file("links.csv", LINKS), f.file("firms.csv", FIRMS));
            assertClean(r);
            assertEquals(new ImportCounts(3, 0, 0, 3, 0, 0), r.counts());
            assertEquals(List.of("f1>f2 trade 2 2021", "f1>old-2 trade 4 2022", "f2-f3 copatent 1 2021",
                    "old-1>old-2 trade 3 2020"), f.links());
        }
    }

    @Test
    void firmsAlreadyStoredCanBeReferencedByALaterLinksOnlyImport() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            assertClean(f.run(f.file("firms.csv", FIRMS)));
            Importer.Result r = f.run(f.file("links.csv", LINKS));
            assertClean(r);
            assertEquals(new ImportCounts(0, 0, 0, 3, 0, 0), r.counts());
            assertEquals(5, f.load().firmCount());
            assertEquals(4, f.links().size());
        }
    }

    @Test
    void aFirmInTwoFilesOfOneImportIsStoredOnceWithTheLaterValuesAndAWarning() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path a = f.file("firms-a.csv", FIRMS);
            Path b = f.file("firms-b.csv", "id,name,region,lat,lon\nf2,청주 패키징 (신),충북,36.64,127.49\n");
            Importer.Result r = f.run(a, b);
            assertStored(r);
            ImportFixture.assertOneWarning(r.report(), "firms-b.csv", 2, "id",
                    "the firm 'f2' is also in firms-a.csv");
            assertEquals(3, r.counts().firmsAdded());
            Network n = f.load();
            assertEquals("청주 패키징 (신)", n.firmName(f.firm(n, "f2")));
        }
    }

    @Test
    void aLinkInTwoFilesOfOneImportKeepsTheLaterWeightWithAWarning() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", FIRMS);
            Path a = f.file("links-a.csv", "source,target,type,weight,year\nf1,f2,trade,2,2021\n");
            Path b = f.file("links-b.csv", "source,target,type,weight,year\nf1,f2,trade,5,2021\n");
            Importer.Result r = f.run(firms, a, b);
            ImportFixture.assertOneWarning(r.report(), "links-b.csv", 2, null, "is also in links-a.csv");
            assertEquals(List.of("f1>f2 trade 5 2021"), f.links());
        }
    }

    @Test
    void metadataIsSetInTheSameTransactionAsTheData() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            Importer.Options withMeta = new Importer.Options(null, null, false, Map.of("synthetic", "true"));
            Importer.Result bad = f.run(withMeta, f.file("firms.csv", "id,name,region\nf1,A,Atlantis\n"));
            assertFalse(bad.stored());
            assertEquals(before, f.snapshot(), "a refused import sets no metadata either");
            Importer.Result good = f.run(withMeta, f.file("firms2.csv", FIRMS));
            assertStored(good);
            assertEquals("true", NetworkStore.of(f.db).metadata().get("synthetic"));
            assertNotEquals(before, f.snapshot());
        }
    }
}
