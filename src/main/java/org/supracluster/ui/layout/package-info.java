/**
 * The explorer's "Network" layout: firms placed by their links instead of by geography.
 *
 * <p>{@link org.supracluster.ui.layout.ForceAtlas2} (with its
 * {@link org.supracluster.ui.layout.BarnesHutTree}, its forces in {@code Fa2Forces}, its motion in
 * {@code LayoutMotion} and the names kept apart in {@code LabelBoxes}) is the computation, plain
 * Java and tested without a window; {@link org.supracluster.ui.layout.LayoutOptions} are the user's
 * choices (LinLog, prevent overlap) and {@link org.supracluster.ui.layout.FirmFootprint} what each
 * firm takes up on screen; {@link org.supracluster.ui.layout.NetworkLayout} feeds it a view's links and
 * maps the result back to firms as {@link org.supracluster.ui.layout.LayoutPositions};
 * {@link org.supracluster.ui.layout.NetworkLayoutModel} holds the chosen layout (map or network),
 * runs the computation in a background task with progress and stop, and publishes the positions
 * that the map view draws. The layout lives in {@code ui}, not {@code analysis}: it is a way of
 * drawing, not a figure of the study.
 */
package org.supracluster.ui.layout;
