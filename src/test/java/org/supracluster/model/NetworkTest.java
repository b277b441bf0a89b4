package org.supracluster.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supracluster.model.TestNetworks.firm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkTest {

    /**
     * Four firms, four links:
     * <pre>
     *   0 a (Seoul)    --trade 2.0 (2020)-->  1 b (Gyeonggi)
     *   1 b            --copatent 1.0 (-)--   2 c (Daejeon)
     *   2 c            --trade 3.5 (2018)-->  0 a
     *   0 a            --copatent 4.0 (2021)-- 1 b
     *   3 d (Jeju): isolated
     * </pre>
     */
    private static Network small() {
        Network.Builder b = Network.builder();
        b.addFirm(new Firm("a", "에이 반도체", Region.SEOUL, "Seoul", 37.5, 127.0, Segment.DESIGN, 120,
                Map.of("founded", "1999")));
        b.addFirm(new Firm("b", "Bee Fab", Region.GYEONGGI, "Yongin", 37.2, 127.1, Segment.FAB, -1, null));
        b.addFirm(new Firm("c", "Cee Lab", Region.DAEJEON, null, 36.3, 127.4, Segment.RESEARCH, 40, Map.of()));
        b.addFirm(new Firm("d", "Dee", Region.JEJU, "Jeju", 33.5, 126.5, Segment.OTHER, 3, Map.of()));
        assertEquals(0, b.addLink(new Link("a", "b", LinkType.TRADE, 2.0, 2020)));
        assertEquals(1, b.addLink(1, 2, LinkType.COPATENT, 1.0, Link.NO_YEAR));
        assertEquals(2, b.addLink(new Link("c", "a", LinkType.TRADE, 3.5, 2018)));
        assertEquals(3, b.addLink(new Link("a", "b", LinkType.COPATENT, 4.0, 2021)));
        return b.build();
    }

    private static List<Integer> incident(Network n, int firm) {
        List<Integer> out = new ArrayList<>();
        for (int k = n.incidenceStart(firm); k < n.incidenceEnd(firm); k++) {
            out.add(n.incidentLink(k));
        }
        return out;
    }

    @Test
    void countsFirmsAndLinks() {
        Network n = small();
        assertEquals(4, n.firmCount());
        assertEquals(4, n.linkCount());
    }

    @Test
    void indexOfFindsFirmsInTheOrderTheyWereAdded() {
        Network n = small();
        assertEquals(0, n.indexOf("a"));
        assertEquals(1, n.indexOf("b"));
        assertEquals(2, n.indexOf("c"));
        assertEquals(3, n.indexOf("d"));
        assertEquals(-1, n.indexOf("e"));
        assertEquals(-1, n.indexOf("A"));
    }

    @Test
    void firmAttributesAreReadFromTheArrays() {
        Network n = small();
        assertEquals("a", n.firmId(0));
        assertEquals("에이 반도체", n.firmName(0));
        assertEquals(Region.SEOUL, n.region(0));
        assertEquals("Seoul", n.city(0));
        assertEquals(37.5, n.lat(0));
        assertEquals(127.0, n.lon(0));
        assertEquals(Segment.DESIGN, n.segment(0));
        assertEquals(120, n.employees(0));
        assertEquals(Map.of("founded", "1999"), n.attributes(0));
        assertEquals(-1, n.employees(1));
        assertEquals(Map.of(), n.attributes(1));
        assertEquals("", n.city(2), "a missing city reads as empty");
        assertEquals(Region.JEJU, n.region(3));
        assertEquals(Segment.RESEARCH, n.segment(2));
        assertEquals(new Firm("b", "Bee Fab", Region.GYEONGGI, "Yongin", 37.2, 127.1, Segment.FAB, -1, Map.of()),
                n.firm(1));
    }

    @Test
    void linkAttributesAreReadFromTheArrays() {
        Network n = small();
        assertEquals(0, n.linkSource(0));
        assertEquals(1, n.linkTarget(0));
        assertEquals(LinkType.TRADE, n.linkType(0));
        assertEquals(2.0, n.linkWeight(0));
        assertEquals(2020, n.linkYear(0));
        assertEquals(2, n.linkSource(2));
        assertEquals(0, n.linkTarget(2));
        assertEquals(3.5, n.linkWeight(2));
        assertEquals(LinkType.COPATENT, n.linkType(1));
        assertEquals(Link.NO_YEAR, n.linkYear(1));
        assertEquals(new Link("c", "a", LinkType.TRADE, 3.5, 2018), n.link(2));
        assertEquals(new Link("b", "c", LinkType.COPATENT, 1.0, Link.NO_YEAR), n.link(1));
    }

    @Test
    void everyLinkIsListedAtBothOfItsEnds() {
        Network n = small();
        assertEquals(List.of(0, 2, 3), incident(n, 0));
        assertEquals(List.of(0, 1, 3), incident(n, 1));
        assertEquals(List.of(1, 2), incident(n, 2));
        assertEquals(List.of(), incident(n, 3));
        for (int l = 0; l < n.linkCount(); l++) {
            assertTrue(incident(n, n.linkSource(l)).contains(l));
            assertTrue(incident(n, n.linkTarget(l)).contains(l));
        }
    }

    @Test
    void incidenceRangesAreContiguousAndCoverTwiceTheLinks() {
        Network n = small();
        assertArrayEquals(new int[] {0, 3, 6, 8, 8},
                new int[] {n.incidenceStart(0), n.incidenceStart(1), n.incidenceStart(2), n.incidenceStart(3),
                        n.incidenceEnd(3)});
        for (int f = 0; f + 1 < n.firmCount(); f++) {
            assertEquals(n.incidenceEnd(f), n.incidenceStart(f + 1));
        }
        assertEquals(2 * n.linkCount(), n.incidenceEnd(n.firmCount() - 1));
    }

    @Test
    void otherEndIsTheFirmAcrossTheLink() {
        Network n = small();
        assertEquals(1, n.otherEnd(0, 0));
        assertEquals(0, n.otherEnd(0, 1));
        assertEquals(0, n.otherEnd(2, 2));
        assertEquals(2, n.otherEnd(2, 0));
        for (int f = 0; f < n.firmCount(); f++) {
            for (int k = n.incidenceStart(f); k < n.incidenceEnd(f); k++) {
                int l = n.incidentLink(k);
                int o = n.otherEnd(l, f);
                assertEquals(f, n.otherEnd(l, o));
                assertTrue(o != f);
            }
        }
    }

    @Test
    void aSelfLoopIsListedOnceAndIsItsOwnOtherEnd() {
        Network.Builder b = Network.builder();
        b.addFirm(firm("x", Region.SEOUL));
        b.addFirm(firm("y", Region.SEOUL));
        b.addLink(0, 0, LinkType.COPATENT, 1, Link.NO_YEAR);
        b.addLink(0, 1, LinkType.TRADE, 1, Link.NO_YEAR);
        Network n = b.build();
        assertEquals(List.of(0, 1), incident(n, 0));
        assertEquals(List.of(1), incident(n, 1));
        assertEquals(0, n.otherEnd(0, 0));
    }

    @Test
    void aBuilderSizedForItsLinksBuildsTheSameNetworkAndLaterLinksDoNotChangeIt() {
        Network.Builder b = Network.builder(2, 2);
        b.addFirm(firm("x", Region.SEOUL));
        b.addFirm(firm("y", Region.BUSAN));
        b.addLink(0, 1, LinkType.TRADE, 2.5, 2020);
        b.addLink(1, 0, LinkType.COPATENT, 1, Link.NO_YEAR);
        Network first = b.build();
        b.addLink(1, 0, LinkType.TRADE, 9, 2024);
        Network second = b.build();
        assertEquals(2, first.linkCount());
        assertEquals(new Link("x", "y", LinkType.TRADE, 2.5, 2020), first.link(0));
        assertEquals(new Link("y", "x", LinkType.COPATENT, 1, Link.NO_YEAR), first.link(1));
        assertEquals(List.of(0, 1), incident(first, 0));
        assertEquals(3, second.linkCount());
        assertEquals(new Link("y", "x", LinkType.TRADE, 9, 2024), second.link(2));
        assertEquals(new Link("x", "y", LinkType.TRADE, 2.5, 2020), first.link(0), "the first network kept its links");
        assertThrows(IllegalArgumentException.class, () -> Network.builder(-1, 0));
    }

    @Test
    void duplicateFirmIdIsRejected() {
        Network.Builder b = Network.builder();
        b.addFirm(firm("a", Region.SEOUL));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.addFirm(firm("a", Region.BUSAN)));
        assertTrue(e.getMessage().contains("a"));
        assertEquals(1, b.firmCount());
        assertEquals(Region.SEOUL, b.build().region(0));
    }

    @Test
    void linkToUnknownFirmIsRejected() {
        Network.Builder b = Network.builder();
        b.addFirm(firm("a", Region.SEOUL));
        b.addFirm(firm("b", Region.SEOUL));
        assertThrows(IllegalArgumentException.class, () -> b.addLink(new Link("a", "zz", LinkType.TRADE, 1, 2020)));
        assertThrows(IllegalArgumentException.class, () -> b.addLink(new Link("zz", "a", LinkType.TRADE, 1, 2020)));
        assertThrows(IllegalArgumentException.class, () -> b.addLink(0, 2, LinkType.TRADE, 1, 2020));
        assertThrows(IllegalArgumentException.class, () -> b.addLink(-1, 0, LinkType.TRADE, 1, 2020));
        assertEquals(0, b.build().linkCount());
    }

    @Test
    void linkByIndexNeedsATypeAndAPositiveFiniteWeight() {
        Network.Builder b = Network.builder();
        b.addFirm(firm("a", Region.SEOUL));
        b.addFirm(firm("b", Region.SEOUL));
        assertThrows(NullPointerException.class, () -> b.addLink(0, 1, null, 1, 2020));
        assertThrows(IllegalArgumentException.class, () -> b.addLink(0, 1, LinkType.TRADE, 0, 2020));
        assertThrows(IllegalArgumentException.class, () -> b.addLink(0, 1, LinkType.TRADE, -2, 2020));
        assertThrows(IllegalArgumentException.class, () -> b.addLink(0, 1, LinkType.TRADE, Double.NaN, 2020));
        assertThrows(IllegalArgumentException.class,
                () -> b.addLink(0, 1, LinkType.TRADE, Double.POSITIVE_INFINITY, 2020));
        assertEquals(0, b.build().linkCount());
    }

    @Test
    void emptyNetworkHasNoFirmsNoLinksAndAnEmptyIncidence() {
        Network n = Network.builder().build();
        assertEquals(0, n.firmCount());
        assertEquals(0, n.linkCount());
        assertEquals(-1, n.indexOf("a"));
    }

    @Test
    void singleFirmHasAnEmptyIncidenceRange() {
        Network.Builder b = Network.builder();
        assertEquals(0, b.addFirm(firm("only", Region.JEJU)));
        Network n = b.build();
        assertEquals(1, n.firmCount());
        assertEquals(0, n.linkCount());
        assertEquals(0, n.indexOf("only"));
        assertEquals(0, n.incidenceStart(0));
        assertEquals(0, n.incidenceEnd(0));
    }

    @Test
    void manyLinksGrowTheBuilderAndKeepTheirOrder() {
        Network.Builder b = Network.builder();
        int firms = 50;
        for (int i = 0; i < firms; i++) {
            b.addFirm(firm("f" + i, Region.values()[i % 17]));
        }
        int links = 1000;
        for (int l = 0; l < links; l++) {
            b.addLink(l % firms, (l * 7 + 1) % firms, l % 2 == 0 ? LinkType.TRADE : LinkType.COPATENT, l + 1,
                    2000 + l % 20);
        }
        Network n = b.build();
        assertEquals(links, n.linkCount());
        int total = 0;
        for (int l = 0; l < links; l++) {
            assertEquals(l % firms, n.linkSource(l));
            assertEquals((l * 7 + 1) % firms, n.linkTarget(l));
            assertEquals(l + 1.0, n.linkWeight(l));
            assertEquals(2000 + l % 20, n.linkYear(l));
        }
        for (int f = 0; f < firms; f++) {
            int previous = -1;
            for (int k = n.incidenceStart(f); k < n.incidenceEnd(f); k++) {
                int l = n.incidentLink(k);
                assertTrue(n.linkSource(l) == f || n.linkTarget(l) == f);
                assertTrue(l > previous, "links of a firm are listed in increasing order");
                previous = l;
                total++;
            }
        }
        int selfLoops = 0;
        for (int l = 0; l < links; l++) {
            selfLoops += n.linkSource(l) == n.linkTarget(l) ? 1 : 0;
        }
        assertEquals(2 * links - selfLoops, total);
    }

    @Test
    void aBuiltNetworkIsNotChangedByLaterUseOfItsBuilder() {
        Network.Builder b = Network.builder();
        b.addFirm(firm("a", Region.SEOUL));
        b.addFirm(firm("b", Region.BUSAN));
        b.addLink(0, 1, LinkType.TRADE, 1, 2020);
        Network first = b.build();
        b.addFirm(firm("c", Region.DAEGU));
        b.addLink(1, 2, LinkType.TRADE, 1, 2021);
        Network second = b.build();
        assertEquals(2, first.firmCount());
        assertEquals(1, first.linkCount());
        assertEquals(-1, first.indexOf("c"));
        assertEquals(3, second.firmCount());
        assertEquals(2, second.linkCount());
    }

    @Test
    void firmAttributesCannotBeChangedThroughTheNetwork() {
        Network n = small();
        assertThrows(UnsupportedOperationException.class, () -> n.attributes(0).put("x", "y"));
    }
}
