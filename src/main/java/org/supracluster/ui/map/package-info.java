/**
 * The map of Korea: province shapes and the map view.
 *
 * <p>{@link org.supracluster.ui.map.ProvinceShapes} reads the province borders and the country
 * outline committed under {@code resources/map/} (derived from Natural Earth by
 * {@code data/map/derive-map.mjs}; sources and licences in the README there).
 */
package org.supracluster.ui.map;
