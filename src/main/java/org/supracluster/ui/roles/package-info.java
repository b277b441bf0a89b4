/**
 * The cluster-level tabs at the bottom of the explorer and the finding above them (issue 5,
 * "Bottom tabs"): the cluster roles table with its quadrant chart
 * ({@link org.supracluster.ui.roles.ClusterRolesView}), the inter-cluster matrix as a heat map
 * ({@link org.supracluster.ui.roles.InterClusterView}), the geography of the links
 * ({@link org.supracluster.ui.roles.GeographyView}) and the finding in words
 * ({@link org.supracluster.ui.roles.FindingView}). {@link org.supracluster.ui.roles.RolesTabs}
 * builds them all for one {@link org.supracluster.ui.ExplorerViewModel}.
 *
 * <p>Every figure comes from the analysis module ({@code ClusterRoles}, {@code Finding},
 * {@code InterClusterMatrix}, {@code LinkGeography}) for the merged links of the current view;
 * nothing is recomputed here. The view models own the state and no {@code Node}; the views are
 * built in code and only bind.
 */
package org.supracluster.ui.roles;
