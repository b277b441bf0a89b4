/**
 * The composition: the application ({@link org.supracluster.ui.explorer.ExplorerApp}) and the
 * explorer window's content ({@link org.supracluster.ui.explorer.ExplorerView}), which build the
 * features and wire them to each other. Only {@code app} imports this package; the features are
 * given what they need and never reach back.
 */
package org.supracluster.ui.explorer;
