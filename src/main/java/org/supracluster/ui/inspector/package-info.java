/**
 * The firm panels: the inspector on the right ({@link org.supracluster.ui.inspector.InspectorView}),
 * the "Firms" tab ({@link org.supracluster.ui.inspector.FirmsView}) and the "Role cartography" tab
 * ({@link org.supracluster.ui.inspector.CartographyView}).
 *
 * <p>All of them show one {@link org.supracluster.analysis.FirmMetrics} (degrees, betweenness,
 * PageRank, Guimerà–Amaral z, P and role, brokerage counts; the figures listed in the order and
 * with the names of {@link org.supracluster.analysis.FirmMetric}), which one
 * {@link org.supracluster.ui.inspector.FirmMetricsViewModel} recomputes off the JavaFX thread
 * whenever the explorer's links change, and all of them read and set the explorer's one selection,
 * {@link org.supracluster.ui.ExplorerViewModel#selectedFirmProperty()}. The inspector also lists
 * the patents behind a co-patent link ({@link org.supracluster.ui.inspector.LinkPatentsViewModel}),
 * read from the database's records when a partner is opened.
 */
package org.supracluster.ui.inspector;
