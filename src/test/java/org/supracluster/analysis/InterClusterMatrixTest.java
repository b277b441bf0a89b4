package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

class InterClusterMatrixTest {

    /** A, B in cluster 0; C in cluster 1; D in no cluster. */
    private static final Partition CLUSTERS =
            new Partition(2, new int[] {0, 0, 1, Partition.OTHER}, List.of("Capital", "Southeast"));

    /**
     * Trade: A→B (w2) → [0][0]; A→C (w3 in 2020 and w10 in 2021 merge into one link of w13) →
     * [0][1]; C→A (w1) and C→B (w4) → [1][0]; D→A left out.
     * Co-patent: A–B (w1) → [0][0] once; A–C (w2) → [0][1] and [1][0]; B–D left out.
     */
    private static LinkGraph graph(Filter filter) {
        Network.Builder b = Network.builder();
        for (String id : new String[] {"A", "B", "C", "D"}) {
            b.addFirm(new Firm(id, id, Region.SEOUL, "", 37.5, 127, Segment.FAB, -1, Map.of()));
        }
        b.addLink(0, 1, LinkType.TRADE, 2, 2020);
        b.addLink(0, 2, LinkType.TRADE, 3, 2020);
        b.addLink(0, 2, LinkType.TRADE, 10, 2021);
        b.addLink(2, 0, LinkType.TRADE, 1, 2020);
        b.addLink(2, 1, LinkType.TRADE, 4, 2020);
        b.addLink(3, 0, LinkType.TRADE, 5, 2020);
        b.addLink(0, 1, LinkType.COPATENT, 1, 2020);
        b.addLink(2, 0, LinkType.COPATENT, 2, 2020);
        b.addLink(1, 3, LinkType.COPATENT, 1, 2020);
        return LinkGraph.of(NetworkView.of(b.build(), filter));
    }

    @Test
    void tradeRowsAreSuppliersAndColumnsCustomers() {
        InterClusterMatrix t = InterClusterMatrix.of(graph(Filter.all()), CLUSTERS, LinkType.TRADE);
        assertArrayEquals(new long[][] {{1, 1}, {2, 0}}, t.counts());
        assertArrayEquals(new double[][] {{2, 13}, {5, 0}}, t.weights());
        assertEquals(4, t.totalLinks());
        assertEquals(2, t.size());
    }

    @Test
    void coPatentIsSymmetricWithLinksInsideACountedOnce() {
        InterClusterMatrix p = InterClusterMatrix.of(graph(Filter.all()), CLUSTERS, LinkType.COPATENT);
        assertArrayEquals(new long[][] {{1, 1}, {1, 0}}, p.counts());
        assertArrayEquals(new double[][] {{1, 2}, {2, 0}}, p.weights());
        assertEquals(2, p.totalLinks());
    }

    @Test
    void theViewDecidesWhichLinksCount() {
        Filter copatentOnly = Filter.all().withLinkTypes(EnumSet.of(LinkType.COPATENT));
        InterClusterMatrix t = InterClusterMatrix.of(graph(copatentOnly), CLUSTERS, LinkType.TRADE);
        assertEquals(0, t.totalLinks());
        // Only 2020: A→C is one link of weight 3.
        InterClusterMatrix in2020 = InterClusterMatrix.of(graph(Filter.all().withYears(2020, 2020)), CLUSTERS,
                LinkType.TRADE);
        assertEquals(1, in2020.count(0, 1));
        assertEquals(3.0, in2020.weight(0, 1));
    }

    @Test
    void resultIsACopyAndSizesAreChecked() {
        InterClusterMatrix t = InterClusterMatrix.of(graph(Filter.all()), CLUSTERS, LinkType.TRADE);
        t.counts()[0][0] = 99;
        assertEquals(1, t.count(0, 0));
        Partition wrongSize = new Partition(1, new int[] {0, 0}, List.of("x"));
        assertThrows(IllegalArgumentException.class,
                () -> InterClusterMatrix.of(graph(Filter.all()), wrongSize, LinkType.TRADE));
        InterClusterMatrix empty = InterClusterMatrix.of(graph(Filter.all()),
                new Partition(0, new int[] {Partition.OTHER, Partition.OTHER, Partition.OTHER, Partition.OTHER},
                        List.of()), LinkType.TRADE);
        assertEquals(0, empty.size());
    }
}
