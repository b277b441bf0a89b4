package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.supracluster.analysis.ClusterRolesFixtures.roles;

import org.junit.jupiter.api.Test;
import org.supracluster.analysis.ClusterRolesFixtures.Net;

class ClusterGraphCentralityTest {

    private static final double EPS = 1e-9;

    /** Clusters 0 – 1 – 2 as a path: a–b links clusters 0 and 1 (weight 1), c–d clusters 1 and 2 (weight 3). */
    private static Net chain() {
        return new Net().firm("a", 0).firm("b", 1).firm("c", 1).firm("d", 2)
                .copatent("a", "b", 1).copatent("c", "d", 3).copatent("b", "c", 7); // b–c is internal to 1
    }

    @Test
    void pathOfThreeClustersByLinks() {
        // Cluster graph by links: W = [[0,1,0],[1,0,1],[0,1,0]] (the internal b–c is no loop).
        // Degree (1, 2, 1) = E_c. Principal eigenvector (1, √2, 1)/…, max-normalised (1/√2, 1, 1/√2);
        // W is bipartite (eigenvalues ±√2), so a plain power iteration would oscillate.
        // PageRank, d = 0.85: ends x, middle y; x = 0.05 + 0.85·y/2, y = 0.05 + 0.85·2x
        // ⇒ x = 0.07125/0.2775 = 19/74, y = 18/37; sum 1.
        ClusterGraphCentrality g = ClusterGraphCentrality.of(roles(chain(), 3));
        double[] degree = {1, 2, 1};
        double[] eigen = {1 / Math.sqrt(2), 1, 1 / Math.sqrt(2)};
        double[] rank = {19.0 / 74, 18.0 / 37, 19.0 / 74};
        for (int c = 0; c < 3; c++) {
            ClusterGraphCentrality.Scores s = g.cluster(c).byLinks();
            assertEquals(degree[c], s.degree(), EPS);
            assertEquals(eigen[c], s.eigenvector(), EPS);
            assertEquals(rank[c], s.pageRank(), EPS);
        }
    }

    @Test
    void weightedFormUsesLinkWeights() {
        // W = [[0,1,0],[1,0,3],[0,3,0]]: eigenvalue √10, eigenvector (1, √10, 3), max-normalised
        // (1/√10, 1, 3/√10). Weighted degree (1, 4, 3).
        ClusterGraphCentrality g = ClusterGraphCentrality.of(roles(chain(), 3));
        double r10 = Math.sqrt(10);
        double[] eigen = {1 / r10, 1, 3 / r10};
        double[] degree = {1, 4, 3};
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            ClusterGraphCentrality.Scores s = g.cluster(c).byWeight();
            assertEquals(degree[c], s.degree(), EPS);
            assertEquals(eigen[c], s.eigenvector(), EPS);
            sum += s.pageRank();
        }
        assertEquals(1.0, sum, EPS);
    }

    @Test
    void degreeIsTheExternalLinksOfClusterRoles() {
        ClusterRoles r = roles(ClusterRolesFixtures.twoTriangles(), 2);
        ClusterGraphCentrality g = ClusterGraphCentrality.of(r);
        for (int c = 0; c < 2; c++) {
            assertEquals(r.cluster(c).externalLinks(), g.cluster(c).byLinks().degree(), EPS);
            assertEquals(r.cluster(c).externalWeight(), g.cluster(c).byWeight().degree(), EPS);
            // Two clusters joined by one edge: symmetric, both eigenvector 1, PageRank 1/2.
            assertEquals(1.0, g.cluster(c).byLinks().eigenvector(), EPS);
            assertEquals(0.5, g.cluster(c).byLinks().pageRank(), EPS);
        }
    }

    @Test
    void clusterGraphWithoutEdgesHasZeroEigenvectorAndUniformPageRank() {
        // Only internal links: no cluster-graph edges; every cluster dangles, PageRank 1/3 each.
        Net net = new Net().firm("a", 0).firm("b", 0).firm("c", 1).firm("d", 2).copatent("a", "b", 1);
        ClusterGraphCentrality g = ClusterGraphCentrality.of(roles(net, 3));
        for (ClusterGraphCentrality.ClusterScores s : g.clusters()) {
            assertEquals(0.0, s.byLinks().degree());
            assertEquals(0.0, s.byLinks().eigenvector());
            assertEquals(1.0 / 3, s.byLinks().pageRank(), EPS);
        }
    }

    @Test
    void aClusterWithoutPartnersSpreadsItsPageRankEvenly() {
        // Clusters 0–1 joined, 2 alone (dangling). By symmetry x0 = x1 = x, x2 = z, 2x + z = 1:
        // z = 0.05 + 0.85·z/3 ⇒ z = 0.05/(1 − 0.85/3) = 3/43; the lone cluster's eigenvector is 0.
        Net net = new Net().firm("a", 0).firm("b", 1).firm("c", 2).copatent("a", "b", 1);
        ClusterGraphCentrality g = ClusterGraphCentrality.of(roles(net, 3));
        assertEquals(3.0 / 43, g.cluster(2).byLinks().pageRank(), EPS);
        assertEquals(20.0 / 43, g.cluster(0).byLinks().pageRank(), EPS);
        assertEquals(0.0, g.cluster(2).byLinks().eigenvector(), EPS);
        assertEquals(1.0, g.cluster(1).byLinks().eigenvector(), EPS);
    }

    @Test
    void emptyPartitionAndBadArguments() {
        assertEquals(0, ClusterGraphCentrality.of(roles(new Net(), 0)).clusters().size());
        ClusterRoles r = roles(ClusterRolesFixtures.pathAcross(), 2);
        assertThrows(IllegalArgumentException.class, () -> ClusterGraphCentrality.of(r, 1.0));
        assertThrows(IllegalArgumentException.class, () -> ClusterGraphCentrality.of(r, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ClusterGraphCentrality.of(r).cluster(2));
    }
}
