package org.supracluster.analysis;

/**
 * Which borders a merged link crosses (DESIGN.md, "geography of links"), from the two firms'
 * provinces and the partition's clusters, first match wins:
 * {@link #OUTSIDE_CLUSTERS} when a firm is in no cluster (such links are reported separately, as in
 * {@link ClusterRoles}); else {@link #CROSS_CLUSTER} when the firms are in different clusters; else
 * {@link #SAME_PROVINCE} when both are in one province; else {@link #SAME_CLUSTER} (one cluster,
 * different provinces). {@link LinkGeography} classes each link; {@link GeographySummary} counts
 * the links of a group per scope.
 */
public enum LinkScope { SAME_PROVINCE, SAME_CLUSTER, CROSS_CLUSTER, OUTSIDE_CLUSTERS }
