package org.supracluster.ui.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.supracluster.analysis.LinkGraph;

/**
 * Which firms the map names without being selected: the most connected ones (most neighbours in
 * the whole network, ties to the lower index), the first {@link #ALWAYS_LABELLED} of them at every
 * zoom and the next {@link #LABELLED_WHEN_ZOOMED} only when zoomed in, so the map is readable at
 * any zoom instead of a blot of 1,500 names. A firm without links is never named. Plain Java.
 */
final class FirmLabels {

    /** Firms whose names are always drawn (the most connected), and those drawn when zoomed in. */
    static final int ALWAYS_LABELLED = 8;
    static final int LABELLED_WHEN_ZOOMED = 300;
    /** Map distance below which two always-drawn names would overlap at the whole-country zoom. */
    static final double LABEL_SEPARATION = 0.35;

    /** Per firm, whether its name is drawn when zoomed in (or always). */
    final boolean[] named;
    /** The firms named at every zoom, most connected first. */
    final int[] always;
    /** Every named firm, most connected first: the order their names are placed in. */
    final int[] byDegree;

    private FirmLabels(boolean[] named, int[] always, int[] byDegree) {
        this.named = named;
        this.always = always;
        this.byDegree = byDegree;
    }

    /**
     * Chooses the named firms of {@code all}'s network placed at ({@code x[f]}, {@code y[f]}) in map
     * units. Always-drawn names keep {@link #LABEL_SEPARATION} apart: big firms sit together
     * (several fabs in one town), and names on top of each other are unreadable; a firm too close
     * to a larger one is named when zoomed in only.
     */
    static FirmLabels choose(LinkGraph all, double[] x, double[] y) {
        int n = all.firmCount();
        Integer[] order = new Integer[n];
        for (int f = 0; f < n; f++) {
            order[f] = f;
        }
        Arrays.sort(order, (a, b) -> all.degree(b) != all.degree(a)
                ? Integer.compare(all.degree(b), all.degree(a)) : Integer.compare(a, b));
        boolean[] named = new boolean[n];
        List<Integer> always = new ArrayList<>();
        List<Integer> byDegree = new ArrayList<>();
        for (int i = 0; i < Math.min(n, ALWAYS_LABELLED + LABELLED_WHEN_ZOOMED); i++) {
            int f = order[i];
            if (all.degree(f) == 0) {
                break;
            }
            named[f] = true;
            byDegree.add(f);
            if (always.size() < ALWAYS_LABELLED && farFrom(f, always, x, y)) {
                always.add(f);
            }
        }
        return new FirmLabels(named, always.stream().mapToInt(Integer::intValue).toArray(),
                byDegree.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean farFrom(int f, List<Integer> others, double[] x, double[] y) {
        for (int o : others) {
            if (Math.hypot(x[f] - x[o], y[f] - y[o]) < LABEL_SEPARATION) {
                return false;
            }
        }
        return true;
    }
}
