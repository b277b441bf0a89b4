package org.supracluster.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.supracluster.model.TestNetworks.firm;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClusterSchemeTest {

    private final ClusterScheme five = ClusterScheme.defaultFive();

    @Test
    void defaultSchemeHasTheFiveClustersOfTheDesignInOrder() {
        assertEquals(ClusterScheme.DEFAULT_NAME, five.name());
        assertEquals(5, five.clusterCount());
        assertEquals(List.of(
                new ClusterScheme.Cluster("Capital region", "수도권"),
                new ClusterScheme.Cluster("Chungcheong–Daejeon", "충청·대전"),
                new ClusterScheme.Cluster("Daegu–Gyeongbuk", "대구·경북"),
                new ClusterScheme.Cluster("Southeast", "동남권"),
                new ClusterScheme.Cluster("Honam", "호남권")), five.clusters());
        assertEquals(Map.of(), five.firmClusters());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0|SEOUL INCHEON GYEONGGI
            1|DAEJEON SEJONG CHUNGBUK CHUNGNAM
            2|DAEGU GYEONGBUK
            3|BUSAN ULSAN GYEONGNAM
            4|GWANGJU JEONBUK JEONNAM
            """)
    void defaultClusterHoldsExactlyTheProvincesOfTheDesign(int cluster, String provinces) {
        Set<Region> expected = EnumSet.noneOf(Region.class);
        for (String p : provinces.split(" ")) {
            expected.add(Region.valueOf(p));
        }
        Set<Region> actual = EnumSet.noneOf(Region.class);
        for (Region r : Region.values()) {
            if (five.clusterOf(r) == cluster) {
                actual.add(r);
            }
        }
        assertEquals(expected, actual);
    }

    @Test
    void gangwonAndJejuAreOtherByDefaultAndNothingElseIs() {
        Set<Region> other = EnumSet.noneOf(Region.class);
        for (Region r : Region.values()) {
            if (five.clusterOf(r) == ClusterScheme.OTHER) {
                other.add(r);
            }
        }
        assertEquals(EnumSet.of(Region.GANGWON, Region.JEJU), other);
        assertEquals(-1, ClusterScheme.OTHER);
    }

    @Test
    void assignGivesEveryFirmItsProvincesCluster() {
        Network.Builder b = Network.builder();
        b.addFirm(firm("s", Region.SEOUL));
        b.addFirm(firm("d", Region.DAEJEON));
        b.addFirm(firm("g", Region.GANGWON));
        b.addFirm(firm("j", Region.JEJU));
        b.addFirm(firm("u", Region.ULSAN));
        Network n = b.build();
        assertArrayEquals(new int[] {0, 1, ClusterScheme.OTHER, ClusterScheme.OTHER, 3}, five.assign(n));
    }

    @Test
    void firmLevelAssignmentWinsOverItsProvince() {
        ClusterScheme scheme = new ClusterScheme("custom", five.clusters(), five.regionClusters(),
                Map.of("fab-in-seoul", 1, "lab-in-jeju", 4));
        Network.Builder b = Network.builder();
        b.addFirm(firm("plain-seoul", Region.SEOUL));
        b.addFirm(firm("fab-in-seoul", Region.SEOUL));
        b.addFirm(firm("lab-in-jeju", Region.JEJU));
        b.addFirm(firm("plain-jeju", Region.JEJU));
        Network n = b.build();
        assertEquals(0, scheme.clusterOf(n, 0));
        assertEquals(1, scheme.clusterOf(n, 1));
        assertEquals(4, scheme.clusterOf(n, 2));
        assertEquals(ClusterScheme.OTHER, scheme.clusterOf(n, 3));
        assertArrayEquals(new int[] {0, 1, 4, ClusterScheme.OTHER}, scheme.assign(n));
        // the province-level answer is unchanged by firm overrides
        assertEquals(0, scheme.clusterOf(Region.SEOUL));
    }

    @Test
    void aUserCanAssignGangwonAndJeju() {
        Map<Region, Integer> m = new HashMap<>(five.regionClusters());
        m.put(Region.GANGWON, 0);
        m.put(Region.JEJU, 4);
        ClusterScheme edited = new ClusterScheme("edited", five.clusters(), m, Map.of());
        assertEquals(0, edited.clusterOf(Region.GANGWON));
        assertEquals(4, edited.clusterOf(Region.JEJU));
        assertEquals(ClusterScheme.OTHER, five.clusterOf(Region.GANGWON), "the default is not changed");
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            Capital region|0
            capital REGION|0
              Capital region |0
            수도권|0
            Chungcheong–Daejeon|1
            충청·대전|1
            Daegu–Gyeongbuk|2
            대구·경북|2
            Southeast|3
            동남권|3
            Honam|4
            호남권|4
             호남권 |4
            Gangwon|-1
            Other|-1
            |-1
            """)
    void indexOfFindsAClusterByItsEnglishOrKoreanName(String name, int expected) {
        assertEquals(expected, five.indexOf(name));
    }

    @Test
    void indexOfAcceptsAHyphenForTheEnDashAndIgnoresSpacing() {
        assertEquals(1, five.indexOf("Chungcheong-Daejeon"));
        assertEquals(1, five.indexOf("chungcheong - daejeon"));
        assertEquals(2, five.indexOf("Daegu-Gyeongbuk"));
        assertEquals(0, five.indexOf("capital  region"));
        assertEquals(1, five.indexOf("충청 · 대전"));
    }

    @Test
    void invalidClusterIndexIsRejected() {
        List<ClusterScheme.Cluster> two = List.of(new ClusterScheme.Cluster("A", "가"),
                new ClusterScheme.Cluster("B", "나"));
        assertThrows(IllegalArgumentException.class,
                () -> new ClusterScheme("x", two, Map.of(Region.SEOUL, 2), Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new ClusterScheme("x", two, Map.of(Region.SEOUL, -1), Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new ClusterScheme("x", two, Map.of(), Map.of("f1", 5)));
        assertThrows(IllegalArgumentException.class,
                () -> new ClusterScheme("x", List.of(), Map.of(Region.SEOUL, 0), Map.of()));
        assertEquals(1, new ClusterScheme("x", two, Map.of(Region.SEOUL, 1), Map.of()).clusterOf(Region.SEOUL));
    }

    @Test
    void schemeIsACopyOfWhatItWasGiven() {
        Map<Region, Integer> m = new HashMap<>(Map.of(Region.SEOUL, 0));
        Map<String, Integer> f = new HashMap<>(Map.of("a", 0));
        ClusterScheme s = new ClusterScheme("x", List.of(new ClusterScheme.Cluster("A", null)), m, f);
        m.put(Region.BUSAN, 0);
        f.put("b", 0);
        assertEquals(ClusterScheme.OTHER, s.clusterOf(Region.BUSAN));
        assertEquals(Map.of("a", 0), s.firmClusters());
        assertThrows(UnsupportedOperationException.class, () -> s.regionClusters().put(Region.BUSAN, 0));
        assertThrows(UnsupportedOperationException.class, () -> s.firmClusters().put("c", 0));
        assertThrows(UnsupportedOperationException.class, () -> s.clusters().clear());
    }

    @Test
    void aClusterWithoutKoreanNameUsesItsEnglishName() {
        ClusterScheme.Cluster c = new ClusterScheme.Cluster("North", " ");
        assertEquals("North", c.koreanName());
        assertEquals("North", c.displayName(Locale.KOREAN));
        ClusterScheme.Cluster capital = five.clusters().get(0);
        assertEquals("수도권", capital.displayName(Locale.KOREA));
        assertEquals("Capital region", capital.displayName(Locale.ENGLISH));
    }

    @Test
    void schemeWithNoProvincesPutsEveryProvinceInOther() {
        ClusterScheme s = new ClusterScheme("firms only", List.of(new ClusterScheme.Cluster("A", "가")),
                Map.of(), Map.of("f", 0));
        for (Region r : Region.values()) {
            assertEquals(ClusterScheme.OTHER, s.clusterOf(r));
        }
    }
}
