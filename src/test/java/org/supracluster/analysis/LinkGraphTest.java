package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

class LinkGraphTest {

    static Network abc() {
        Network.Builder b = Network.builder();
        for (String id : new String[] {"A", "B", "C"}) {
            b.addFirm(new Firm(id, id, id.equals("C") ? Region.BUSAN : Region.SEOUL, "", 37, 127, Segment.FAB, -1,
                    Map.of()));
        }
        b.addLink(0, 1, LinkType.TRADE, 2, 2020);
        b.addLink(0, 1, LinkType.TRADE, 3, 2021);
        b.addLink(1, 0, LinkType.TRADE, 1, 2021);
        b.addLink(1, 0, LinkType.COPATENT, 1, 2020); // co-patent B–A is A–B
        b.addLink(0, 1, LinkType.COPATENT, 4, 2020); // same pair, type, year: merges too
        b.addLink(1, 2, LinkType.COPATENT, 2, 2022);
        return b.build();
    }

    @Test
    void rowsOfTheSameFirmsAndTypeMergeAndTradeKeepsItsDirection() {
        LinkGraph g = LinkGraph.of(NetworkView.of(abc(), Filter.all()));
        // A→B trade 2+3, B→A trade 1, A–B co-patent 1+4, B–C co-patent 2: four links in (from, to, type) order.
        assertEquals(4, g.linkCount());
        assertEquals(LinkType.TRADE, g.type(0));
        assertEquals(5.0, g.weight(0));
        assertEquals(0, g.from(0));
        assertEquals(1, g.to(0));
        assertEquals(LinkType.COPATENT, g.type(1));
        assertEquals(5.0, g.weight(1));
        assertEquals(1, g.from(2));
        assertEquals(0, g.to(2));
        assertEquals(1.0, g.weight(2));
        assertEquals(2.0, g.weight(3));
    }

    @Test
    void neighbourViewJoinsAPairOnceWithTheSumOfItsLinks() {
        LinkGraph g = LinkGraph.of(NetworkView.of(abc(), Filter.all()));
        assertEquals(2, g.pairCount());
        assertEquals(1, g.degree(0));
        assertEquals(2, g.degree(1));
        assertEquals(1, g.degree(2));
        // A–B: 5 + 1 + 5 = 11.
        assertEquals(1, g.neighbour(g.neighbourStart(0)));
        assertEquals(11.0, g.neighbourWeight(g.neighbourStart(0)));
        assertEquals(1, g.outDegree(0));
        assertEquals(1, g.inDegree(0));
        assertEquals(0, g.outDegree(2));
        assertEquals(5.0, g.outWeight(g.outStart(0)));
        assertEquals(1, g.inSource(g.inStart(0)));
    }

    @Test
    void theViewDecidesWhichRowsCount() {
        Filter tradeIn2021 = Filter.all().withLinkTypes(EnumSet.of(LinkType.TRADE)).withYears(2021, 2021);
        LinkGraph g = LinkGraph.of(NetworkView.of(abc(), tradeIn2021));
        assertEquals(2, g.linkCount());
        assertEquals(3.0, g.weight(0));
        LinkGraph noBusan = LinkGraph.of(NetworkView.of(abc(), Filter.all().withRegions(EnumSet.of(Region.SEOUL))));
        assertEquals(0, noBusan.degree(2));
        assertEquals(1, noBusan.degree(1));
    }

    @Test
    void emptyAndSingleFirmNetworks() {
        LinkGraph empty = LinkGraph.of(NetworkView.of(Network.builder().build(), Filter.all()));
        assertEquals(0, empty.firmCount());
        assertEquals(0, empty.linkCount());
        Network.Builder b = Network.builder();
        b.addFirm(new Firm("X", "X", Region.JEJU, "", 33.5, 126.5, Segment.OTHER, -1, Map.of()));
        LinkGraph one = LinkGraph.of(NetworkView.of(b.build(), Filter.all()));
        assertEquals(0, one.degree(0));
        assertEquals(0, one.pairCount());
    }
}
