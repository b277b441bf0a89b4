package org.supracluster.model;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;

/**
 * A network seen through a {@link Filter}: two bit masks, one over firms and one over links.
 * Making a view reads only the firms of the selected provinces and the links of the selected types
 * between them (the network's {@link FilterIndex}), copies nothing else and never touches the
 * database; everything shown is two range fills.
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
        FilterIndex index = network.filterIndex();
        long[] firms = firmMask(network, filter, index);
        long[] links = linkMask(network, filter, index, firms);
        return new NetworkView(network, filter, BitSet.valueOf(firms), BitSet.valueOf(links));
    }

    private static boolean everySegment(Filter filter) {
        return filter.segments().size() == Segment.values().length;
    }

    private static boolean everyFirm(Filter filter) {
        return everySegment(filter) && filter.regions().size() == Region.values().length;
    }

    /** Firms of the selected provinces whose segment is selected, as bit words. */
    private static long[] firmMask(Network network, Filter filter, FilterIndex index) {
        int n = network.firmCount();
        long[] firms = new long[words(n)];
        if (everyFirm(filter)) {
            setRange(firms, n);
            return firms;
        }
        boolean allSegments = everySegment(filter);
        boolean[] segmentOn = new boolean[Segment.values().length];
        for (Segment s : filter.segments()) {
            segmentOn[s.ordinal()] = true;
        }
        for (Region r : filter.regions()) {
            for (int k = index.firmStart[r.ordinal()], end = index.firmStart[r.ordinal() + 1]; k < end; k++) {
                int f = index.firms[k];
                if (allSegments || segmentOn[index.segment[f]]) {
                    set(firms, f);
                }
            }
        }
        return firms;
    }

    /** Links of the selected types between selected provinces that the filter's other tests keep. */
    private static long[] linkMask(Network network, Filter filter, FilterIndex index, long[] firms) {
        int m = network.linkCount();
        long[] links = new long[words(m)];
        boolean everyYear = filter.yearFrom() == null && filter.yearTo() == null && filter.includeUndated();
        boolean everyWeight = true;
        for (LinkType t : filter.linkTypes()) {
            // Weights are positive, so a minimum of 0 or less keeps every link.
            everyWeight &= filter.minWeight(t) <= 0;
        }
        if (everyFirm(filter) && filter.linkTypes().size() == LinkType.values().length && everyYear && everyWeight) {
            setRange(links, m);
            return links;
        }
        // Both ends of a grouped link lie in selected provinces: with every segment they are shown.
        boolean endsShown = everySegment(filter);
        Region[] regions = filter.regions().toArray(new Region[0]);
        for (LinkType t : filter.linkTypes()) {
            double minWeight = filter.minWeight(t);
            for (int i = 0; i < regions.length; i++) {
                for (int j = i; j < regions.length; j++) {
                    int g = FilterIndex.group(t, regions[i].ordinal(), regions[j].ordinal());
                    for (int k = index.linkStart[g], end = index.linkStart[g + 1]; k < end; k++) {
                        int l = index.links[k];
                        if ((endsShown || isSet(firms, network.linkSource(l)) && isSet(firms, network.linkTarget(l)))
                                && (everyYear || filter.acceptsYear(network.linkYear(l)))
                                && network.linkWeight(l) >= minWeight) {
                            set(links, l);
                        }
                    }
                }
            }
        }
        return links;
    }

    private static int words(int bits) {
        return (bits + 63) >>> 6;
    }

    private static void set(long[] words, int bit) {
        words[bit >>> 6] |= 1L << bit;
    }

    private static boolean isSet(long[] words, int bit) {
        return (words[bit >>> 6] & 1L << bit) != 0;
    }

    /** Sets bits 0..count-1. */
    private static void setRange(long[] words, int count) {
        Arrays.fill(words, 0, count >>> 6, -1L);
        if ((count & 63) != 0) {
            words[count >>> 6] = (1L << count) - 1;
        }
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
