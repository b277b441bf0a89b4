package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Firm;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

class SampleGeneratorTest {

    private static final int N = SampleGenerator.DEFAULT_FIRMS;

    /** Real firms and institutes of the Korean (and world) semiconductor industry: none may appear. */
    private static final List<String> REAL_NAMES = List.of(
            "Samsung", "Hynix", "SK", "LG", "DB HiTek", "DB Hitek", "Dongbu", "Amkor", "Magnachip", "Key Foundry",
            "Wonik", "Jusung", "Hanmi", "SEMES", "PSK", "Eugene", "Soulbrain", "Dongjin", "Siltron", "Nepes",
            "Hana Micron", "Micron", "SFA", "STATS ChipPAC", "ASE", "TSMC", "Intel", "KAIST", "ETRI", "POSTECH",
            "Silicon Works", "LX", "Doosan", "Kioxia", "Texas Instruments", "Applied Materials", "Lam", "ASML",
            "Tokyo Electron", "Seoul Semiconductor", "Daeduck", "Simmtech", "Hana Materials", "Leeno", "Techwing",
            "Eugene Technology", "KCTech", "Tokai Carbon", "삼성", "하이닉스", "엘지", "앰코", "매그나칩", "키파운드리", "원익", "주성", "한미반도체",
            "세메스", "솔브레인", "동진쎄미켐", "실트론", "네패스", "하나마이크론", "카이스트", "전자통신연구원",
            "서울반도체", "대덕전자", "심텍", "하나머티리얼즈", "리노공업", "테크윙", "유진테크", "케이씨텍", "LX세미콘", "DB하이텍");

    @Test
    void sameSeedGivesIdenticalBytes(@TempDir Path tmp) throws IOException {
        new SampleGenerator(SampleGenerator.DEFAULT_SEED, N).writeCsv(tmp.resolve("a"));
        new SampleGenerator(SampleGenerator.DEFAULT_SEED, N).writeCsv(tmp.resolve("b"));
        for (String file : List.of("firms.csv", "links.csv")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(file)),
                    Files.readAllBytes(tmp.resolve("b").resolve(file)), file);
        }
    }

    @Test
    void differentSeedGivesDifferentData(@TempDir Path tmp) throws IOException {
        new SampleGenerator(1, N).writeCsv(tmp.resolve("a"));
        new SampleGenerator(2, N).writeCsv(tmp.resolve("b"));
        for (String file : List.of("firms.csv", "links.csv")) {
            assertNotEquals(-1L, Files.mismatch(tmp.resolve("a").resolve(file), tmp.resolve("b").resolve(file)), file);
        }
    }

    @Test
    void filesAreUtf8WithoutBomAndReadBack(@TempDir Path tmp) throws IOException {
        new SampleGenerator(SampleGenerator.DEFAULT_SEED, N).writeCsv(tmp);
        byte[] firms = Files.readAllBytes(tmp.resolve("firms.csv"));
        assertFalse(firms[0] == (byte) 0xEF, "no byte-order mark");
        String text = new String(firms, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("id,name,region,city,lat,lon,segment,employees\n"));
        assertFalse(text.contains("\r"), "\\n line ends only");
        assertTrue(Files.readString(tmp.resolve("links.csv")).startsWith("source,target,type,weight,year\n"));
        Pattern fiveDecimals = Pattern.compile("\\d+\\.\\d{5}");
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(tmp.resolve("firms.csv"))) {
            int rows = 0;
            for (CsvRecord rec : r) {
                if (rec.getStartingLineNumber() == 1) {
                    continue;
                }
                rows++;
                assertTrue(Region.resolve(rec.getField(2)).isPresent(), rec.toString());
                Region region = Region.resolve(rec.getField(2)).get();
                assertTrue(Gazetteer.places().stream().anyMatch(p -> p.region() == region
                        && p.koreanName().equals(rec.getField(3))), rec.toString());
                assertTrue(fiveDecimals.matcher(rec.getField(4)).matches() && fiveDecimals.matcher(rec.getField(5)).matches());
                assertTrue(Segment.parse(rec.getField(6)).isPresent(), rec.toString());
                assertTrue(Integer.parseInt(rec.getField(7)) > 0);
            }
            assertEquals(N, rows);
        }
    }

    @Test
    void countsAndShapeOfTheDefaultSample() {
        ParsedData d = new SampleGenerator(SampleGenerator.DEFAULT_SEED, N).generate();
        assertEquals(N, d.firms().size());
        int links = d.links().size();
        assertTrue(links >= 4.5 * N && links <= 5.5 * N, "about 5 links per firm: " + links);
        long trade = d.links().stream().filter(l -> l.type() == LinkType.TRADE).count();
        assertTrue(trade >= 0.75 * links && trade <= 0.85 * links, "trade about 80%: " + trade);

        Set<String> ids = new HashSet<>();
        for (Firm f : d.firms()) {
            assertTrue(ids.add(f.id()), "unique id " + f.id());
            assertTrue(Gazetteer.inKorea(f.lat(), f.lon()), f.toString());
            assertTrue(f.employees() > 0);
        }
        Set<String> seen = new HashSet<>();
        for (Link l : d.links()) {
            assertTrue(ids.contains(l.source()) && ids.contains(l.target()), l.toString());
            assertNotEquals(l.source(), l.target(), "self-loop " + l);
            assertTrue(l.year() >= 2015 && l.year() <= 2024, l.toString());
            assertTrue(seen.add(l.source() + ' ' + l.target() + ' ' + l.type() + ' ' + l.year()), "duplicate " + l);
            if (l.type() == LinkType.COPATENT) {
                assertTrue(l.source().compareTo(l.target()) < 0, "co-patent written source < target: " + l);
                assertTrue(l.weight() == Math.rint(l.weight()) && l.weight() >= 1 && l.weight() <= 5, l.toString());
            } else {
                assertTrue(l.weight() >= 1 && l.weight() <= 50, l.toString());
            }
        }
        assertTrue(d.firms().stream().anyMatch(f -> f.employees() >= 1000 && f.segment() == Segment.FAB), "large fabs");
    }

    @Test
    void noRealCompanyNames() {
        ParsedData d = new SampleGenerator(SampleGenerator.DEFAULT_SEED, N).generate();
        Set<String> names = new HashSet<>();
        for (Firm f : d.firms()) {
            assertTrue(names.add(f.name()), "unique name " + f.name());
            assertTrue(f.name().matches(".+ \\d{3,}"), "ends in a serial number: " + f.name());
        }
        // A name is city + trade word + serial: checking every stem of a large sample covers every
        // stem the generator can make (20,000 firms hit practically every city/segment/word), not
        // just the default sample's.
        Set<String> stems = new TreeSet<>();
        for (Firm f : new SampleGenerator(1, 20_000).generate().firms()) {
            stems.add(f.name().replaceFirst(" \\d+$", ""));
        }
        for (String name : names) {
            stems.add(name.replaceFirst(" \\d+$", ""));
        }
        for (String real : REAL_NAMES) {
            // Whole words for Latin names ("SK" must not match "Desk"), substrings for Hangul.
            Pattern p = Pattern.compile(real.matches("[A-Za-z ]+") ? "(?i)\\b" + Pattern.quote(real) + "\\b"
                    : Pattern.quote(real));
            for (String stem : stems) {
                assertFalse(p.matcher(stem).find(), stem + " looks like the real " + real);
            }
        }
    }

    @Test
    void regionalSharesFollowDesignMd() {
        ParsedData d = new SampleGenerator(SampleGenerator.DEFAULT_SEED, N).generate();
        ClusterScheme scheme = ClusterScheme.defaultFive();
        int[] perCluster = new int[scheme.clusterCount()];
        int gyeonggi = 0;
        int other = 0;
        for (Firm f : d.firms()) {
            int c = scheme.clusterOf(f.region());
            if (c == ClusterScheme.OTHER) {
                other++;
            } else {
                perCluster[c]++;
            }
            gyeonggi += f.region() == Region.GYEONGGI ? 1 : 0;
        }
        double capital = perCluster[0] / (double) N;
        assertTrue(capital >= 0.75 && capital <= 0.80, "capital region 75-80%: " + capital);
        assertTrue(gyeonggi / (double) N >= 0.58 && gyeonggi / (double) N <= 0.64, "Gyeonggi 58-64%");
        assertTrue(perCluster[1] / (double) N >= 0.10 && perCluster[1] / (double) N <= 0.20, "Chungcheong 10-20%");
        for (int c = 2; c < 5; c++) {
            assertTrue(perCluster[c] > 0 && perCluster[c] / (double) N < 0.05, "a few percent in cluster " + c);
        }
        assertTrue(other > 0 && other / (double) N < 0.01, "a handful in Gangwon/Jeju: " + other);
    }

    /**
     * Checks the generator's intent, not the study: with the default scheme and both link types,
     * the capital region and Chungcheong–Daejeon are core hubs (internal and external share both at
     * least the fair share 1/K) and the other three clusters are not.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, SampleGenerator.DEFAULT_SEED})
    void capitalAndChungcheongAreTheCoreHubs(long seed) {
        assertCoreHubs(new SampleGenerator(seed, N).generate());
    }

    @Test
    void scalesToAHundredThousandFirms() {
        // Its speed is measured by the bench command (bench --firms 100000), not asserted here.
        ParsedData d = new SampleGenerator(1, 100_000).generate();
        assertEquals(100_000, d.firms().size());
        assertTrue(d.links().size() >= 450_000, "about 500,000 links: " + d.links().size());
        assertCoreHubs(d);
    }

    @Test
    void intraClusterSharesAreTheStatedAssumption() {
        ParsedData d = new SampleGenerator(SampleGenerator.DEFAULT_SEED, N).generate();
        Map<String, Integer> cluster = clusters(d);
        int[][] count = new int[2][2];
        for (Link l : d.links()) {
            int a = cluster.get(l.source());
            int b = cluster.get(l.target());
            if (a != ClusterScheme.OTHER && b != ClusterScheme.OTHER) {
                count[l.type().ordinal()][a == b ? 1 : 0]++;
            }
        }
        double trade = count[0][1] / (double) (count[0][0] + count[0][1]);
        double copatent = count[1][1] / (double) (count[1][0] + count[1][1]);
        assertTrue(trade >= 0.60 && trade <= 0.75, "trade inside a cluster: " + trade);
        assertTrue(copatent >= 0.50 && copatent <= 0.65, "co-patent inside a cluster: " + copatent);
    }

    private static void assertCoreHubs(ParsedData d) {
        ClusterScheme scheme = ClusterScheme.defaultFive();
        int k = scheme.clusterCount();
        Map<String, Integer> cluster = clusters(d);
        long[] internal = new long[k];
        long[] external = new long[k];
        for (Link l : d.links()) {
            int a = cluster.get(l.source());
            int b = cluster.get(l.target());
            if (a == ClusterScheme.OTHER || b == ClusterScheme.OTHER) {
                continue;
            }
            if (a == b) {
                internal[a]++;
            } else {
                external[a]++;
                external[b]++;
            }
        }
        long sumI = 0;
        long sumE = 0;
        for (int c = 0; c < k; c++) {
            sumI += internal[c];
            sumE += external[c];
        }
        double fair = 1.0 / k;
        StringBuilder shares = new StringBuilder();
        for (int c = 0; c < k; c++) {
            shares.append(String.format(Locale.ROOT, " %s %.3f/%.3f", scheme.clusters().get(c).englishName(),
                    internal[c] / (double) sumI, external[c] / (double) sumE));
        }
        for (int c = 0; c < k; c++) {
            boolean core = internal[c] / (double) sumI >= fair && external[c] / (double) sumE >= fair;
            assertEquals(c <= 1, core, "core hub " + scheme.clusters().get(c).englishName() + ":" + shares);
        }
    }

    private static Map<String, Integer> clusters(ParsedData d) {
        ClusterScheme scheme = ClusterScheme.defaultFive();
        Map<String, Integer> out = new HashMap<>();
        for (Firm f : d.firms()) {
            out.put(f.id(), scheme.clusterOf(f.region()));
        }
        return out;
    }
}
