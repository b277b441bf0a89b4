/**
 * The super-cluster map (issue 6): each cluster, or each province, drawn as one circle at its
 * firms' mean place on the Korea outline, with its internal links as rings and the links between
 * groups as curved arcs per link type. {@code SuperMapGeometry} computes the drawing without a
 * window, {@code CircleSpacing} drawing apart circles that would hide the arcs between them and
 * {@code ArcFigures} placing the optional link counts on the arcs; {@code SuperMapViewModel} holds
 * the mode and the figures; {@code SuperMapView} draws.
 */
package org.supracluster.ui.supermap;
