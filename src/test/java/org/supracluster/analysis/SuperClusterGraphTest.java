package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/** Hand-worked meta-graph of five invented firms (synthetic data). */
class SuperClusterGraphTest {

    private static final int CAPITAL = 0;
    private static final int SOUTHEAST = 3;

    /**
     * A Seoul, B Gyeonggi (capital region); C Busan, D Ulsan (southeast); E Jeju (other).
     * Trade A→B 2, A→C 3, C→A 1; co-patent B–D 4, C–D 1, A–E 5.
     */
    static Network network() {
        Network.Builder b = Network.builder();
        b.addFirm(new Firm("A", "A", Region.SEOUL, "", 37.5, 127.0, Segment.DESIGN, -1, Map.of()));
        b.addFirm(new Firm("B", "B", Region.GYEONGGI, "", 37.3, 127.2, Segment.FAB, -1, Map.of()));
        b.addFirm(new Firm("C", "C", Region.BUSAN, "", 35.2, 129.0, Segment.MATERIALS, -1, Map.of()));
        b.addFirm(new Firm("D", "D", Region.ULSAN, "", 35.5, 129.3, Segment.EQUIPMENT, -1, Map.of()));
        b.addFirm(new Firm("E", "E", Region.JEJU, "", 33.5, 126.5, Segment.RESEARCH, -1, Map.of()));
        b.addLink(0, 1, LinkType.TRADE, 2, 2020);
        b.addLink(0, 2, LinkType.TRADE, 3, 2020);
        b.addLink(2, 0, LinkType.TRADE, 1, 2021);
        b.addLink(1, 3, LinkType.COPATENT, 4, 2020);
        b.addLink(2, 3, LinkType.COPATENT, 1, 2022);
        b.addLink(0, 4, LinkType.COPATENT, 5, 2022);
        return b.build();
    }

    private static SuperClusterGraph clusters(Filter f) {
        Network n = network();
        return SuperClusterGraph.of(LinkGraph.of(NetworkView.of(n, f)), Partition.of(ClusterScheme.defaultFive(), n));
    }

    @Test
    void eachClusterSitsAtItsFirmsMeanPlaceSizedByTheirNumber() {
        SuperClusterGraph g = clusters(Filter.all());
        assertEquals(5, g.groupCount());
        assertEquals(2, g.firmCount(CAPITAL));
        assertEquals(127.1, g.lon(CAPITAL), 1e-12);
        assertEquals(37.4, g.lat(CAPITAL), 1e-12);
        assertEquals(2, g.firmCount(SOUTHEAST));
        assertEquals(129.15, g.lon(SOUTHEAST), 1e-12);
        assertEquals(35.35, g.lat(SOUTHEAST), 1e-12);
        assertEquals(0, g.firmCount(1));
        assertTrue(Double.isNaN(g.lon(1)), "a cluster with no shown firm has no place");
    }

    @Test
    void internalLinksAndArcsPerType() {
        SuperClusterGraph g = clusters(Filter.all());
        assertEquals(1, g.internalLinks(CAPITAL, LinkType.TRADE));
        assertEquals(2, g.internalWeight(CAPITAL, LinkType.TRADE), 0);
        assertEquals(3, g.arcWeight(CAPITAL, SOUTHEAST, LinkType.TRADE), 0, "supplied by the capital region");
        assertEquals(1, g.arcWeight(SOUTHEAST, CAPITAL, LinkType.TRADE), 0, "supplied by the southeast");
        assertEquals(1, g.internalLinks(SOUTHEAST, LinkType.COPATENT));
        assertEquals(1, g.internalWeight(SOUTHEAST, LinkType.COPATENT), 0);
        assertEquals(4, g.arcWeight(CAPITAL, SOUTHEAST, LinkType.COPATENT), 0);
        assertEquals(4, g.arcWeight(SOUTHEAST, CAPITAL, LinkType.COPATENT), 0, "co-patent arcs are symmetric");
        assertEquals(0, g.internalLinks(CAPITAL, LinkType.COPATENT), "the link to Jeju (other) is left out");
        assertThrows(IllegalArgumentException.class, () -> g.arcWeight(CAPITAL, CAPITAL, LinkType.TRADE));
    }

    @Test
    void hiddenFirmsAreLeftOutOfPlaceSizeAndLinks() {
        SuperClusterGraph g = clusters(Filter.all().withRegions(EnumSet.complementOf(EnumSet.of(Region.BUSAN))));
        assertEquals(1, g.firmCount(SOUTHEAST));
        assertEquals(129.3, g.lon(SOUTHEAST), 1e-12);
        assertEquals(0, g.arcWeight(CAPITAL, SOUTHEAST, LinkType.TRADE), 0);
        assertEquals(4, g.arcWeight(CAPITAL, SOUTHEAST, LinkType.COPATENT), 0);
        assertEquals(0, g.internalLinks(SOUTHEAST, LinkType.COPATENT));
    }

    @Test
    void byProvinceMakesSeventeenGroups() {
        Network n = network();
        SuperClusterGraph g = SuperClusterGraph.of(LinkGraph.of(NetworkView.of(n, Filter.all())),
                SuperClusterGraph.byProvince(n));
        assertEquals(17, g.groupCount());
        assertEquals("Seoul", g.groups().names().get(Region.SEOUL.ordinal()));
        assertEquals(1, g.firmCount(Region.JEJU.ordinal()));
        assertEquals(5, g.arcWeight(Region.SEOUL.ordinal(), Region.JEJU.ordinal(), LinkType.COPATENT), 0,
                "Jeju is a group of its own here");
        assertEquals(2, g.arcWeight(Region.SEOUL.ordinal(), Region.GYEONGGI.ordinal(), LinkType.TRADE), 0);
        assertEquals(0, g.arcWeight(Region.GYEONGGI.ordinal(), Region.SEOUL.ordinal(), LinkType.TRADE), 0);
    }
}
