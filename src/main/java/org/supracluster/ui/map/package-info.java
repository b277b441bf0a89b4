/**
 * The map of Korea: province shapes and the map view.
 *
 * <p>What the map draws (which firms and links, their classes, names, sizes and widths, the link
 * budget and the firms' level of detail) is decided in plain Java by {@code DrawPlan} and its
 * {@code LinkPlan}, {@code FirmLabels}, {@code LinkBudget}, {@code FirmLevelOfDetail} and
 * {@code FirmGrid} (a spatial index of firm positions), tested without a window;
 * {@link org.supracluster.ui.map.NetworkGraph} only passes the plan's changes on to GraphStream,
 * whose graph holds only what is drawn, so that a frame costs what is on screen.
 *
 * <p>{@link org.supracluster.ui.map.ProvinceShapes} reads the province borders and the country
 * outline committed under {@code resources/map/} (derived from Natural Earth by
 * {@code data/map/derive-map.mjs}; sources and licences in the README there).
 */
package org.supracluster.ui.map;
