package org.supracluster.model;

import java.util.Map;

/** Small hand-built firms and networks shared by the model tests. */
final class TestNetworks {

    private TestNetworks() {
    }

    static Firm firm(String id, Region region, Segment segment) {
        return new Firm(id, "Firm " + id, region, "", region.centreLat(), region.centreLon(), segment, -1, Map.of());
    }

    static Firm firm(String id, Region region) {
        return firm(id, region, Segment.FAB);
    }
}
