package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supracluster.ingest.ImportFixture.FIRMS;
import static org.supracluster.ingest.ImportFixture.assertClean;
import static org.supracluster.ingest.ImportFixture.assertOneWarning;
import static org.supracluster.ingest.ImportFixture.assertStored;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.supracluster.model.Network;
import org.supracluster.model.Placement;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;
import org.supracluster.store.ImportCounts;

/** What a good CSV import stores, and every warning: applied and reported with file, line and column. */
class CsvImportTest {

    @TempDir
    Path dir;

    // ---- firms ---------------------------------------------------------------------------

    @Test
    void firmsFileStoresEveryFieldAsGiven() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result r = f.run(f.file("firms.csv", FIRMS));
            assertClean(r);
            assertEquals(new ImportCounts(3, 0, 0, 0, 0, 0), r.counts());
            assertEquals(3, r.rows());
            Network n = f.load();
            assertEquals(3, n.firmCount());
            int f1 = f.firm(n, "f1");
            assertEquals("수원 장비 001", n.firmName(f1));
            assertEquals(Region.GYEONGGI, n.region(f1));
            assertEquals("수원", n.city(f1));
            assertEquals(37.26, n.lat(f1));
            assertEquals(127.03, n.lon(f1));
            assertEquals(Segment.EQUIPMENT, n.segment(f1));
            assertEquals(120, n.employees(f1));
            assertEquals(Map.of(), n.attributes(f1));
            int f3 = f.firm(n, "f3");
            assertEquals(-1, n.employees(f3), "an empty employees cell means unknown");
            assertEquals(Region.DAEJEON, n.region(f3));
        }
    }

    @Test
    void columnOrderIsFreeAndHeaderNamesIgnoreCaseAndSpaces() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", """
                    Employees , Segment,  LON ,Lat,City, Region ,NAME, ID
                    77,Fab,127.03,37.26,수원,경기,수원 제조 009,x9
                    """);
            assertClean(f.run(firms));
            Network n = f.load();
            int x = f.firm(n, "x9");
            assertEquals("수원 제조 009", n.firmName(x));
            assertEquals(Region.GYEONGGI, n.region(x));
            assertEquals(37.26, n.lat(x));
            assertEquals(127.03, n.lon(x));
            assertEquals(Segment.FAB, n.segment(x));
            assertEquals(77, n.employees(x));
            assertEquals(Map.of(), n.attributes(x), "known columns are not attributes, whatever their case");
        }
    }

    @Test
    void linkHeaderNamesIgnoreCaseSpacesAndHyphens() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", FIRMS);
            Path patents = f.file("patents.csv", """
                    Applicants, Patent-ID ,YEAR
                    f1;f2,KR-1,2021
                    """);
            assertClean(f.run(firms, patents));
            assertEquals(List.of("f1-f2 copatent 1 2021"), f.links());
        }
    }

    @Test
    void unknownColumnsAreKeptAsFirmAttributes() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", """
                    id,name,region,founded, CEO ,대표 제품,lat,lon
                    f1,수원 장비 001,경기,1998,김철수,식각 장비,37.26,127.03
                    f2,청주 패키징 002,충북,,박영희,,36.64,127.49
                    """);
            assertClean(f.run(firms));
            Network n = f.load();
            assertEquals(Map.of("founded", "1998", "CEO", "김철수", "대표 제품", "식각 장비"),
                    n.attributes(f.firm(n, "f1")));
            assertEquals(Map.of("CEO", "박영희"), n.attributes(f.firm(n, "f2")), "empty cells are not attributes");
        }
    }

    @Test
    void provinceColumnAndLongCoordinateNamesAreAccepted() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", """
                    id,name,province,latitude,longitude
                    f1,수원 장비 001,경기도,37.26,127.03
                    """);
            assertClean(f.run(firms));
            Network n = f.load();
            int f1 = f.firm(n, "f1");
            assertEquals(Region.GYEONGGI, n.region(f1));
            assertEquals(37.26, n.lat(f1));
            assertEquals(127.03, n.lon(f1));
        }
    }

    @Test
    void headerOnlyFileImportsNothingWithoutError() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshotWithoutLog();
            Importer.Result r = f.run(f.file("firms.csv", "id,name,region,city,lat,lon\n"),
                    f.file("links.csv", "source,target,type,weight,year"));
            assertClean(r);
            assertEquals(0, r.rows());
            assertTrue(r.counts().changedNothing());
            assertEquals(before, f.snapshotWithoutLog());
        }
    }

    @Test
    void blankLinesAndEmptySpreadsheetRowsAreSkipped() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", """

                    id,name,region

                    f1,수원 장비 001,경기
                    ,,
                    \s\s
                    f2,청주 패키징 002,충북
                    """);
            Importer.Result r = f.run(firms);
            assertStored(r);
            assertEquals(2, r.rows());
            assertEquals(2, f.load().firmCount());
        }
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", "id,name,region,note\r\n"
                    + "f1,\"수원 장비, 주식회사\",경기,\"8\"\" 웨이퍼\r\n전용\"\r\n"
                    + "f2,청주 패키징 002,충북,\r\n");
            assertStored(f.run(firms));
            Network n = f.load();
            int f1 = f.firm(n, "f1");
            assertEquals("수원 장비, 주식회사", n.firmName(f1));
            assertEquals("8\" 웨이퍼\r\n전용", n.attributes(f1).get("note"));
        }
    }

    @Test
    void quotedFieldWithACarriageReturnAtTheEndOfARowKeepsItsRow() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            // FastCSV 3.4 alone loses such a field and joins the next row to this one.
            Path firms = f.file("firms.csv", "id,name,region,note\n"
                    + "f1,수원 장비 001,경기,\"1층\r2층\"\n"
                    + "f2,청주 패키징 002,충북,x\n");
            Importer.Result r = f.run(firms);
            assertStored(r);
            Network n = f.load();
            assertEquals(2, n.firmCount());
            assertEquals("1층\n2층", n.attributes(f.firm(n, "f1")).get("note"));
            assertEquals("청주 패키징 002", n.firmName(f.firm(n, "f2")));
        }
    }

    @Test
    void oldMacLineEndingsImport() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", "id,name,region,lat,lon\rf1,A,경기,37.26,127.03\rf2,B,충북,36.64,127.49\r");
            assertClean(f.run(firms));
            assertEquals(2, f.load().firmCount());
        }
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", """
                    id,name,region,lat,lon
                    f1,12" Wafer Works,경기,37.26,127.03
                    f2,청주 패키징 002,충북,36.64,127.49
                    """);
            assertClean(f.run(firms));
            Network n = f.load();
            assertEquals("12\" Wafer Works", n.firmName(f.firm(n, "f1")));
        }
    }

    @Test
    void segmentsAreReadInAnyCaseAndInKorean() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", """
                    id,name,region,lat,lon,segment
                    f1,A,경기,37.26,127.03,MATERIALS
                    f2,B,경기,37.26,127.03,패키징
                    f3,C,경기,37.26,127.03,
                    """);
            assertClean(f.run(firms));
            Network n = f.load();
            assertEquals(Segment.MATERIALS, n.segment(f.firm(n, "f1")));
            assertEquals(Segment.PACKAGING, n.segment(f.firm(n, "f2")));
            assertEquals(Segment.OTHER, n.segment(f.firm(n, "f3")), "no segment means other");
        }
    }

    // ---- regions ---------------------------------------------------------------------------

    @ParameterizedTest(name = "region written ''{0}'' imports as {1}")
    @CsvSource({
        "경기, GYEONGGI", "경기도, GYEONGGI", "Gyeonggi-do, GYEONGGI", "KR-41, GYEONGGI", "41, GYEONGGI",
        "gyeonggi do, GYEONGGI", "강원도, GANGWON", "51, GANGWON", "KR-42, GANGWON", "전라북도, JEONBUK",
        "52, JEONBUK", "KR-45, JEONBUK", "세종, SEJONG", "36, SEJONG", "50, JEJU", "KR-49, JEJU"})
    void regionSpellingsAllImport(String spelling, Region expected) {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", "id,name,region,lat,lon\nf1,A,\"" + spelling + "\",36.5,127.5\n");
            assertClean(f.run(firms));
            Network n = f.load();
            assertEquals(expected, n.region(f.firm(n, "f1")));
        }
    }

    // ---- warnings ----------------------------------------------------------------------------

    @Test
    void missingCoordinatesAreFilledFromTheKoreanCityName() {
        assertPlacedAtSuwon("수원");
    }

    @Test
    void missingCoordinatesAreFilledFromTheEnglishCityName() {
        assertPlacedAtSuwon("Suwon");
    }

    @Test
    void missingCoordinatesAreFilledFromTheCityNameWithSi() {
        assertPlacedAtSuwon("수원시");
    }

    private void assertPlacedAtSuwon(String city) {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", "id,name,region,city,lat,lon\nf1,수원 장비 001,경기," + city + ",,\n");
            Importer.Result r = f.run(firms);
            // Placed at the municipality's office: counted in the report, not warned row by row.
            assertClean(r);
            assertEquals(Map.of(Placement.MUNICIPALITY, 1L), r.placements());
            Network n = f.load();
            int f1 = f.firm(n, "f1");
            // 수원시청, 경기 수원시 팔달구 효원로 241: about 37.263 N, 127.029 E.
            assertEquals(37.263, n.lat(f1), 0.02, "Suwon city hall");
            assertEquals(127.029, n.lon(f1), 0.02, "Suwon city hall");
            assertEquals(Placement.MUNICIPALITY, n.placement(f1));
            assertEquals(city, n.city(f1), "the city is stored as written");
        }
    }

    @Test
    void missingCoordinatesOfAnUnknownCityAreFilledFromTheProvinceCentre() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", "id,name,region,city\nf1,A,충북,어딘가\n");
            Importer.Result r = f.run(firms);
            assertOneWarning(r.report(), "firms.csv", 2, "lat",
                    "no coordinates: placed at the centre of the province (Chungbuk)");
            Network n = f.load();
            int f1 = f.firm(n, "f1");
            assertEquals(Region.CHUNGBUK.centreLat(), n.lat(f1));
            assertEquals(Region.CHUNGBUK.centreLon(), n.lon(f1));
            assertEquals(Placement.PROVINCE, n.placement(f1));
        }
    }

    @Test
    void aCountyTheOldCityTableDidNotKnowIsPlacedAtItsOffice() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result r = f.run(f.file("firms.csv", "id,name,region,city\nf1,A,충북,괴산\n"));
            assertClean(r);
            Network n = f.load();
            // 괴산군청, 충북 괴산군 괴산읍 임꺽정로 90: about 36.815 N, 127.787 E.
            assertEquals(36.815, n.lat(f.firm(n, "f1")), 0.02);
            assertEquals(127.787, n.lon(f.firm(n, "f1")), 0.02);
        }
    }

    @Test
    void aCityOfAnotherProvinceIsNotUsedForTheCoordinates() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            // Suwon is in Gyeonggi; a firm in Chungbuk that says Suwon gets Chungbuk's centre.
            Path firms = f.file("firms.csv", "id,name,region,city\nf1,A,충북,Suwon\n");
            Importer.Result r = f.run(firms);
            assertOneWarning(r.report(), "firms.csv", 2, "lat", "centre of the province");
            Network n = f.load();
            assertEquals(Region.CHUNGBUK.centreLat(), n.lat(f.firm(n, "f1")));
        }
    }

    @Test
    void withoutCoordinateColumnsEveryFirmIsPlacedWithAWarning() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", "id,name,region,city\nf1,A,경기,수원\nf2,B,대전,\n");
            Importer.Result r = f.run(firms);
            assertStored(r);
            assertEquals(1, r.report().warningCount(), "the firm placed at its municipality is counted, not warned");
            ImportFixture.assertProblem(r.report().warnings().get(0), "firms.csv", 3, "lat",
                    "centre of the province (Daejeon)");
            assertEquals(Map.of(Placement.MUNICIPALITY, 1L, Placement.PROVINCE, 1L), r.placements());
            Network n = f.load();
            assertEquals(Region.DAEJEON.centreLat(), n.lat(f.firm(n, "f2")));
        }
    }

    @Test
    void onlyOneCoordinateGivenIsOneWarningAndBothAreFilled() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", "id,name,region,city,lat,lon\nf1,A,경기,수원,37.3,\n");
            Importer.Result r = f.run(firms);
            assertTrue(r.stored());
            ImportReport.Problem p = assertOneWarning(r.report(), "firms.csv", 2, "lon",
                    "only one of lat and lon is given");
            assertTrue(p.message().contains("both were filled in from the office of 수원시"), p.message());
            Network n = f.load();
            Municipalities.Place suwon = Municipalities.locate("경기 수원시", null).orElseThrow();
            assertEquals(suwon.lat(), n.lat(f.firm(n, "f1")));
            assertEquals(suwon.lon(), n.lon(f.firm(n, "f1")));
            assertEquals(Placement.MUNICIPALITY, n.placement(f.firm(n, "f1")));
        }
    }

    @Test
    void duplicateLinkIsMergedWithWeightsSummed() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path links = f.file("links.csv", """
                    source,target,type,weight,year
                    f1,f2,trade,2,2021
                    f1,f3,trade,1,2021
                    f1,f2,trade,3.5,2021
                    """);
            Importer.Result r = f.run(f.file("firms.csv", FIRMS), links);
            assertOneWarning(r.report(), "links.csv", 4, null,
                    "duplicate link merged: the same firms, type and year as line 2; the weights were added");
            assertEquals(List.of("f1>f2 trade 5.5 2021", "f1>f3 trade 1 2021"), f.links());
            assertEquals(2, r.counts().linksAdded());
        }
    }

    @Test
    void coPatentLinkGivenBothWaysIsOneMergedLink() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path links = f.file("links.csv", """
                    source,target,type,weight,year
                    f2,f1,copatent,1,2021
                    f1,f2,copatent,1,2021
                    """);
            Importer.Result r = f.run(f.file("firms.csv", FIRMS), links);
            assertOneWarning(r.report(), "links.csv", 3, null, "duplicate link merged");
            assertEquals(List.of("f1-f2 copatent 2 2021"), f.links());
        }
    }

    @Test
    void linksThatDifferInDirectionTypeOrYearAreNotMerged() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path links = f.file("links.csv", """
                    source,target,type,weight,year
                    f1,f2,trade,1,2021
                    f2,f1,trade,1,2021
                    f1,f2,copatent,1,2021
                    f1,f2,trade,1,2022
                    f1,f2,trade,1,
                    """);
            assertClean(f.run(f.file("firms.csv", FIRMS), links));
            assertEquals(List.of("f1-f2 copatent 1 2021", "f1>f2 trade 1 0", "f1>f2 trade 1 2021",
                    "f1>f2 trade 1 2022", "f2>f1 trade 1 2021"), f.links());
        }
    }

    @Test
    void selfLoopIsDroppedWithAWarning() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path links = f.file("links.csv", """
                    source,target,type,weight,year
                    f1,f2,trade,1,2021
                    f3,f3,copatent,1,2021
                    """);
            Importer.Result r = f.run(f.file("firms.csv", FIRMS), links);
            assertOneWarning(r.report(), "links.csv", 3, "target", "a link from firm 'f3' to itself was dropped");
            assertEquals(List.of("f1>f2 trade 1 2021"), f.links());
        }
    }

    @Test
    void selfTradeIsDroppedWithAWarningNamingTheCustomerColumn() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path trades = f.file("trades.csv", """
                    supplier,customer,amount,year
                    f1,f1,10,2021
                    f1,f2,4,2021
                    """);
            Importer.Result r = f.run(f.file("firms.csv", FIRMS), trades);
            assertOneWarning(r.report(), "trades.csv", 2, "customer", "a link from firm 'f1' to itself was dropped");
            assertEquals(List.of("f1>f2 trade 4 2021"), f.links());
        }
    }

    @Test
    void defaultWeightIsOneAndYearIsOptional() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path links = f.file("links.csv", "source,target,type\nf1,f2,trade\nf2,f3,co-patent\n");
            assertClean(f.run(f.file("firms.csv", FIRMS), links));
            assertEquals(List.of("f1>f2 trade 1 0", "f2-f3 copatent 1 0"), f.links());
        }
    }

    // ---- patents -----------------------------------------------------------------------------

    @Test
    void threeApplicantsMakeThreeCoPatentLinks() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path patents = f.file("patents.csv", "patent_id,year,applicants\nKR-1,2021,f1;f2;f3\n");
            Importer.Result r = f.run(f.file("firms.csv", FIRMS), patents);
            assertClean(r);
            assertEquals(List.of("f1-f2 copatent 1 2021", "f1-f3 copatent 1 2021", "f2-f3 copatent 1 2021"),
                    f.links());
            assertEquals(3, r.counts().linksAdded());
        }
    }

    @Test
    void samePairInTwoPatentsOfOneYearHasWeightTwo() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path patents = f.file("patents.csv", """
                    patent_id,year,applicants
                    KR-1,2021,f1;f2
                    KR-2,2021,f2; f1
                    KR-3,2022,f1;f2
                    """);
            assertClean(f.run(f.file("firms.csv", FIRMS), patents));
            assertEquals(List.of("f1-f2 copatent 1 2022", "f1-f2 copatent 2 2021"), f.links());
        }
    }

    @Test
    void applicantsAreResolvedByName() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path patents = f.file("patents.csv", """
                    patent_id,year,applicants
                    KR-1,2021,수원 장비 001;대전 연구소 003
                    KR-2,2021,f2;대전 연구소 003
                    """);
            assertClean(f.run(f.file("firms.csv", FIRMS), patents));
            assertEquals(List.of("f1-f3 copatent 1 2021", "f2-f3 copatent 1 2021"), f.links());
        }
    }

    @Test
    void applicantsAreResolvedByTheNameOfAFirmAlreadyStored() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            Path patents = f.file("patents.csv", "patent_id,year,applicants\nKR-1,2021,서울 설계 101;화성 제조 102\n");
            assertClean(f.run(patents));
            assertTrue(f.links().contains("old-1-old-2 copatent 1 2021"), f.links().toString());
        }
    }

    @Test
    void applicantsAreResolvedByTheNewNameOfAFirmRenamedInTheSameImport() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            Path firms = f.file("firms.csv", "id,name,region,city,lat,lon\nold-1,서울 설계 (신),서울,,37.56,126.98\n");
            Path patents = f.file("patents.csv", "patent_id,year,applicants\nKR-1,2021,서울 설계 (신);화성 제조 102\n");
            Importer.Result r = f.run(firms, patents);
            assertStored(r);
            assertTrue(f.links().contains("old-1-old-2 copatent 1 2021"), f.links().toString());
        }
    }

    @Test
    void theOldNameOfAFirmRenamedInTheSameImportNoLongerResolves() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            Path firms = f.file("firms.csv", "id,name,region,city,lat,lon\nold-1,서울 설계 (신),서울,,37.56,126.98\n");
            Path patents = f.file("patents.csv", "patent_id,year,applicants\nKR-1,2021,서울 설계 101;old-2\n");
            List<String> linksBefore = f.links();
            Importer.Result r = f.run(firms, patents);
            assertTrue(r.stored(), () -> r.report().lines().toString());
            // The old name matches no firm now: an applicant outside the population, listed, not linked.
            assertEquals(List.of("서울 설계 101"), r.unmatched().stream().map(UnmatchedNames.Name::name).toList());
            assertEquals(1, r.unmatched().get(0).records());
            assertEquals(List.of(2021), r.unmatched().get(0).years());
            assertEquals(linksBefore, f.links(), "a patent with one matched applicant links nobody");
        }
    }

    @Test
    void decomposedHangulIsStoredComposedAndMatchesComposedNames() {
        String nfd = java.text.Normalizer.normalize("수원 장비 001", java.text.Normalizer.Form.NFD);
        String nfdCity = java.text.Normalizer.normalize("수원", java.text.Normalizer.Form.NFD);
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", "id,name,region,city\nf1," + nfd + ",경기," + nfdCity
                    + "\nf2,청주 패키징 002,충북,청주\n");
            Path patents = f.file("patents.csv", "patent_id,applicants\nKR-1,수원 장비 001;" 
                    + java.text.Normalizer.normalize("청주 패키징 002", java.text.Normalizer.Form.NFD) + "\n");
            Importer.Result r = f.run(firms, patents);
            assertStored(r);
            Network n = f.load();
            assertEquals("수원 장비 001", n.firmName(f.firm(n, "f1")));
            assertEquals("수원", n.city(f.firm(n, "f1")));
            assertEquals(List.of("f1-f2 copatent 1 0"), f.links());
            assertEquals(Placement.MUNICIPALITY, n.placement(f.firm(n, "f1")), "decomposed 수원 found as 수원");
        }
    }

    @Test
    void applicantListedTwiceIsCountedOnceWithAWarning() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path patents = f.file("patents.csv", """
                    patent_id,year,applicants
                    KR-1,2021,f1;f2
                    KR-2,2021,f1;f2;수원 장비 001
                    """);
            Importer.Result r = f.run(f.file("firms.csv", FIRMS), patents);
            assertOneWarning(r.report(), "patents.csv", 3, "applicants",
                    "the applicant '수원 장비 001' is listed twice; counted once");
            assertEquals(List.of("f1-f2 copatent 2 2021"), f.links());
        }
    }

    @Test
    void patentListedOnTwoRowsIsCountedOnceWithAWarning() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path patents = f.file("patents.csv", """
                    patent_id,year,applicants
                    KR-1,2021,f1;f2
                    KR-1,2021,f2;f3
                    """);
            Importer.Result r = f.run(f.file("firms.csv", FIRMS), patents);
            assertOneWarning(r.report(), "patents.csv", 3, "patent_id", "the patent 'KR-1' is also on line 2");
            // One patent with applicants f1, f2, f3: each pair once, f1–f2 not twice.
            assertEquals(List.of("f1-f2 copatent 1 2021", "f1-f3 copatent 1 2021", "f2-f3 copatent 1 2021"),
                    f.links());
        }
    }

    @Test
    void patentListedTwiceWithDifferentYearsIsAnError() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            Path patents = f.file("patents.csv", """
                    patent_id,year,applicants
                    KR-1,2021,old-1;old-2
                    KR-1,2022,old-1;old-2
                    """);
            Importer.Result r = f.run(patents);
            assertFalse(r.stored());
            ImportFixture.assertOneError(r.report(), "patents.csv", 3, "year",
                    "the patent 'KR-1' has the year 2021 on line 2");
            assertEquals(before, f.snapshot());
        }
    }

    @Test
    void singleApplicantPatentMakesNoLink() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path patents = f.file("patents.csv", "patent_id,year,applicants\nKR-1,2021,f1\nKR-2,,f1;f2\n");
            assertClean(f.run(f.file("firms.csv", FIRMS), patents));
            assertEquals(List.of("f1-f2 copatent 1 0"), f.links());
        }
    }

    // ---- trades ------------------------------------------------------------------------------

    @Test
    void tradeAmountsAreSummedPerSupplierCustomerAndYear() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path trades = f.file("trades.csv", """
                    supplier,customer,amount,year
                    f1,f2,10,2021
                    f1,f2,2.5,2021
                    f1,f2,7,2022
                    f2,f1,1,2021
                    수원 장비 001,청주 패키징 002,0.5,2021
                    """);
            Importer.Result r = f.run(f.file("firms.csv", FIRMS), trades);
            assertClean(r);
            assertEquals(List.of("f1>f2 trade 13 2021", "f1>f2 trade 7 2022", "f2>f1 trade 1 2021"), f.links());
        }
    }

    @Test
    void tradeWeightCanCountTheRows() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path trades = f.file("trades.csv", """
                    supplier,customer,amount,year
                    f1,f2,10,2021
                    f1,f2,2.5,2021
                    f1,f2,7,2022
                    """);
            Importer.Result r = f.run(new Importer.Options(null, null, true, Map.of()), f.file("firms.csv", FIRMS),
                    trades);
            assertClean(r);
            assertEquals(List.of("f1>f2 trade 1 2022", "f1>f2 trade 2 2021"), f.links());
        }
    }

    @Test
    void countingTradesNeedsNoAmountColumn() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path trades = f.file("trades.csv", "supplier,customer,year\nf1,f2,2021\nf1,f2,2021\n");
            Importer.Result r = f.run(new Importer.Options(null, null, true, Map.of()), f.file("firms.csv", FIRMS),
                    trades);
            assertClean(r);
            assertEquals(List.of("f1>f2 trade 2 2021"), f.links());
        }
    }

    // ---- kinds --------------------------------------------------------------------------------

    @Test
    void kindIsRecognisedFromTheHeaderWhateverTheFileName() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path a = f.file("a.csv", FIRMS);
            Path b = f.file("b.csv", "source,target,type\nf1,f2,trade\n");
            Path c = f.file("c.csv", "patent_id,applicants\nP1,f2;f3\n");
            Path d = f.file("d.csv", "supplier,customer,amount\nf3,f1,5\n");
            // Given link files first: firm files are still read first.
            assertClean(f.run(d, c, b, a));
            assertEquals(List.of("f1>f2 trade 1 0", "f2-f3 copatent 1 0", "f3>f1 trade 5 0"), f.links());
        }
    }

    @Test
    void firmsFileWithExtraLinkLikeColumnsIsStillAFirmsFile() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("export.csv", """
                    id,name,region,source,customer,lat,lon
                    f1,A,경기,KIPRIS,Samsung,37.26,127.03
                    """);
            assertClean(f.run(firms));
            Network n = f.load();
            assertEquals(Map.of("source", "KIPRIS", "customer", "Samsung"), n.attributes(f.firm(n, "f1")));
        }
    }

    @Test
    void kindCanBeNamedForAFileWhoseHeaderIsAmbiguous() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", FIRMS);
            Path links = f.file("x.csv", "source,target,type\nf1,f2,trade\n");
            assertClean(f.run(firms));
            assertClean(f.run(ImportFixture.kind(FileKind.LINKS), links));
            assertEquals(List.of("f1>f2 trade 1 0"), f.links());
        }
    }
}
