package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

class DerivedSchemesTest {

    private static final int O = Partition.OTHER;

    /** Seoul firms 0-3, Busan firms 4-6, Gwangju firms 7-9, each group within ~2 km (as in GeoClustersTest). */
    private static Network threeCities() {
        double[][] latLon = {
            {37.50, 127.00}, {37.51, 127.01}, {37.49, 127.00}, {37.50, 126.99},
            {35.10, 129.00}, {35.11, 129.01}, {35.09, 129.00},
            {35.15, 126.85}, {35.16, 126.86}, {35.14, 126.85}};
        Network.Builder b = Network.builder();
        for (int i = 0; i < latLon.length; i++) {
            Region r = i < 4 ? Region.SEOUL : i < 7 ? Region.BUSAN : Region.GWANGJU;
            b.addFirm(new Firm("F" + i, "F" + i, r, "", latLon[i][0], latLon[i][1], Segment.FAB, -1, Map.of()));
        }
        return b.build();
    }

    /** Triangles {0,1,2} and {3,4,5} joined by 2–3, and firm 6 with no link at all. */
    private static Network trianglesAndALoner() {
        Network.Builder b = Network.builder();
        for (int i = 0; i < 7; i++) {
            b.addFirm(new Firm("F" + i, "F" + i, Region.SEOUL, "", 37.5, 127, Segment.FAB, -1, Map.of()));
        }
        int[][] edges = {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}};
        for (int[] e : edges) {
            b.addLink(e[0], e[1], LinkType.COPATENT, 1, 2020);
        }
        return b.build();
    }

    @Test
    void coordinatesSchemePlacesEachFirmAsGeoClustersDoes() {
        Network n = threeCities();
        NetworkView view = NetworkView.of(n, Filter.all());
        ClusterScheme s = DerivedSchemes.geo(n, view, 3, 42, Progress.NONE);
        assertEquals("geo:3", s.name());
        assertEquals(List.of(new ClusterScheme.Cluster("Geo 1", "지리 1"), new ClusterScheme.Cluster("Geo 2", "지리 2"),
                new ClusterScheme.Cluster("Geo 3", "지리 3")), s.clusters());
        assertTrue(s.regionClusters().isEmpty(), "firm by firm, no provinces");
        // the same clusters as GeoClusters itself: Seoul Geo 1, Gwangju Geo 2, Busan Geo 3
        assertArrayEquals(GeoClusters.compute(view, 3, 42).partition().clusterOf(), s.assign(n));
        assertArrayEquals(new int[] {0, 0, 0, 0, 2, 2, 2, 1, 1, 1}, s.assign(n));
    }

    @Test
    void coordinatesSchemeLeavesHiddenFirmsOutAndRefusesABadK() {
        Network n = threeCities();
        NetworkView noBusan = NetworkView.of(n, Filter.all().withRegions(java.util.EnumSet.of(Region.SEOUL,
                Region.GWANGJU)));
        ClusterScheme s = DerivedSchemes.geo(n, noBusan, 2, 42, Progress.NONE);
        assertArrayEquals(new int[] {0, 0, 0, 0, O, O, O, 1, 1, 1}, s.assign(n));
        assertThrows(IllegalArgumentException.class, () -> DerivedSchemes.geo(n, noBusan, 0, 1, Progress.NONE));
        assertThrows(IllegalArgumentException.class, () -> DerivedSchemes.geo(n, noBusan, 51, 1, Progress.NONE));
    }

    /** The loner (firm 6, no link) is a community of its own, the third (sizes 3, 3, 1). */
    @Test
    void communitiesSchemeIsLeidenWithTheLonerOnItsOwn() {
        Network n = trianglesAndALoner();
        LinkGraph g = LinkGraph.of(NetworkView.of(n, Filter.all()));
        ClusterScheme s = DerivedSchemes.communities(n, g, 1, Progress.NONE);
        assertEquals("communities", s.name());
        assertEquals(List.of(new ClusterScheme.Cluster("Community 1", "공동체 1"),
                new ClusterScheme.Cluster("Community 2", "공동체 2"), new ClusterScheme.Cluster("Community 3", "공동체 3")),
                s.clusters());
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, 2}, s.assign(n));
        assertArrayEquals(Communities.detect(g, 1).partition().clusterOf(), s.assign(n));
        ClusterScheme unweighted = DerivedSchemes.communities(n, g, false, 1, Progress.NONE);
        assertEquals("communities:unweighted", unweighted.name());
        assertArrayEquals(Communities.detect(g, false, 1, Progress.NONE).partition().clusterOf(), unweighted.assign(n));
    }

    /**
     * Firms 0–1 linked, 2 and 3 with no link; clusters {0, 1} and {2, 3} (Seoul, Busan). The
     * communities {0, 1}, {2}, {3}: the loners count as communities of their own, not as "other".
     * Contingency (cluster, community): (0, 0) 2, (1, 1) 1, (1, 2) 1; a = (2, 2), b = (2, 1, 1),
     * n = 4. ARI: Σ C(n_ij) = 1, Σ C(a) = 2, Σ C(b) = 1, E = 2·1/C(4, 2) = 1/3, max = 3/2:
     * (1 − 1/3) / (3/2 − 1/3) = 4/7. NMI: H(A) = ln 2, H(B) = 1.5 ln 2, I = ln 2 (½ ln 2 + 2·¼ ln 2):
     * 2 ln 2 / 2.5 ln 2 = 0.8. (With the loners left out as "other" both would be 1.)
     */
    @Test
    void lonersAreCommunitiesOfTheirOwnInTheAgreement() {
        Network.Builder b = Network.builder();
        Region[] regions = {Region.SEOUL, Region.SEOUL, Region.BUSAN, Region.BUSAN};
        for (int i = 0; i < 4; i++) {
            b.addFirm(new Firm("F" + i, "F" + i, regions[i], "", 37.5, 127, Segment.FAB, -1, Map.of()));
        }
        b.addLink(0, 1, LinkType.COPATENT, 1, 2020);
        Network n = b.build();
        NetworkView view = NetworkView.of(n, Filter.all());
        ClusterScheme communities = DerivedSchemes.communities(n, LinkGraph.of(view), 1, Progress.NONE);
        assertArrayEquals(new int[] {0, 0, 1, 2}, communities.assign(n));
        PartitionAgreement a = PartitionAgreement.of(Partition.of(ClusterScheme.defaultFive(), n),
                Partition.of(communities, n), view);
        assertEquals(4, a.firms());
        assertEquals(4.0 / 7, a.adjustedRand(), 1e-12);
        assertEquals(0.8, a.nmi(), 1e-12);
    }

    @Test
    void derivedAndReservedNames() {
        assertEquals(OptionalInt.of(7), DerivedSchemes.geoK("geo:7"));
        assertEquals("geo:7", DerivedSchemes.geoName(7));
        assertTrue(DerivedSchemes.geoK("geo:").isEmpty());
        assertTrue(DerivedSchemes.geoK("geo:x").isEmpty());
        assertTrue(DerivedSchemes.geoK("default").isEmpty());
        assertTrue(DerivedSchemes.isDerivedName("communities"));
        assertTrue(DerivedSchemes.isDerivedName("communities:unweighted"));
        assertTrue(DerivedSchemes.isReservedName("Communities:Unweighted"));
        assertTrue(DerivedSchemes.isDerivedName("geo:5"));
        assertFalse(DerivedSchemes.isDerivedName("default"));
        // what the command line's --clusters would read as derived cannot name a stored scheme
        assertTrue(DerivedSchemes.isReservedName(" Geography "));
        assertTrue(DerivedSchemes.isReservedName("COMMUNITIES"));
        assertFalse(DerivedSchemes.isReservedName("my communities"));
        assertFalse(DerivedSchemes.isReservedName("경상권"));
    }
}
