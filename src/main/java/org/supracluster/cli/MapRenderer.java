package org.supracluster.cli;

import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.model.ClusterScheme;

/**
 * Draws the explorer's map of a view as a PNG, for {@code report} and {@code render}. The command
 * line may not use the UI (DESIGN.md), so the program's entry point hands an implementation in;
 * without one, {@code report} leaves the map out and says so.
 */
public interface MapRenderer {

    /**
     * The map of {@code shown} (a filtered view of {@code all}'s network) with the firms coloured
     * by {@code partition}, {@code width} by {@code height} pixels of map under a header with
     * {@code title} (none when blank), its legend in {@code locale}'s language, as PNG bytes.
     */
    byte[] render(LinkGraph all, LinkGraph shown, Partition partition, ClusterScheme scheme, String title,
                  java.util.Locale locale, int width, int height);
}
