package org.supracluster.model;

import java.util.BitSet;
import java.util.Objects;

/**
 * A network seen through a {@link Filter}: two bit masks, one over firms and one over links.
 * Making a view reads the network's arrays once and copies nothing else, so a filter change costs
 * one pass over firms and links and never touches the database.
 */
public final class NetworkView {

    private final Network network;
    private final Filter filter;
    private final BitSet firms;
    private final BitSet links;

    private NetworkView(Network network, Filter filter, BitSet firms, BitSet links) {
        this.network = network;
        this.filter = filter;
        this.firms = firms;
        this.links = links;
    }

    /** The view of {@code network} through {@code filter}. */
    public static NetworkView of(Network network, Filter filter) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(filter, "filter");
        int n = network.firmCount();
        BitSet firms = new BitSet(n);
        boolean[] regionOn = new boolean[Region.values().length];
        for (Region r : filter.regions()) {
            regionOn[r.ordinal()] = true;
        }
        boolean[] segmentOn = new boolean[Segment.values().length];
        for (Segment s : filter.segments()) {
            segmentOn[s.ordinal()] = true;
        }
        for (int i = 0; i < n; i++) {
            if (regionOn[network.region(i).ordinal()] && segmentOn[network.segment(i).ordinal()]) {
                firms.set(i);
            }
        }
        boolean[] typeOn = new boolean[LinkType.values().length];
        for (LinkType t : filter.linkTypes()) {
            typeOn[t.ordinal()] = true;
        }
        double[] minWeight = new double[LinkType.values().length];
        for (LinkType t : LinkType.values()) {
            minWeight[t.ordinal()] = filter.minWeight(t);
        }
        int m = network.linkCount();
        BitSet links = new BitSet(m);
        for (int l = 0; l < m; l++) {
            int type = network.linkType(l).ordinal();
            if (typeOn[type]
                    && firms.get(network.linkSource(l)) && firms.get(network.linkTarget(l))
                    && network.linkWeight(l) >= minWeight[type]
                    && filter.acceptsYear(network.linkYear(l))) {
                links.set(l);
            }
        }
        return new NetworkView(network, filter, firms, links);
    }

    public Network network() {
        return network;
    }

    public Filter filter() {
        return filter;
    }

    public boolean isFirmShown(int firm) {
        return firms.get(firm);
    }

    public boolean isLinkShown(int link) {
        return links.get(link);
    }

    public int shownFirmCount() {
        return firms.cardinality();
    }

    public int shownLinkCount() {
        return links.cardinality();
    }

    /** Next shown firm at or after {@code from}, or -1: {@code for (int f = v.nextFirm(0); f >= 0; f = v.nextFirm(f + 1))}. */
    public int nextFirm(int from) {
        return firms.nextSetBit(from);
    }

    /** Next shown link at or after {@code from}, or -1. */
    public int nextLink(int from) {
        return links.nextSetBit(from);
    }
}
