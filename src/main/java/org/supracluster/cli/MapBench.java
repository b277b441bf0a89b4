package org.supracluster.cli;

import java.util.Map;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Network;

/**
 * The explorer map's part of {@code bench --map}: times from a filter change (or a pan, a zoom,
 * a selection) to the map redrawn. The command line may not use the UI (DESIGN.md), so the
 * program's entry point hands an implementation in; {@code bench --map} without one says so.
 */
public interface MapBench {

    /**
     * Opens the explorer's view of {@code network} off screen and returns median times in
     * milliseconds, by measure name.
     */
    Map<String, Double> measure(Network network, ClusterScheme scheme);
}
