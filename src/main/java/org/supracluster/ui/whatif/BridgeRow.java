package org.supracluster.ui.whatif;

/**
 * A bridge between two clusters (or a cluster and "other"), as the "Weak points" tab lists it.
 *
 * @param first network index of one firm
 * @param second network index of the other
 * @param rank 1 for the bridge cutting off most firms
 * @param firstName the first firm's name
 * @param firstCluster its cluster's name (or "other")
 * @param secondName the second firm's name
 * @param secondCluster its cluster's name (or "other")
 * @param cutOff the firms on its smaller side
 */
public record BridgeRow(int first, int second, int rank, String firstName, String firstCluster, String secondName,
                        String secondCluster, int cutOff) {
}
