package org.supracluster.ui.whatif;

/**
 * A firm whose loss alone splits the network, as the "Weak points" tab lists it.
 *
 * @param firm network index
 * @param rank 1 for the firm cutting off most firms
 * @param name the firm's name
 * @param cluster its cluster's name (or "other")
 * @param degree its neighbours in the view
 * @param cutOff the firms its loss cuts off from the largest remaining piece
 * @param coreness its k-core number
 */
public record WeakFirmRow(int firm, int rank, String name, String cluster, int degree, int cutOff, int coreness) {
}
