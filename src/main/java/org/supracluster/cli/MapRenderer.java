package org.supracluster.cli;

import java.util.Locale;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.export.MapScene;
import org.supracluster.model.ClusterScheme;

/**
 * Draws the explorer's map of a view, for {@code report} and {@code render}. The command line may
 * not use the UI (DESIGN.md), so the program's entry point hands an implementation in; without
 * one, {@code report} leaves the map out and says so, and {@code render} stops with a message.
 *
 * <p>Both methods draw the map of {@code shown} (a filtered view of {@code all}'s network) with
 * the firms coloured by {@code partition}, {@code width} by {@code height} pixels of map under a
 * header with {@code title} (none when blank), the legend in {@code locale}'s language, in the
 * light colours or presenter mode's dark ones ({@code dark}).
 */
public interface MapRenderer {

    /** The map as PNG bytes. */
    byte[] render(LinkGraph all, LinkGraph shown, Partition partition, ClusterScheme scheme, String title,
                  Locale locale, int width, int height, boolean dark);

    /** The map's shapes, for an SVG. */
    MapScene scene(LinkGraph all, LinkGraph shown, Partition partition, ClusterScheme scheme, String title,
                   Locale locale, int width, int height, boolean dark);
}
