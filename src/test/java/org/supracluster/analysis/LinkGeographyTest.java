package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supracluster.analysis.ClusterRolesFixtures.graph;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.ClusterRolesFixtures.Net;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.Progress;
import org.supracluster.model.Region;

class LinkGeographyTest {

    private static final double KM = 1e-6;

    @Test
    void haversineSeoulCityHallToBusanCityHallIsAbout325Km() {
        // 37.5663 N 126.9779 E → 35.1798 N 129.0750 E: the haversine formula on R = 6371.0088 km gives
        // 325.05 km (worked out with the formula by hand/calculator; road atlases give ≈ 325 km).
        double d = LinkGeography.haversineKm(37.5663, 126.9779, 35.1798, 129.0750);
        assertEquals(325.05, d, 0.01);
        assertEquals(d, LinkGeography.haversineKm(35.1798, 129.0750, 37.5663, 126.9779), 1e-9);
        assertEquals(0.0, LinkGeography.haversineKm(36, 127, 36, 127));
        // One degree of latitude is 2π·6371.0088/360 = 111.195 km.
        assertEquals(111.19508, LinkGeography.haversineKm(36, 127, 37, 127), 1e-5);
    }

    @Test
    void bandsIncludeTheirUpperEnd() {
        assertEquals(DistanceBand.KM_0_10, DistanceBand.of(0));
        assertEquals(DistanceBand.KM_0_10, DistanceBand.of(10));
        assertEquals(DistanceBand.KM_10_30, DistanceBand.of(10.001));
        assertEquals(DistanceBand.KM_10_30, DistanceBand.of(30));
        assertEquals(DistanceBand.KM_30_100, DistanceBand.of(100));
        assertEquals(DistanceBand.KM_100_200, DistanceBand.of(100.001));
        assertEquals(DistanceBand.KM_100_200, DistanceBand.of(200));
        assertEquals(DistanceBand.OVER_200, DistanceBand.of(200.5));
        assertThrows(IllegalArgumentException.class, () -> DistanceBand.of(-1));
        assertThrows(IllegalArgumentException.class, () -> DistanceBand.of(Double.NaN));
    }

    /**
     * Firms on the 127°E meridian, so lengths are differences of their km marks. Default scheme.
     * A Seoul 0 km; B Seoul 5; C Gyeonggi 25; D Daejeon 80; E Gyeonggi 150; F Gangwon 300.
     * Co-patent A–B 5 km w1 same province; A–C 25 km w2 same cluster (capital region, two provinces);
     * A–D 80 km w3 cross-cluster; A–E 150 km w4 same cluster. Trade A→F 300 km w5, F in no cluster.
     */
    private static Net line() {
        return new Net().firmAtKm("A", Region.SEOUL, 0).firmAtKm("B", Region.SEOUL, 5)
                .firmAtKm("C", Region.GYEONGGI, 25).firmAtKm("D", Region.DAEJEON, 80)
                .firmAtKm("E", Region.GYEONGGI, 150).firmAtKm("F", Region.GANGWON, 300)
                .copatent("A", "B", 1).copatent("A", "C", 2).copatent("A", "D", 3).copatent("A", "E", 4)
                .trade("A", "F", 5);
    }

    private static LinkGeography geography(Network n) {
        return LinkGeography.of(graph(n), Partition.of(ClusterScheme.defaultFive(), n));
    }

    @Test
    void sharesOfScopesBandsAndSupraRegionalLinks() {
        GeographySummary all = geography(line().network()).all();
        // 5 links, weight 15. Scopes: province 1 (w1), cluster 2 (w2 + w4 = 6), cross 1 (w3), outside 1 (w5).
        assertEquals(5, all.total().links());
        assertEquals(15.0, all.total().weight());
        assertEquals(0.2, all.share(LinkScope.SAME_PROVINCE), 1e-12);
        assertEquals(0.4, all.share(LinkScope.SAME_CLUSTER), 1e-12);
        assertEquals(0.2, all.share(LinkScope.CROSS_CLUSTER), 1e-12);
        assertEquals(0.2, all.share(LinkScope.OUTSIDE_CLUSTERS), 1e-12);
        assertEquals(6.0 / 15, all.weightShare(LinkScope.SAME_CLUSTER), 1e-12);
        // One link in each band; median of 5, 25, 80, 150, 300 = 80.
        for (DistanceBand b : DistanceBand.values()) {
            assertEquals(1, all.byBand().get(b).links(), b.name());
            assertEquals(0.2, all.share(b), 1e-12);
        }
        assertEquals(5.0 / 15, all.weightShare(DistanceBand.OVER_200), 1e-12); // A–F, weight 5
        assertEquals(80.0, all.medianKm(), KM);
        // Supra-regional: A–D crosses (80 km), A–E 150 km, A–F 300 km: 3 of 5, weight 12 of 15.
        assertEquals(0.6, all.supraRegionalShare(), 1e-12);
        assertEquals(0.8, all.supraRegionalWeightShare(), 1e-12);
    }

    @Test
    void perLinkTypeAndPerCluster() {
        LinkGeography g = geography(line().network());
        // Co-patent: 5, 25, 80, 150 km: median (25 + 80)/2 = 52.5; supra A–D and A–E: 2/4, weight 7/10.
        GeographySummary copatent = g.byType(LinkType.COPATENT);
        assertEquals(4, copatent.total().links());
        assertEquals(52.5, copatent.medianKm(), KM);
        assertEquals(0.5, copatent.supraRegionalShare(), 1e-12);
        assertEquals(0.7, copatent.supraRegionalWeightShare(), 1e-12);
        GeographySummary trade = g.byType(LinkType.TRADE);
        assertEquals(1, trade.total().links());
        assertEquals(300.0, trade.medianKm(), KM);
        assertEquals(1.0, trade.share(LinkScope.OUTSIDE_CLUSTERS));
        // Capital region (0): every link touches A. Chungcheong–Daejeon (1): only A–D. Daegu–Gyeongbuk: none.
        assertEquals(5, g.byCluster(0).total().links());
        GeographySummary chungcheong = g.byCluster(1);
        assertEquals(1, chungcheong.total().links());
        assertEquals(1.0, chungcheong.share(LinkScope.CROSS_CLUSTER));
        assertEquals(80.0, chungcheong.medianKm(), KM);
        assertEquals(1, g.byCluster(1, LinkType.COPATENT).total().links());
        assertEquals(0, g.byCluster(1, LinkType.TRADE).total().links());
        GeographySummary none = g.byCluster(2);
        assertEquals(0, none.total().links());
        assertTrue(Double.isNaN(none.share(LinkScope.SAME_PROVINCE)));
        assertTrue(Double.isNaN(none.medianKm()));
        assertThrows(IllegalArgumentException.class, () -> g.byCluster(5));
    }

    @Test
    void eachLinkKnowsItsLengthScopeAndWhetherItIsSupraRegional() {
        LinkGeography g = geography(line().network());
        LinkGraph graph = g.graph();
        for (int l = 0; l < graph.linkCount(); l++) {
            String other = graph.network().firmId(graph.to(l));
            switch (other) {
                case "B" -> {
                    assertEquals(5.0, g.lengthKm(l), KM);
                    assertEquals(LinkScope.SAME_PROVINCE, g.scope(l));
                    assertFalse(g.isSupraRegional(l));
                }
                case "D" -> {
                    assertEquals(LinkScope.CROSS_CLUSTER, g.scope(l));
                    assertTrue(g.isSupraRegional(l));
                }
                case "E" -> {
                    assertEquals(LinkScope.SAME_CLUSTER, g.scope(l));
                    assertTrue(g.isSupraRegional(l));
                }
                default -> assertTrue(g.lengthKm(l) > 0);
            }
        }
    }

    @Test
    void aLinkWithoutCoordinatesIsCountedButNotBanded() {
        Net net = new Net().firmAtKm("A", Region.SEOUL, 0).firm("X", Region.SEOUL, -1, Double.NaN, Double.NaN)
                .copatent("A", "X", 2);
        GeographySummary all = geography(net.network()).all();
        assertEquals(1, all.total().links());
        assertEquals(1, all.unknownLength().links());
        assertEquals(0, all.byBand().values().stream().mapToLong(GeographySummary.Tally::links).sum());
        assertTrue(Double.isNaN(all.medianKm()));
        assertEquals(1.0, all.share(LinkScope.SAME_PROVINCE));
    }

    @Test
    void emptyNetwork() {
        GeographySummary all = geography(Network.builder().build()).all();
        assertEquals(0, all.total().links());
        assertTrue(Double.isNaN(all.supraRegionalShare()));
    }

    @Test
    void byYearIsTheGeographyOfOneYearViews() {
        // 2019: A–B (5 km). 2021: A–E (150 km, supra-regional). 2020: nothing.
        Net net = new Net().firmAtKm("A", Region.SEOUL, 0).firmAtKm("B", Region.SEOUL, 5)
                .firmAtKm("E", Region.GYEONGGI, 150)
                .link("A", "B", LinkType.COPATENT, 1, 2019).link("A", "E", LinkType.COPATENT, 1, 2021);
        Network n = net.network();
        List<YearSeries.Point<LinkGeography>> s = LinkGeography.byYear(n, Filter.all(),
                Partition.of(ClusterScheme.defaultFive(), n), Progress.NONE);
        assertEquals(3, s.size());
        assertEquals(0.0, s.get(0).value().all().supraRegionalShare());
        assertTrue(Double.isNaN(s.get(1).value().all().supraRegionalShare()));
        assertEquals(1.0, s.get(2).value().all().supraRegionalShare());
        assertEquals(150.0, s.get(2).value().all().medianKm(), KM);
    }
}
