/**
 * The left filter panel: which provinces (grouped by the clusters of a scheme), link types,
 * years, minimum link weight and segments are shown.
 *
 * <p>{@link org.supracluster.ui.FilterViewModel} holds the choices as JavaFX properties and
 * publishes them as one immutable {@link org.supracluster.model.Filter}; it has no {@code Node}
 * and is tested without a window. {@link org.supracluster.ui.filter.FilterView} builds the
 * controls in code and only binds to it.
 */
package org.supracluster.ui.filter;
