package org.supracluster.model;

import java.util.Arrays;

/**
 * A network's firms grouped by province and its links grouped by type and province pair, made
 * once per network (on the first {@link NetworkView}) so that a filter reads only the groups it
 * selects: three provinces and one link type touch the firms of three provinces and the links of
 * six groups, not every firm and link. Within a group, firms and links keep ascending index order.
 */
final class FilterIndex {

    private static final int REGIONS = Region.values().length;

    /** Firms of province r are {@code firms[firmStart[r] .. firmStart[r+1])}. */
    final int[] firmStart;
    final int[] firms;
    /** Segment ordinal of each firm. */
    final byte[] segment;
    /** Links of group g ({@link #group}) are {@code links[linkStart[g] .. linkStart[g+1])}. */
    final int[] linkStart;
    final int[] links;

    FilterIndex(Network network) {
        int n = network.firmCount();
        int[] region = new int[n];
        segment = new byte[n];
        firmStart = new int[REGIONS + 1];
        for (int f = 0; f < n; f++) {
            region[f] = network.region(f).ordinal();
            segment[f] = (byte) network.segment(f).ordinal();
            firmStart[region[f] + 1]++;
        }
        firms = new int[n];
        fill(firmStart, firms, region, n);

        int m = network.linkCount();
        int[] group = new int[m];
        linkStart = new int[LinkType.values().length * REGIONS * REGIONS + 1];
        for (int l = 0; l < m; l++) {
            group[l] = group(network.linkType(l), region[network.linkSource(l)], region[network.linkTarget(l)]);
            linkStart[group[l] + 1]++;
        }
        links = new int[m];
        fill(linkStart, links, group, m);
    }

    /** The group of links of {@code type} between provinces a and b (in either direction). */
    static int group(LinkType type, int a, int b) {
        return (type.ordinal() * REGIONS + Math.min(a, b)) * REGIONS + Math.max(a, b);
    }

    /** Counting sort: turns counts at {@code start[k+1]} into offsets and lists the items of each key. */
    private static void fill(int[] start, int[] items, int[] keys, int count) {
        for (int k = 0; k + 1 < start.length; k++) {
            start[k + 1] += start[k];
        }
        int[] next = Arrays.copyOf(start, start.length - 1);
        for (int i = 0; i < count; i++) {
            items[next[keys[i]]++] = i;
        }
    }
}
