package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

class GeoClustersTest {

    private static Network firms(Region region, double[][] latLon) {
        Network.Builder b = Network.builder();
        for (int i = 0; i < latLon.length; i++) {
            b.addFirm(new Firm("F" + i, "F" + i, region, "", latLon[i][0], latLon[i][1], Segment.FAB, -1, Map.of()));
        }
        return b.build();
    }

    /**
     * Three groups hundreds of km apart, each within ~2 km: Seoul (37.5 N) firms 0-3, Busan
     * (35.10 N) firms 4-6, Gwangju (35.15 N) firms 7-9. k-means with K = 3 can only find the
     * groups; numbered north to south: Seoul = Geo 1, Gwangju (35.15) = Geo 2, Busan (35.10) = Geo 3.
     */
    private static Network threeCities() {
        return firms(Region.SEOUL, new double[][] {
            {37.50, 127.00}, {37.51, 127.01}, {37.49, 127.00}, {37.50, 126.99},
            {35.10, 129.00}, {35.11, 129.01}, {35.09, 129.00},
            {35.15, 126.85}, {35.16, 126.86}, {35.14, 126.85}});
    }

    @Test
    void wellSeparatedGroupsAreFoundExactlyAndNumberedNorthToSouth() {
        GeoClusters.Result r = GeoClusters.compute(NetworkView.of(threeCities(), Filter.all()), 3, 42);
        assertArrayEquals(new int[] {0, 0, 0, 0, 2, 2, 2, 1, 1, 1}, r.partition().clusterOf());
        assertEquals(List.of("Geo 1", "Geo 2", "Geo 3"), r.partition().names());
        // Centroids are the groups' mean coordinates: Seoul (37.5, 127.0), Gwangju (35.15, 126.8533...).
        assertEquals(37.50, r.centroids().get(0).lat(), 1e-9);
        assertEquals(127.00, r.centroids().get(0).lon(), 1e-9);
        assertEquals(4, r.centroids().get(0).firms());
        assertEquals(35.15, r.centroids().get(1).lat(), 1e-9);
        assertEquals((126.85 + 126.86 + 126.85) / 3, r.centroids().get(1).lon(), 1e-9);
        assertEquals(35.10, r.centroids().get(2).lat(), 1e-9);
    }

    @Test
    void inertiaIsTheSumOfSquaredKilometresToTheCentroids() {
        // Two firms 0.02° of latitude apart, K = 1: each lies 0.01° = R·π/18000 ≈ 1.112 km from the
        // centroid, so inertia = 2 · (1.112)² ≈ 2.473 km².
        Network two = firms(Region.SEOUL, new double[][] {{37.49, 127.0}, {37.51, 127.0}});
        GeoClusters.Result r = GeoClusters.compute(NetworkView.of(two, Filter.all()), 1, 1);
        double d = GeoClusters.EARTH_RADIUS_KM * Math.toRadians(0.01);
        assertEquals(2 * d * d, r.inertia(), 1e-9);
        assertEquals(37.50, r.centroids().get(0).lat(), 1e-9);
    }

    @Test
    void theSameSeedGivesTheSameClusters() {
        SplittableRandom rnd = new SplittableRandom(7);
        double[][] pts = new double[500][];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = new double[] {34.5 + 3.5 * rnd.nextDouble(), 126.3 + 3 * rnd.nextDouble()};
        }
        NetworkView view = NetworkView.of(firms(Region.GYEONGGI, pts), Filter.all());
        GeoClusters.Result a = GeoClusters.compute(view, 5, 2025);
        GeoClusters.Result b = GeoClusters.compute(view, 5, 2025);
        assertEquals(a, b);
        for (int c = 1; c < 5; c++) {
            // numbered north to south
            assertEquals(true, a.centroids().get(c - 1).lat() >= a.centroids().get(c).lat());
        }
    }

    @Test
    void hiddenFirmsAreOther() {
        Network.Builder b = Network.builder();
        b.addFirm(new Firm("S1", "S1", Region.SEOUL, "", 37.5, 127.0, Segment.FAB, -1, Map.of()));
        b.addFirm(new Firm("J", "J", Region.JEJU, "", 33.4, 126.5, Segment.FAB, -1, Map.of()));
        b.addFirm(new Firm("B", "B", Region.BUSAN, "", 35.1, 129.0, Segment.FAB, -1, Map.of()));
        Filter noJeju = Filter.all().withRegions(EnumSet.of(Region.SEOUL, Region.BUSAN));
        GeoClusters.Result r = GeoClusters.compute(NetworkView.of(b.build(), noJeju), 2, 3);
        assertArrayEquals(new int[] {0, Partition.OTHER, 1}, r.partition().clusterOf());
    }

    @Test
    void fewerDistinctLocationsThanClustersIsRefused() {
        Network same = firms(Region.SEOUL, new double[][] {{37.5, 127.0}, {37.5, 127.0}, {35.1, 129.0}});
        NetworkView view = NetworkView.of(same, Filter.all());
        assertThrows(IllegalArgumentException.class, () -> GeoClusters.compute(view, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> GeoClusters.compute(view, 0, 1));
        assertArrayEquals(new int[] {0, 0, 1}, GeoClusters.compute(view, 2, 1).partition().clusterOf());
    }

    @Test
    void cancellingStops() {
        Progress cancelled = new Progress() {
            @Override
            public void report(double fraction, String what) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        NetworkView view = NetworkView.of(threeCities(), Filter.all());
        assertThrows(Progress.Cancelled.class, () -> GeoClusters.compute(view, 3, 1, 5, cancelled));
    }
}
