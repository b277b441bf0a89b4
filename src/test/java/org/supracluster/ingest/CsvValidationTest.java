package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supracluster.ingest.ImportFixture.FIRMS;
import static org.supracluster.ingest.ImportFixture.assertHasError;
import static org.supracluster.ingest.ImportFixture.assertOneError;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every validation error of the CSV import, each with a small file: the report names the file,
 * the line and the column in a plain sentence, and nothing is stored — the database, which
 * already holds data, is byte for byte (row for row) what it was.
 */
class CsvValidationTest {

    @TempDir
    Path dir;

    /** A file that must be refused with exactly one error at {@code line}, {@code column}. */
    record Bad(String file, String text, long line, String column, String fragment) { }

    private static Named<Bad> bad(String behaviour, String file, String text, long line, String column,
                                  String fragment) {
        return Named.of(behaviour, new Bad(file, text, line, column, fragment));
    }

    private static final String HEAD = "id,name,region,city,lat,lon,segment,employees\n";
    private static final String GOOD_ROW = "f1,수원 장비 001,경기,수원,37.26,127.03,equipment,120\n";

    static Stream<Named<Bad>> firmFileErrors() {
        return Stream.of(
            bad("missing name column names the header line and the column", "firms.csv",
                    "id,region,city\nf1,경기,수원\n", 1, "name", "the required column 'name' is missing"),
            bad("missing region column, with no address or city to read it from, names the header line", "firms.csv",
                    "id,name,segment\nf1,수원 장비 001,fab\n", 1, "region", "the required column 'region' is missing"),
            bad("unknown region is an error naming the line", "firms.csv",
                    HEAD + GOOD_ROW + "f2,청주 패키징 002,Atlantis,,36.64,127.49,packaging,45\n", 3, "region",
                    "unknown region 'Atlantis'"),
            bad("empty region is an error naming the line", "firms.csv",
                    HEAD + GOOD_ROW + "f2,청주 패키징 002,,,36.64,127.49,packaging,45\n", 3, "region",
                    "the region is empty"),
            bad("duplicate firm id names both lines", "firms.csv",
                    HEAD + GOOD_ROW + "f2,청주 패키징 002,충북,,36.64,127.49,packaging,45\n"
                            + "f1,다른 회사,충북,,36.64,127.49,fab,\n", 4, "id",
                    "the firm id 'f1' was already used on line 2"),
            bad("empty firm id is an error", "firms.csv",
                    HEAD + GOOD_ROW + ",청주 패키징 002,충북,,36.64,127.49,packaging,45\n", 3, "id",
                    "the firm id is empty"),
            bad("empty firm name is an error", "firms.csv",
                    HEAD + GOOD_ROW + "f2,,충북,,36.64,127.49,packaging,45\n", 3, "name", "the firm name is empty"),
            bad("unknown segment is an error naming the column", "firms.csv",
                    HEAD + GOOD_ROW + "f2,청주 패키징 002,충북,,36.64,127.49,foundry,45\n", 3, "segment",
                    "unknown segment 'foundry'"),
            bad("non-integer employees is an error", "firms.csv",
                    HEAD + GOOD_ROW + "f2,청주 패키징 002,충북,,36.64,127.49,packaging,12.5\n", 3, "employees",
                    "not a whole number: '12.5'"),
            bad("negative employees is an error", "firms.csv",
                    HEAD + GOOD_ROW + "f2,청주 패키징 002,충북,,36.64,127.49,packaging,-3\n", 3, "employees",
                    "negative"),
            bad("non-numeric latitude is an error", "firms.csv",
                    HEAD + GOOD_ROW + "f2,청주 패키징 002,충북,,north,127.49,packaging,45\n", 3, "lat",
                    "the latitude is not a number: 'north'"),
            bad("non-numeric longitude is an error", "firms.csv",
                    HEAD + GOOD_ROW + "f2,청주 패키징 002,충북,,36.64,east,packaging,45\n", 3, "lon",
                    "the longitude is not a number: 'east'"),
            bad("a latitude written the Java way (37.5d) is not a number", "firms.csv",
                    HEAD + GOOD_ROW + "f2,청주 패키징 002,충북,,36.64d,127.49,packaging,45\n", 3, "lat",
                    "the latitude is not a number: '36.64d'"),
            bad("a lone non-numeric latitude is an error, not silently replaced", "firms.csv",
                    HEAD + GOOD_ROW + "f2,청주 패키징 002,충북,,north,,packaging,45\n", 3, "lat",
                    "the latitude is not a number: 'north'"),
            bad("coordinates outside Korea are an error", "firms.csv",
                    HEAD + GOOD_ROW + "f2,청주 패키징 002,충북,,48.85,2.35,packaging,45\n", 3, "lat",
                    "lies outside South Korea"),
            bad("a longitude outside Korea names the longitude column", "firms.csv",
                    HEAD + GOOD_ROW + "f2,청주 패키징 002,충북,,36.64,140.5,packaging,45\n", 3, "lon",
                    "lies outside South Korea"),
            bad("swapped latitude and longitude are an error with a hint", "firms.csv",
                    HEAD + GOOD_ROW + "f2,청주 패키징 002,충북,,127.49,36.64,packaging,45\n", 3, "lat",
                    "The latitude and longitude look swapped"),
            bad("a lone longitude outside Korea is an error, not silently replaced", "firms.csv",
                    HEAD + GOOD_ROW + "f2,청주 패키징 002,충북,,,12.5,packaging,45\n", 3, "lon",
                    "lies outside South Korea"));
    }

    static Stream<Named<Bad>> linkFileErrors() {
        return Stream.of(
            bad("links: missing source column", "links.csv",
                    "target,type,weight\nold-2,trade,1\n", 1, "source", "the required column 'source' is missing"),
            bad("links: missing target column", "links.csv",
                    "source,type,weight\nold-1,trade,1\n", 1, "target", "the required column 'target' is missing"),
            bad("links: missing type column", "links.csv",
                    "source,target,weight\nold-1,old-2,1\n", 1, "type", "the required column 'type' is missing"),
            bad("a link to an unknown firm is an error naming the column", "links.csv",
                    "source,target,type,weight,year\nold-1,old-2,copatent,1,2021\nold-1,nobody,trade,1,2021\n", 3,
                    "target", "no firm has the id or name 'nobody'"),
            bad("a link from an unknown firm is an error naming the column", "links.csv",
                    "source,target,type,weight,year\nghost,old-2,trade,1,2021\n", 2, "source",
                    "no firm has the id or name 'ghost'"),
            bad("non-numeric weight is an error", "links.csv",
                    "source,target,type,weight,year\nold-1,old-2,trade,heavy,2021\n", 2, "weight",
                    "the weight is not a number: 'heavy'"),
            bad("zero weight is an error", "links.csv",
                    "source,target,type,weight,year\nold-1,old-2,trade,0,2021\n", 2, "weight",
                    "must be a positive number"),
            bad("negative weight is an error", "links.csv",
                    "source,target,type,weight,year\nold-1,old-2,trade,-2.5,2021\n", 2, "weight",
                    "must be a positive number"),
            bad("non-integer year is an error", "links.csv",
                    "source,target,type,weight,year\nold-1,old-2,trade,1,2020.5\n", 2, "year",
                    "the year is not a whole number: '2020.5'"),
            bad("a year in words is an error", "links.csv",
                    "source,target,type,weight,year\nold-1,old-2,trade,1,twenty\n", 2, "year",
                    "the year is not a whole number: 'twenty'"),
            bad("a year outside 1900-2100 is an error", "links.csv",
                    "source,target,type,weight,year\nold-1,old-2,trade,1,1850\n", 2, "year", "outside 1900"),
            bad("unknown link type is an error", "links.csv",
                    "source,target,type,weight,year\nold-1,old-2,licence,1,2021\n", 2, "type",
                    "unknown link type 'licence'"),
            bad("empty link type is an error", "links.csv",
                    "source,target,type,weight,year\nold-1,old-2,,1,2021\n", 2, "type", "the link type is empty"),
            bad("patents: missing patent_id column", "patents.csv",
                    "year,applicants\n2021,old-1;old-2\n", 1, "patent_id",
                    "the required column 'patent_id' is missing"),
            bad("patents: missing applicants column", "patents.csv",
                    "patent_id,year\nKR-1,2021\n", 1, "applicants", "the required column 'applicants' is missing"),
            bad("patents: an empty patent id is an error", "patents.csv",
                    "patent_id,year,applicants\n,2021,old-1;old-2\n", 2, "patent_id", "the patent id is empty"),
            bad("trades: missing supplier column", "trades.csv",
                    "customer,amount,year\nold-2,10,2021\n", 1, "supplier", "the required column 'supplier' is missing"),
            bad("trades: missing customer column", "trades.csv",
                    "supplier,amount,year\nold-1,10,2021\n", 1, "customer", "the required column 'customer' is missing"),
            bad("trades: missing amount column", "trades.csv",
                    "supplier,customer,year\nold-1,old-2,2021\n", 1, "amount", "the required column 'amount' is missing"),
            bad("trades: non-numeric amount is an error", "trades.csv",
                    "supplier,customer,amount,year\nold-1,old-2,lots,2021\n", 2, "amount",
                    "the amount is not a number: 'lots'"));
    }

    /**
     * Raw patent and trade records with a party that matches no firm: with {@code --strict} the
     * import is refused naming the line (without it the party is left out and listed, see
     * RawRecordsImportTest).
     */
    static Stream<Named<Bad>> strictRawRecordErrors() {
        return Stream.of(
            bad("patents: with --strict an unknown applicant is an error", "patents.csv",
                    "patent_id,year,applicants\nKR-1,2021,old-1;Nobody Inc\n", 2, "applicants",
                    "no firm has the id or name 'Nobody Inc'"),
            bad("trades: with --strict an unknown customer is an error", "trades.csv",
                    "supplier,customer,amount,year\nold-1,Nobody Inc,5,2021\n", 2, "customer",
                    "no firm has the id or name 'Nobody Inc'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strictRawRecordErrors")
    void strictRawRecordErrorStopsTheImport(Bad bad) {
        rejects(bad, Importer.Options.defaults().withStrict(true));
    }

    static Stream<Named<Bad>> structureErrors() {
        return Stream.of(
            bad("an unterminated quote in the middle names the line where it opens", "firms.csv",
                    "id,name,region\nf1,\"수원 장비 001,경기\nf2,청주 패키징 002,충북\nf3,대전 연구소 003,대전\n", 2, "name",
                    "never closed"),
            bad("an unterminated quote on the last line names that line", "firms.csv",
                    "id,name,region\nf1,수원 장비 001,경기\nf2,청주 패키징 002,충북\nf3,\"대전 연구소 003,대전", 4, "name",
                    "never closed"),
            bad("text after a closing quote names its line, after a multi-line field and a blank line", "firms.csv",
                    "id,name,region\nf1,\"수원\n장비 001\",경기\n\nf2,\"청주\" 패키징,충북\n", 5, "name",
                    "after the closing quote"),
            bad("a row with too many fields is an error", "firms.csv",
                    "id,name,region\nf1,수원 장비 001,경기\nf2,청주 패키징 002,충북,extra\n", 3, null,
                    "this row has 4 fields but the header has 3"),
            bad("a row with too few fields names the first missing column", "firms.csv",
                    "id,name,region\nf1,수원 장비 001,경기\nf2,청주 패키징 002\n", 3, "region",
                    "this row has 2 fields but the header has 3"),
            bad("a column that appears twice in the header is an error", "firms.csv",
                    "id,name,region,Name\nf1,수원 장비 001,경기,x\n", 1, "Name", "appears twice in the header"),
            bad("an empty file is an error", "firms.csv", "", 0, null, "the file is empty"),
            bad("a file of blank lines is an empty file", "links.csv", "\n\n  \n", 0, null, "the file is empty"),
            bad("lines ending in a carriage return alone are counted as lines", "firms.csv",
                    "id,name,region\rf1,수원 장비 001,경기\rf2,청주 패키징 002,Atlantis\r", 3, "region",
                    "unknown region 'Atlantis'"),
            bad("a header column without a name is an error", "firms.csv",
                    "id,name,,region\nf1,수원 장비 001,x,경기\n", 1, null, "header column 3 has no name"),
            bad("a file whose kind cannot be recognised is an error", "data.csv", "colour,size\nred,3\n", 1, null,
                    "cannot tell what kind of file this is"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firmFileErrors")
    void firmFileErrorStopsTheImport(Bad bad) {
        rejects(bad);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("linkFileErrors")
    void linkFileErrorStopsTheImport(Bad bad) {
        rejects(bad);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structureErrors")
    void malformedFileStopsTheImport(Bad bad) {
        rejects(bad);
    }

    private void rejects(Bad bad) {
        rejects(bad, Importer.Options.defaults());
    }

    private void rejects(Bad bad, Importer.Options options) {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            Path file = f.file(bad.file(), bad.text());
            Importer.Result r = f.run(options, file);
            assertFalse(r.stored(), "nothing may be stored");
            assertNull(r.counts());
            assertOneError(r.report(), bad.file(), bad.line(), bad.column(), bad.fragment());
            assertEquals(before, f.snapshot(), "the database must be exactly as it was");
        }
    }

    @Test
    void missingFileIsAnErrorNamingTheFile() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            Importer.Result r = f.run(dir.resolve("nowhere.csv"));
            assertFalse(r.stored());
            assertOneError(r.report(), "nowhere.csv", 0, null, "the file does not exist");
            assertEquals(before, f.snapshot());
        }
    }

    @Test
    void folderGivenAsAFileIsAnError() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            Path folder = dir.resolve("seed");
            Importer.Result r = f.run(folder);
            assertFalse(r.stored());
            assertOneError(r.report(), "seed", 0, null, "not a file");
            assertEquals(before, f.snapshot());
        }
    }

    @Test
    void missingFileStopsTheGoodFilesOfTheSameImportToo() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            Importer.Result r = f.run(f.file("firms.csv", FIRMS), dir.resolve("links.csv"));
            assertFalse(r.stored());
            assertOneError(r.report(), "links.csv", 0, null, "the file does not exist");
            assertEquals(before, f.snapshot());
        }
    }

    @Test
    void ambiguousApplicantNameIsAnError() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            Path firms = f.file("firms.csv", """
                    id,name,region
                    a1,한빛 반도체,경기
                    a2,한빛 반도체,충북
                    b1,새솔 소재,대전
                    """);
            Path patents = f.file("patents.csv", """
                    patent_id,year,applicants
                    KR-1,2021,새솔 소재;a1
                    KR-2,2021,새솔 소재;한빛 반도체
                    """);
            Importer.Result r = f.run(firms, patents);
            assertFalse(r.stored());
            ImportReport.Problem p = assertHasError(r.report(), "patents.csv", 3, "applicants",
                    "the name '한빛 반도체' belongs to 2 firms");
            assertTrue(p.message().contains("a1") && p.message().contains("a2"), p.message());
            assertEquals(1, r.report().errorCount(), () -> r.report().lines().toString());
            assertEquals(before, f.snapshot());
        }
    }

    @Test
    void badCoordinatesAreReportedEvenWhenTheRegionIsUnknownToo() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            Path firms = f.file("firms.csv", "id,name,region,lat,lon\nf1,X,Atlantis,north,127.49\n");
            Importer.Result r = f.run(firms);
            assertFalse(r.stored());
            assertEquals(2, r.report().errorCount(), () -> r.report().lines().toString());
            assertHasError(r.report(), "firms.csv", 2, "region", "unknown region 'Atlantis'");
            assertHasError(r.report(), "firms.csv", 2, "lat", "the latitude is not a number: 'north'");
            assertEquals(before, f.snapshot());
        }
    }

    @Test
    void linkToAFirmWhoseRowHasAnErrorIsNotReportedASecondTime() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            Path firms = f.file("firms.csv", FIRMS + "f4,경기 소재 004,Atlantis,,,,,\n");
            Path links = f.file("links.csv", "source,target,type\nf1,f4,trade\n");
            Path patents = f.file("patents.csv", "patent_id,applicants\nP1,f1;경기 소재 004\n");
            Importer.Result r = f.run(firms, links, patents);
            assertFalse(r.stored());
            assertOneError(r.report(), "firms.csv", 5, "region", "unknown region 'Atlantis'");
            assertEquals(before, f.snapshot());
        }
    }

    @Test
    void errorsInSeveralRowsAreAllReported() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            Path links = f.file("links.csv", """
                    source,target,type,weight,year
                    old-1,old-2,trade,x,2021
                    old-1,old-2,copatent,1,2021
                    old-2,old-1,trade,1,y
                    """);
            Importer.Result r = f.run(links);
            assertFalse(r.stored());
            assertEquals(2, r.report().errorCount(), () -> r.report().lines().toString());
            assertHasError(r.report(), "links.csv", 2, "weight", "not a number");
            assertHasError(r.report(), "links.csv", 4, "year", "not a whole number");
            assertEquals(before, f.snapshot());
        }
    }

    @Test
    void errorsInTwoFilesAreBothReported() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            Path bad1 = f.file("firms-a.csv", "id,name,region\nx1,X,Atlantis\n");
            Path bad2 = f.file("firms-b.csv", "id,name,region\nx2,Y,Mars\n");
            Importer.Result r = f.run(bad1, bad2);
            assertFalse(r.stored());
            assertEquals(2, r.report().errorCount(), () -> r.report().lines().toString());
            assertHasError(r.report(), "firms-a.csv", 2, "region", "unknown region 'Atlantis'");
            assertHasError(r.report(), "firms-b.csv", 2, "region", "unknown region 'Mars'");
            assertEquals(before, f.snapshot());
        }
    }

    @Test
    void manyBadRowsAreAllCountedButOnlyTheFirstThousandListed() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            StringBuilder text = new StringBuilder("source,target,type,weight\n");
            for (int i = 0; i < 1500; i++) {
                text.append("old-1,old-2,trade,x").append(i).append('\n');
            }
            Importer.Result r = f.run(f.file("links.csv", text.toString()));
            assertFalse(r.stored());
            assertEquals(1500, r.report().errorCount());
            assertEquals(ImportReport.KEEP, r.report().errors().size());
            ImportFixture.assertProblem(r.report().errors().get(999), "links.csv", 1001, "weight",
                    "the weight is not a number: 'x999'");
            java.util.List<String> lines = r.report().lines();
            assertEquals("... and 500 more errors", lines.get(lines.size() - 1));
            assertEquals(before, f.snapshot());
        }
    }

    @Test
    void reportLinesNameFileLineAndColumn() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            Path firms = f.file("firms.csv", "id,name,region\nf1,X,Atlantis\n");
            Importer.Result r = f.run(firms);
            assertEquals(java.util.List.of("error: firms.csv, line 2, column 'region': unknown region 'Atlantis' "
                    + "(use a province name such as 경기, 경기도, Gyeonggi, KR-41 or 41)."), r.report().lines());
        }
    }

    /** Found by the fuzz corpus: each amount was finite, their sum was not, and the import threw. */
    @Test
    void tradeAmountsWhoseSumIsTooLargeAreAnErrorNotACrash() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            Importer.Result r = f.run(f.file("trades.csv",
                    "supplier,customer,amount,year\nold-1,old-2,1e308,2021\nold-1,old-2,1e308,2021\n"));
            assertFalse(r.stored());
            assertOneError(r.report(), "trades.csv", 3, null, "add up to more than can be stored");
            assertEquals(before, f.snapshot());
        }
    }
}
