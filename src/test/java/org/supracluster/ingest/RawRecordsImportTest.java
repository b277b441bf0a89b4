package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supracluster.ingest.ImportFixture.assertClean;
import static org.supracluster.ingest.ImportFixture.assertOneError;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw patent and trade records as they come (DESIGN.md, "Interchange format"): applicants in one
 * cell or one per row, dates, fractional counting, parties outside the firm list. Invented firms.
 */
class RawRecordsImportTest {

    @TempDir
    Path dir;

    static final String FIRMS = """
            id,name,region,lat,lon
            a,가람전자,경기,37.2,127.1
            b,나래소재,충북,36.6,127.4
            c,다솜정밀,대전,36.3,127.4
            d,라온테크,충남,36.8,127.1
            """;

    @Test
    void applicantsSeparatedBySemicolonBarOrLineBreak() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path patents = f.file("patents.csv", """
                    patent_id,year,applicants
                    P1,2020,가람전자;나래소재
                    P2,2020,가람전자 | 나래소재
                    P3,2020,"가람전자
                    나래소재"
                    """);
            assertClean(f.run(f.file("firms.csv", FIRMS), patents));
            assertEquals(List.of("a-b copatent 3 2020"), f.links());
        }
    }

    @Test
    void oneRowPerApplicantIsOnePatent() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path patents = f.file("patents.csv", """
                    출원번호,출원일자,출원인
                    10-2020-0001,2020.03.15,가람전자
                    10-2020-0001,2020.03.15,나래소재
                    10-2020-0001,2020.03.15,다솜정밀
                    """);
            assertClean(f.run(f.file("firms.csv", FIRMS), patents));
            assertEquals(List.of("a-b copatent 1 2020", "a-c copatent 1 2020", "b-c copatent 1 2020"), f.links());
        }
    }

    @Test
    void datesInEveryCommonWritingGiveTheirYear() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path patents = f.file("patents.csv", """
                    patent_id,date,applicants
                    P1,2018.03.15,a;b
                    P2,20190315,a;b
                    P3,2020-03-15,a;b
                    P4,2021/3/5,a;b
                    P5,2022년 3월 5일,a;b
                    P6,2023-03-05T10:00:00,a;b
                    """);
            assertClean(f.run(f.file("firms.csv", FIRMS), patents));
            assertEquals(List.of("a-b copatent 1 2018", "a-b copatent 1 2019", "a-b copatent 1 2020",
                    "a-b copatent 1 2021", "a-b copatent 1 2022", "a-b copatent 1 2023"), f.links());
        }
    }

    @Test
    void anImpossibleDateIsAnErrorNamingTheLine() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result r = f.run(f.file("firms.csv", FIRMS),
                    f.file("patents.csv", "patent_id,year,applicants\nP1,2020.13.40,a;b\n"));
            assertFalse(r.stored());
            assertOneError(r.report(), "patents.csv", 2, "year", "not a whole number: '2020.13.40'");
        }
    }

    /**
     * Fractional counting, worked by hand: P1 has 3 applicants (a, b, c): each pair 1/(3−1) = 0.5.
     * P2 has a, b and one applicant outside the firm list: n = 3 still, so a–b gets 0.5 more.
     * P3 has a and d: 1/(2−1) = 1. So a–b 1.0, a–c 0.5, b–c 0.5, a–d 1.
     */
    @Test
    void fractionalCountingGivesEachPairOneOverNMinusOne() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path patents = f.file("patents.csv", """
                    patent_id,year,applicants
                    P1,2021,a;b;c
                    P2,2021,a;b;Unlisted Labs Inc.
                    P3,2021,a;d
                    """);
            Importer.Result r = f.run(Importer.Options.defaults().withFractionalPatents(true),
                    f.file("firms.csv", FIRMS), patents);
            assertTrue(r.stored(), () -> r.report().lines().toString());
            assertEquals(List.of("a-b copatent 1 2021", "a-c copatent 0.5 2021", "a-d copatent 1 2021",
                    "b-c copatent 0.5 2021"), f.links());
        }
    }

    @Test
    void unmatchedApplicantsAreLeftOutListedWithDidYouMeanAndTheRestStillLinks() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path patents = f.file("patents.csv", """
                    patent_id,year,applicants
                    P1,2019,가람전자;나래소재;가람전기
                    P2,2021,다솜정밀;가람전기
                    P3,2021,다솜정밀;한국과학연구원
                    """);
            Importer.Result r = f.run(f.file("firms.csv", FIRMS), patents);
            assertTrue(r.stored(), () -> r.report().lines().toString());
            assertEquals(List.of("a-b copatent 1 2019"), f.links(), "the suggestion is never applied by itself");
            assertEquals(2, r.unmatched().size());
            UnmatchedNames.Name first = r.unmatched().get(0);
            assertEquals("가람전기", first.name());
            assertEquals(2, first.records());
            assertEquals(List.of(2019, 2021), first.years());
            assertEquals(List.of("가람전자"), first.didYouMean());
            assertEquals("patents.csv", first.file());
            assertEquals(2, first.line());
            assertEquals("한국과학연구원", r.unmatched().get(1).name());
            assertEquals(List.of(), r.unmatched().get(1).didYouMean());
            assertEquals(1, r.report().warningCount(), () -> r.report().lines().toString());
            assertTrue(r.report().warnings().get(0).message().startsWith("2 name(s) in 3 record(s) match no firm"));
        }
    }

    @Test
    void tradesWithAnUnmatchedPartyAreLeftOutAndListed() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path trades = f.file("trades.csv", "공급사,구매사,거래금액(백만원),거래연도\n가람전자,나래소재,120,2022\n"
                    + "가람전자,Outside Buyer Ltd,50,2022\n");
            Importer.Result r = f.run(f.file("firms.csv", FIRMS), trades);
            assertTrue(r.stored());
            assertEquals(List.of("a>b trade 120 2022"), f.links());
            assertEquals("Outside Buyer Ltd", r.unmatched().get(0).name());
            assertEquals("customer", r.unmatched().get(0).column());
        }
    }

    @Test
    void theUnmatchedNamesGoToACsvFile() throws Exception {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path patents = f.file("patents.csv", "patent_id,year,applicants\nP1,2019,가람전자;가람전기\n"
                    + "P2,2020,가람전자;=HYPERLINK(\"x\")\n");
            Importer.Result r = f.run(f.file("firms.csv", FIRMS), patents);
            Path out = dir.resolve("unmatched.csv");
            org.supracluster.export.ResultTable.of("unmatched", UnmatchedCsv.HEADER, UnmatchedCsv.rows(r.unmatched()))
                    .writeCsv(out);
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertEquals("\uFEFFname,records,years,did_you_mean_1,did_you_mean_2,did_you_mean_3,file,line", lines.get(0));
            assertTrue(lines.contains("가람전기,1,2019,가람전자,,,patents.csv,2"), lines::toString);
            assertTrue(lines.contains("\"'=HYPERLINK(\"\"x\"\")\",1,2020,,,,patents.csv,3"), lines::toString);
        }
    }

    @Test
    void strictRefusesAnUnmatchedApplicantAndStoresNothing() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result r = f.run(Importer.Options.defaults().withStrict(true), f.file("firms.csv", FIRMS),
                    f.file("patents.csv", "patent_id,year,applicants\nP1,2019,가람전자;가람전기\n"));
            assertFalse(r.stored());
            assertOneError(r.report(), "patents.csv", 2, "applicants", "with --strict every party must match a firm");
            assertEquals(0, f.load().firmCount());
        }
    }

    @Test
    void reImportingTheSameRecordsChangesNothing() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", FIRMS);
            Path patents = f.file("patents.csv", "patent_id,year,applicants\nP1,2019,a;b;c\nP2,2019,a;b\n");
            Path trades = f.file("trades.csv", "supplier,customer,amount,year\na,b,10,2019\na,b,5,2019\n");
            assertClean(f.run(firms, patents, trades));
            String before = f.snapshotWithoutLog();
            Importer.Result again = f.run(firms, patents, trades);
            assertTrue(again.counts().changedNothing(), again.counts()::toString);
            assertEquals(before, f.snapshotWithoutLog());
        }
    }

    @Test
    void aDryRunChecksAndCountsEverythingAndStoresNothing() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            Importer.Result r = f.run(Importer.Options.defaults().withDryRun(true), f.file("firms.csv", FIRMS),
                    f.file("patents.csv", "patent_id,year,applicants\nP1,2019,a;b;c\nP2,2019,a;가람전기\n"));
            assertTrue(r.valid());
            assertFalse(r.stored());
            assertEquals(4, r.counts().firmsAdded());
            assertEquals(3, r.counts().linksAdded());
            assertEquals(1, r.unmatched().size());
            assertEquals(before, f.snapshot(), "a dry run leaves the database exactly as it was, its log too");
        }
    }

    @Test
    void aDryRunWithErrorsReportsThemAndIsNotValid() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result r = f.run(Importer.Options.defaults().withDryRun(true),
                    f.file("firms.csv", "name,brn,region\nA,123-45-67890,경기\n"));
            assertFalse(r.valid());
            assertNull(r.counts());
            assertOneError(r.report(), "firms.csv", 2, "brn", "wrong check digit");
        }
    }

    @Test
    void theRecordsBehindTheLinksAreKeptAsTheyCame() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path patents = f.file("patents.csv", """
                    출원번호,출원일자,발명의명칭,출원인,국제특허분류
                    10-2021-0000002,2021.05.01,웨이퍼 세정 장치,"(주)가람전자; 나래소재 주식회사","H01L 21/67, B08B 3/02"
                    10-2020-0000001,2020.02.03,식각 방법,가람전자,H01L 21/3065
                    10-2020-0000001,2020.02.03,,나래소재,
                    10-2022-0000003,2022.07.07,무관한 특허,다솜정밀,
                    """);
            Path trades = f.file("trades.csv", "supplier,customer,amount,year\na,b,10,2021\na,b,5,2021\nb,c,1,2021\n");
            assertClean(f.run(f.file("firms.csv", FIRMS), patents, trades));
            List<org.supracluster.store.RecordStore.PatentRow> rows =
                    org.supracluster.store.RecordStore.of(f.db).patentsOf("a", "b");
            assertEquals(2, rows.size());
            assertEquals(new org.supracluster.store.RecordStore.PatentRow("10-2020-0000001", 2020, "2020.02.03", "식각 방법",
                    "가람전자; 나래소재", "H01L 21/3065"), rows.get(0));
            assertEquals(new org.supracluster.store.RecordStore.PatentRow("10-2021-0000002", 2021, "2021.05.01",
                    "웨이퍼 세정 장치", "(주)가람전자; 나래소재 주식회사", "H01L 21/67; B08B 3/02"), rows.get(1));
            assertEquals(List.of(), org.supracluster.store.RecordStore.of(f.db).patentsOf("a", "c"));
            assertEquals(3, org.supracluster.store.RecordStore.of(f.db).counts()[0], "all three patents are kept");
            assertEquals(3, org.supracluster.store.RecordStore.of(f.db).counts()[1], "three transactions");
            // A corrected trades file replaces the records of the links it gives, as it replaces their weight.
            assertClean(f.run(f.file("trades2.csv", "supplier,customer,amount,year\na,b,12,2021\n")));
            assertEquals(2, org.supracluster.store.RecordStore.of(f.db).counts()[1]);
            assertTrue(f.links().contains("a>b trade 12 2021"), f.links()::toString);
        }
    }
}
