package org.supracluster.model;

import java.util.ArrayList;
import java.util.List;
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

    /** The view's shown firms in index order. */
    static List<Integer> firms(NetworkView v) {
        List<Integer> out = new ArrayList<>();
        for (int f = v.nextFirm(0); f >= 0; f = v.nextFirm(f + 1)) {
            out.add(f);
        }
        return out;
    }

    /** The view's shown links in index order. */
    static List<Integer> links(NetworkView v) {
        List<Integer> out = new ArrayList<>();
        for (int l = v.nextLink(0); l >= 0; l = v.nextLink(l + 1)) {
            out.add(l);
        }
        return out;
    }
}
