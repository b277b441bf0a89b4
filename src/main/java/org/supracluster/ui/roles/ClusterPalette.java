package org.supracluster.ui.roles;

import java.util.List;
import org.supracluster.model.LinkType;

/**
 * The colours of the cluster tabs, the same as the map's ({@code resources/css/map.css}): Okabe
 * &amp; Ito's colour-blind-safe palette for clusters, grey for "other", blue for trade and
 * vermilion for co-patent links. Kept as constants because charts need them in inline styles.
 */
public final class ClusterPalette {

    /** Cluster colours by cluster index, as in map.css ({@code node.c0} … {@code node.c6}). */
    public static final List<String> CLUSTER_COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7",
            "#D55E00", "#56B4E9", "#F0E442");
    /** Colour of firms in no cluster. */
    public static final String OTHER_COLOUR = "#999999";
    /** Trade links (the map draws them blue). */
    public static final String TRADE_COLOUR = "#0072B2";
    /** Co-patent links (the map draws them dashed, near-black: vermilion is a cluster colour). */
    public static final String COPATENT_COLOUR = "#333333";

    private ClusterPalette() {
    }

    /** The colour of cluster {@code c}; the palette repeats after seven clusters. */
    public static String cluster(int c) {
        return c < 0 ? OTHER_COLOUR : CLUSTER_COLOURS.get(c % CLUSTER_COLOURS.size());
    }

    /** The colour of a link type. */
    public static String linkType(LinkType type) {
        return type == LinkType.TRADE ? TRADE_COLOUR : COPATENT_COLOUR;
    }
}
