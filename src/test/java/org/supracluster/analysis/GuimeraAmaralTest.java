package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supracluster.analysis.CartographyRole.R1;
import static org.supracluster.analysis.CartographyRole.R2;
import static org.supracluster.analysis.CartographyRole.R3;
import static org.supracluster.analysis.CartographyRole.R4;
import static org.supracluster.analysis.CartographyRole.R5;
import static org.supracluster.analysis.CartographyRole.R6;
import static org.supracluster.analysis.CartographyRole.R7;
import static org.supracluster.analysis.RoleTestNetworks.firms;
import static org.supracluster.analysis.RoleTestNetworks.oneCluster;
import static org.supracluster.analysis.RoleTestNetworks.partition;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.supracluster.analysis.GuimeraAmaral.FirmCartography;
import org.supracluster.analysis.GuimeraAmaral.Result;
import org.supracluster.model.Filter;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;
import org.supracluster.model.Region;

class GuimeraAmaralTest {

    private static final double EPS = 1e-12;

    @Test
    void starCentreStandsTwoDeviationsAboveItsLeaves() {
        // Centre 0, leaves 1..4, one module. κ = 4, 1, 1, 1, 1: mean 8/5 = 1.6,
        // σ² = (16 + 4·1)/5 − 1.6² = 4 − 2.56 = 1.44, σ = 1.2 (population σ).
        // z(centre) = (4 − 1.6)/1.2 = 2.0 < 2.5, not a hub; z(leaf) = (1 − 1.6)/1.2 = −0.5.
        // Every neighbour is in the one module: P = 1 − 1² = 0, so everyone is R1.
        Result r = GuimeraAmaral.compute(firms(5).copatent(0, 1).copatent(0, 2).trade(3, 0).trade(0, 4).graph(),
                oneCluster(5));
        assertEquals(2.0, r.firm(0).z(), EPS);
        assertEquals(0.0, r.firm(0).participation());
        assertEquals(4, r.firm(0).withinModuleDegree());
        for (int leaf = 1; leaf <= 4; leaf++) {
            assertEquals(-0.5, r.firm(leaf).z(), EPS);
            assertEquals(R1, r.firm(leaf).role());
        }
        assertEquals(R1, r.firm(0).role());
        assertEquals(5, r.count(R1));
    }

    @Test
    void twoTrianglesJoinedByABridgeHaveZeroZAndBridgeEndsParticipate() {
        // Triangles {0,1,2} (module 0) and {3,4,5} (module 1), bridge 2–3.
        // Within each module every firm has κ = 2: σ = 0, so z = 0 for all.
        // Firms 0, 1, 4, 5: k = 2, all in their module, P = 0 → R1.
        // Firms 2, 3: k = 3, κ = 2 own + 1 other: P = 1 − (2/3)² − (1/3)² = 1 − 5/9 = 4/9 → R2.
        Result r = GuimeraAmaral.compute(firms(6).clique(0, 1, 2).clique(3, 4, 5).trade(2, 3).graph(),
                partition(2, 0, 0, 0, 1, 1, 1));
        for (int f = 0; f < 6; f++) {
            assertEquals(0.0, r.firm(f).z());
        }
        assertEquals(4.0 / 9, r.firm(2).participation(), EPS);
        assertEquals(4.0 / 9, r.firm(3).participation(), EPS);
        assertEquals(3, r.firm(2).degree());
        assertEquals(2, r.firm(2).withinModuleDegree());
        assertEquals(R2, r.firm(2).role());
        assertEquals(R1, r.firm(5).role());
        assertEquals(Map.of(R1, 4, R2, 2, R3, 0, R4, 0, R5, 0, R6, 0, R7, 0), r.roleCounts());
    }

    @Test
    void isolatedFirmHasZeroParticipation() {
        // 0–1 linked, 2 alone, one module. κ = 1, 1, 0: n = 3, Σκ = 2, Σκ² = 2,
        // z = (3κ − 2)/√(3·2 − 2²) = (3κ − 2)/√2: z(2) = −√2, z(0) = 1/√2. P(2) = 0 by definition.
        Result r = GuimeraAmaral.compute(firms(3).copatent(0, 1).graph(), oneCluster(3));
        assertEquals(0.0, r.firm(2).participation());
        assertEquals(-Math.sqrt(2), r.firm(2).z(), EPS);
        assertEquals(1 / Math.sqrt(2), r.firm(0).z(), EPS);
        assertEquals(R1, r.firm(2).role());
    }

    @Test
    void zOfExactlyTwoAndAHalfMakesAHub() {
        // One module of 29 firms: pairs 0–1 and 2–3 linked, 25 firms without links.
        // κ = 1 for 4 firms, 0 for 25: Σκ = 4, Σκ² = 4, z = (29κ − 4)/√(29·4 − 16) = (29κ − 4)/10,
        // so z = 25/10 = 2.5 exactly for firms 0..3 (hubs, P = 0 → R5) and −0.4 for the others (R1).
        Result r = GuimeraAmaral.compute(firms(29).copatent(0, 1).copatent(2, 3).graph(), oneCluster(29));
        assertEquals(2.5, r.firm(0).z());
        assertEquals(R5, r.firm(0).role());
        assertEquals(-0.4, r.firm(10).z(), EPS);
        assertEquals(4, r.count(R5));
        assertEquals(25, r.count(R1));
        // With 24 unlinked firms instead: z = (28 − 4)/√(28·4 − 16) = 24/√96 ≈ 2.449, not a hub.
        Result below = GuimeraAmaral.compute(firms(28).copatent(0, 1).copatent(2, 3).graph(), oneCluster(28));
        assertEquals(24 / Math.sqrt(96), below.firm(0).z(), EPS);
        assertEquals(R1, below.firm(0).role());
    }

    @Test
    void hubParticipationAtExactlyThreeQuartersIsAConnectorHub() {
        // The 29-firm module 0 above (firm 0 has z = 2.5); firm 0 also links to one firm in each of
        // modules 1, 2, 3 (firms 29, 30, 31): k = 4, κ = 1 per module, P = 1 − 4·(1/4)² = 0.75 → R6.
        // A fourth outside link (module 4, firm 32) gives k = 5, P = 1 − 5/25 = 0.8 → R7.
        // Firm 2 links to module 1 only: k = 2, P = 1 − 2·(1/2)² = 0.5 → R6.
        int[] modules = new int[33];
        for (int m = 1; m <= 4; m++) {
            modules[28 + m] = m;
        }
        RoleTestNetworks t = firms(33).copatent(0, 1).copatent(2, 3).copatent(0, 29).copatent(0, 30)
                .copatent(0, 31).copatent(2, 29);
        Result r = GuimeraAmaral.compute(t.graph(), partition(5, modules));
        assertEquals(0.75, r.firm(0).participation());
        assertEquals(R6, r.firm(0).role());
        assertEquals(0.5, r.firm(2).participation());
        assertEquals(R6, r.firm(2).role());
        Result more = GuimeraAmaral.compute(t.copatent(0, 32).graph(), partition(5, modules));
        assertEquals(0.8, more.firm(0).participation());
        assertEquals(R7, more.firm(0).role());
    }

    @Test
    void participationOnTheNonHubBoundaries() {
        // Modules: 0 = {0..5}, 1 = {6,7,8}, 2 = {9,10}, 3 = {11,12}, 4 = {13}.
        // Firm 0: 5 neighbours in module 0, 3 in module 1, 2 in module 2: k = 10,
        //   P = 1 − (25 + 9 + 4)/100 = 0.62 exactly → R2 (boundary is ≤).
        //   z: module 0 has κ = 5,1,1,1,1,1: (6·5 − 10)/√(6·30 − 100) = 20/√80 ≈ 2.236, not a hub.
        // Firm 11: one neighbour in each of the five modules (1, 6, 9, 12, 13): k = 5,
        //   P = 1 − 5/25 = 0.80 exactly → R3; module 3 has κ = 1, 1, σ = 0, z = 0.
        RoleTestNetworks t = firms(14).copatent(0, 1).copatent(0, 2).copatent(0, 3).copatent(0, 4).copatent(0, 5)
                .copatent(0, 6).copatent(0, 7).copatent(0, 8).copatent(0, 9).copatent(0, 10)
                .copatent(11, 1).copatent(11, 6).copatent(11, 9).copatent(11, 12).copatent(11, 13);
        Result r = GuimeraAmaral.compute(t.graph(), partition(5, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 4));
        assertEquals(0.62, r.firm(0).participation());
        assertEquals(20 / Math.sqrt(80), r.firm(0).z(), EPS);
        assertEquals(R2, r.firm(0).role());
        assertEquals(0.8, r.firm(11).participation());
        assertEquals(0.0, r.firm(11).z());
        assertEquals(R3, r.firm(11).role());
    }

    @ParameterizedTest(name = "z={0}, P={1} → {2}")
    @CsvSource({
        "0, 0, R1", "0, 0.05, R1", "0, 0.0500001, R2", "0, 0.62, R2", "0, 0.6200001, R3",
        "0, 0.80, R3", "0, 0.8000001, R4", "-3, 1, R4",
        "2.4999999, 0, R1", "2.5, 0, R5", "2.5, 0.30, R5", "2.5, 0.3000001, R6", "2.5, 0.75, R6",
        "2.5, 0.7500001, R7", "9, 1, R7"})
    void roleBoundariesBelongToTheLowerBandAndHubsStartAtTwoAndAHalf(double z, double p, CartographyRole role) {
        assertEquals(role, CartographyRole.of(z, p));
        assertEquals(z >= 2.5, role.isHub());
    }

    @Test
    void roleRejectsImpossibleValues() {
        assertThrows(IllegalArgumentException.class, () -> CartographyRole.of(Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> CartographyRole.of(0, 1.5));
        assertThrows(IllegalArgumentException.class, () -> CartographyRole.of(0, -0.1));
    }

    @Test
    void otherIsAModuleOfItsOwnAndItsFirmsHaveRoles() {
        // 0–1 in module 0; firm 2 in OTHER linked to 0. "other" is a module: firm 0 has k = 2
        // (its degree), κ = 1 in module 0 and 1 in "other": P = 1 − (1/2)² − (1/2)² = 0.5 → R2.
        // (The old convention dropped the OTHER neighbour: k = 1, P = 0.)
        // Module 0: κ = 1, 1, σ = 0, z = 0. Firm 1: k = 1, all in module 0, P = 0 → R1.
        // Firm 2: module "other" = {2}, κ = 0, σ = 0, z = 0; k = 1, in module 0: P = 0 → R1.
        Result r = GuimeraAmaral.compute(firms(3).copatent(0, 1).copatent(0, 2).graph(),
                partition(1, 0, 0, Partition.OTHER));
        assertEquals(2, r.firm(0).degree());
        assertEquals(0.5, r.firm(0).participation());
        assertEquals(R2, r.firm(0).role());
        assertEquals(new FirmCartography(0, 0, R1, 0, 1), r.firm(2));
        assertTrue(r.firm(2).hasRole());
        assertEquals(2, r.count(R1));
        assertEquals(1, r.count(R2));
    }

    @Test
    void otherFirmsGetAZScoreWithinOther() {
        // Firms 0, 1, 2 in OTHER (say Gangwon, Jeju, Gangwon), 3 in module 0. Links 0–1 and 2–3.
        // Module "other": κ = 1, 1, 0; n = 3, Σκ = 2, Σκ² = 2: z = (3κ − 2)/√(3·2 − 4) = (3κ − 2)/√2:
        // z(0) = z(1) = 1/√2, z(2) = −√2. P(0) = 0 (its one neighbour is in "other");
        // P(2) = 0 (its one neighbour is in module 0): all three R1.
        Result r = GuimeraAmaral.compute(firms(4).copatent(0, 1).copatent(2, 3).graph(),
                partition(1, Partition.OTHER, Partition.OTHER, Partition.OTHER, 0));
        assertEquals(1 / Math.sqrt(2), r.firm(0).z(), EPS);
        assertEquals(1 / Math.sqrt(2), r.firm(1).z(), EPS);
        assertEquals(-Math.sqrt(2), r.firm(2).z(), EPS);
        assertEquals(0.0, r.firm(2).participation());
        assertEquals(R1, r.firm(2).role());
        assertEquals(4, r.count(R1));
    }

    @Test
    void participationCountsAnOtherNeighbourInTheDegree() {
        // Firm 0 in module 0 with neighbours: 6 in module 0 (firms 1..6), 2 in module 1 (7, 8),
        // 1 in module 2 (9) and 1 in "other" (10). k = 10:
        // P = 1 − (6² + 2² + 1² + 1²)/10² = 1 − 42/100 = 0.58 → R2 (the example; dropping
        // "other" gave k = 9 and P = 1 − 41/81 = 40/81).
        // z: module 0 has κ = 6, 1, 1, 1, 1, 1, 1: n = 7, Σκ = 12, Σκ² = 42:
        // z = (7·6 − 12)/√(7·42 − 144) = 30/√150 ≈ 2.449 < 2.5, not a hub.
        int[] modules = {0, 0, 0, 0, 0, 0, 0, 1, 1, 2, Partition.OTHER};
        RoleTestNetworks t = firms(11);
        for (int f = 1; f <= 10; f++) {
            t.copatent(0, f);
        }
        Result r = GuimeraAmaral.compute(t.graph(), partition(3, modules));
        assertEquals(10, r.firm(0).degree());
        assertEquals(6, r.firm(0).withinModuleDegree());
        assertEquals(0.58, r.firm(0).participation(), EPS);
        assertEquals(30 / Math.sqrt(150), r.firm(0).z(), EPS);
        assertEquals(R2, r.firm(0).role());
        // The "other" firm 10: alone in its module (z = 0), its one neighbour in module 0 (P = 0).
        assertEquals(new FirmCartography(0, 0, R1, 0, 1), r.firm(10));
    }

    @Test
    void participationOfExactlyPointSixTwoWithAnOtherNeighbourIsR2() {
        // Firm 0 in module 0: 5 neighbours in module 0 (1..5), 3 in module 1 (6, 7, 8), 2 in "other"
        // (9, 10): k = 10, P = 1 − (25 + 9 + 4)/100 = 62/100 exactly → R2 (the boundary is ≤).
        // One more "other" neighbour (11): k = 11, P = 1 − (25 + 9 + 9)/121 = 78/121 ≈ 0.645 → R3.
        int[] modules = {0, 0, 0, 0, 0, 0, 1, 1, 1, Partition.OTHER, Partition.OTHER, Partition.OTHER};
        RoleTestNetworks t = firms(12);
        for (int f = 1; f <= 10; f++) {
            t.copatent(0, f);
        }
        Result r = GuimeraAmaral.compute(t.graph(), partition(2, modules));
        assertEquals(0.62, r.firm(0).participation());
        assertEquals(R2, r.firm(0).role());
        Result more = GuimeraAmaral.compute(t.copatent(0, 11).graph(), partition(2, modules));
        assertEquals(78.0 / 121, more.firm(0).participation(), EPS);
        assertEquals(R3, more.firm(0).role());
    }

    @ParameterizedTest(name = "hub={0}, P={1}/{2} → {3}")
    @CsvSource({
        "false, 0, 1, R1", "false, 5, 100, R1", "false, 1, 20, R1", "false, 501, 10000, R2",
        "false, 62, 100, R2", "false, 31, 50, R2", "false, 6201, 10000, R3", "false, 4, 5, R3",
        "false, 80001, 100000, R4", "false, 1, 1, R4",
        "true, 3, 10, R5", "true, 30001, 100000, R6", "true, 3, 4, R6", "true, 75001, 100000, R7"})
    void exactRoleComparesParticipationAsAFraction(boolean hub, long num, long den, CartographyRole role) {
        assertEquals(role, CartographyRole.of(hub, num, den));
    }

    @Test
    void exactRoleRejectsImpossibleFractions() {
        assertThrows(IllegalArgumentException.class, () -> CartographyRole.of(false, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> CartographyRole.of(false, -1, 4));
        assertThrows(IllegalArgumentException.class, () -> CartographyRole.of(false, 5, 4));
    }

    @Test
    void hiddenFirmsAreLeftOutOfTheirModuleStatistics() {
        // 0, 1 in Seoul linked; 2 in Busan, hidden by the filter. Over the shown firms κ = 1, 1: σ = 0,
        // z = 0. (Counting the hidden firm's κ = 0 would give z = 1/√2.)
        RoleTestNetworks t = firms(2).firm(Region.BUSAN).copatent(0, 1);
        LinkGraph g = LinkGraph.of(NetworkView.of(t.network(), Filter.all().withRegions(EnumSet.of(Region.SEOUL))));
        Result r = GuimeraAmaral.compute(g, oneCluster(3));
        assertEquals(0.0, r.firm(0).z());
        assertEquals(FirmCartography.NONE, r.firm(2));
        assertEquals(2, r.count(R1));
    }

    @Test
    void emptyAndSingleFirmNetworks() {
        Result empty = GuimeraAmaral.compute(firms(0).graph(), partition(0));
        assertEquals(0, empty.firms().size());
        assertEquals(0, empty.count(R1));
        Result one = GuimeraAmaral.compute(firms(1).graph(), oneCluster(1));
        assertEquals(new FirmCartography(0, 0, R1, 0, 0), one.firm(0));
        // A lone firm in "other" is a module of one: z = 0, P = 0, R1 (it used to have no role).
        Result other = GuimeraAmaral.compute(firms(1).graph(), partition(0, Partition.OTHER));
        assertEquals(new FirmCartography(0, 0, R1, 0, 0), other.firm(0));
        assertEquals(1, other.roleCounts().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void rejectsAPartitionOfAnotherSizeAndUnknownFirms() {
        LinkGraph g = firms(3).graph();
        assertThrows(IllegalArgumentException.class, () -> GuimeraAmaral.compute(g, oneCluster(2)));
        Result r = GuimeraAmaral.compute(g, oneCluster(3));
        assertThrows(IllegalArgumentException.class, () -> r.firm(3));
        assertThrows(IllegalArgumentException.class, () -> r.firm(-1));
    }

    @Test
    void stopsWhenCancelled() {
        Progress cancelled = new Progress() {
            @Override
            public void report(double fraction, String what) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(Progress.Cancelled.class,
                () -> GuimeraAmaral.compute(firms(3).graph(), oneCluster(3), cancelled));
    }
}
