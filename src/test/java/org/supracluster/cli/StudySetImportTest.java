package org.supracluster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.Placement;
import org.supracluster.model.Region;
import org.supracluster.store.Database;
import org.supracluster.store.NetworkStore;

/**
 * Issue 13's study set, shaped like the files analysts hold and imported from the command line
 * into a new database, against the network worked out by hand below. Every firm is invented
 * (synthetic), the addresses' streets too (가상로: "virtual road"); the municipalities are real.
 *
 * <ul>
 *   <li>an association's member list as .xlsx with Korean headers, registration numbers with and
 *       without hyphens and one stored as a number cell, street addresses and no coordinates,
 *       municipalities whose names other provinces share (광주시 / 광주광역시, the two 고성군,
 *       서울 중구 / 부산 중구);</li>
 *   <li>an alias table tying English names to firms;</li>
 *   <li>patent records (출원번호, 출원일자, …) with applicants in legal-form and spacing variants,
 *       in one cell or one per row, and applicants outside the member list;</li>
 *   <li>CP949 trade records keyed by registration numbers under headers mapped with --column.</li>
 * </ul>
 */
class StudySetImportTest extends CommandTest {


    /**
     * Where each member must be: its id (registration number, else its name), province, and its
     * municipality office's position, typed here from the offices' published addresses
     * independently of the bundled table (the test allows 15 km, as the issue does).
     */
    private record Expected(String id, Region region, double lat, double lon) { }

    private static final List<Expected> PLACES = List.of(
        new Expected("1234567891", Region.GYEONGGI, 37.280, 127.115),     // 용인시 기흥구청
        new Expected("2208162517", Region.GYEONGGI, 37.429, 127.255),     // 광주시청 (경기)
        new Expected("1000000090", Region.GWANGJU, 35.174, 126.912),      // 광주광역시 북구청
        new Expected("라온테크 유한회사", Region.GANGWON, 38.381, 128.468),  // 고성군청 (강원)
        new Expected("1010100009", Region.GYEONGNAM, 34.973, 128.322),    // 고성군청 (경남)
        new Expected("바다시스템", Region.SEOUL, 37.564, 126.998),          // 서울 중구청
        new Expected("사랑반도체", Region.BUSAN, 35.106, 129.032),          // 부산 중구청
        new Expected("아름전자", Region.CHUNGBUK, 36.642, 127.430),         // 청주시 흥덕구청
        new Expected("자람소재", Region.CHUNGNAM, 36.815, 127.114),         // 천안시청 (서북구청 is within 15 km)
        new Expected("차오름테크", Region.DAEJEON, 36.362, 127.356));       // 대전 유성구청

    @Test
    void theStudySetImportsIntoANewDatabaseAsWorkedOutByHand() throws Exception {
        Path files = dir.resolve("files");
        ExampleSet.write(files);
        importsAsWorkedOutByHand(files);
    }

    /** README's worked example runs on the files in data/example: they are the same set. */
    @Test
    void theExampleSetInDataIsTheStudySet() throws Exception {
        importsAsWorkedOutByHand(Path.of("data", "example"));
    }

    /**
     * Patents and trades imported together: each file's warning counts the names it left out
     * (patents 가상연구원, 미래대학교 산학협력단, 한빛반도채; trades the registration number
     * 9999999999 of no member), rather than one warning for both under one file's name.
     */
    @Test
    void eachFileTellsTheNamesItLeftOut() throws Exception {
        Path files = dir.resolve("files");
        ExampleSet.write(files);
        assertEquals(0, run("import", "--lang", "en", "--db", dir.resolve("both.db").toString(),
                "--column", "supplier=판매처", "--column", "customer=구입처", "--column", "amount=공급가액",
                "--column", "year=기준연도", files.resolve(ExampleSet.MEMBERS).toString(),
                files.resolve(ExampleSet.ALIASES).toString(), files.resolve(ExampleSet.PATENTS).toString(),
                files.resolve(ExampleSet.TRADES).toString()), err);
        String told = out + err;
        assertTrue(told.contains("warning: " + ExampleSet.PATENTS + ": 3 name(s) in 3 record(s) match no firm"), told);
        assertTrue(told.contains("warning: " + ExampleSet.TRADES + ": 1 name(s) in 1 record(s) match no firm"), told);
    }

    private void importsAsWorkedOutByHand(Path files) throws Exception {
        Path db = dir.resolve("study.db");
        Path unmatched = dir.resolve("unmatched.csv");

        assertEquals(0, run("import", "--db", db.toString(), "--unmatched-out", unmatched.toString(),
                files.resolve(ExampleSet.MEMBERS).toString(), files.resolve(ExampleSet.ALIASES).toString(),
                files.resolve(ExampleSet.PATENTS).toString()), err);
        assertTrue(out.contains("Firms placed: 0 by their coordinates, 10 at their municipality's office, 0 at "
                + "their province's centre."), out);
        assertEquals(0, run("import", "--db", db.toString(), "--kind", "trades", "--encoding", "cp949",
                "--column", "supplier=판매처", "--column", "customer=구입처", "--column", "amount=공급가액",
                "--column", "year=기준연도", files.resolve(ExampleSet.TRADES).toString()), err);

        try (Database d = Database.open(db)) {
            Network n = NetworkStore.of(d).load();
            assertEquals(10, n.firmCount());
            for (Expected e : PLACES) {
                int f = n.indexOf(e.id());
                assertTrue(f >= 0, "no firm " + e.id());
                assertEquals(e.region(), n.region(f), e.id());
                assertEquals(Placement.MUNICIPALITY, n.placement(f), e.id());
                double km = km(e.lat(), e.lon(), n.lat(f), n.lon(f));
                assertTrue(km <= 15, e.id() + " is " + km + " km from its municipality's office");
            }
            assertEquals("한빛반도체(주)", n.firmName(n.indexOf("1234567891")));
            assertEquals("2208162517", n.brn(n.indexOf("2208162517")), "the number cell reads as its digits");
            // Worked by hand: P1 한빛–새솔 2019; P2 한빛 (alias) – 다온 2020; P3 한빛–새솔 (alias) 2020, 가상연구원
            // outside; P4 (one row per applicant) 바다–사랑 2021, 미래대학교 outside; P5 아름, 자람, 한빛 pairwise
            // 2021; P6 only 차오름 matches (한빛반도채 is a typo: suggested, never applied). Trades: 한빛 → 새솔
            // 100 + 50 in 2021, 다온 → 한빛 30 in 2022, 마루's customer 9999999999 is no member (left out).
            assertEquals(List.of(
                    "1000000090-1234567891 copatent 1 2020",
                    "1000000090>1234567891 trade 30 2022",
                    "1234567891-2208162517 copatent 1 2019",
                    "1234567891-2208162517 copatent 1 2020",
                    "1234567891-아름전자 copatent 1 2021",
                    "1234567891-자람소재 copatent 1 2021",
                    "1234567891>2208162517 trade 150 2021",
                    "바다시스템-사랑반도체 copatent 1 2021",
                    "아름전자-자람소재 copatent 1 2021"), links(n));
        }
        List<String> rows = Files.readAllLines(unmatched, StandardCharsets.UTF_8);
        assertEquals(List.of(
                "\uFEFFname,records,years,did_you_mean_1,did_you_mean_2,did_you_mean_3,file,line",
                "가상연구원,1,2020,,,,patents.csv,4",
                "미래대학교 산학협력단,1,2021,,,,patents.csv,7",
                "한빛반도채,1,2022,한빛반도체(주),,,patents.csv,9"), rows);
        assertTrue(err.isEmpty() || !err.contains("Exception"), err);

        // The records behind the links go out with the network and come back whole in a new database.
        Path exported = dir.resolve("exported");
        assertEquals(0, run("export", "--db", db.toString(), "--format", "csv", "--with-records", "--out",
                exported.toString()), err);
        Path copy = dir.resolve("copy.db");
        assertEquals(0, run("import", "--db", copy.toString(), exported.resolve("firms.csv").toString(),
                exported.resolve("aliases.csv").toString(), exported.resolve("patents.csv").toString(),
                exported.resolve("trades.csv").toString()), err);
        try (Database a = Database.open(db); Database b = Database.open(copy)) {
            assertEquals(links(NetworkStore.of(a).load()), links(NetworkStore.of(b).load()));
            assertEquals(org.supracluster.store.RecordStore.of(a).patents().stream()
                    .filter(p -> p.firmIds().size() >= 2).toList(), org.supracluster.store.RecordStore.of(b).patents());
            assertEquals(org.supracluster.store.RecordStore.of(a).trades(), org.supracluster.store.RecordStore.of(b).trades());
        }
    }

    /** Links as "source>target trade w year" or "a-b copatent w year" (ends as stored), sorted. */
    private static List<String> links(Network n) {
        List<String> out = new ArrayList<>();
        for (int l = 0; l < n.linkCount(); l++) {
            Link k = n.link(l).canonical();
            double w = k.weight();
            out.add(k.source() + (k.type() == LinkType.TRADE ? ">" : "-") + k.target() + " " + k.type().code() + " "
                    + (w == Math.rint(w) ? Long.toString((long) w) : Double.toString(w)) + " " + k.year());
        }
        Collections.sort(out);
        return out;
    }

    /** Great-circle distance (haversine, mean Earth radius 6,371 km). */
    private static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371 * Math.asin(Math.sqrt(a));
    }
}
