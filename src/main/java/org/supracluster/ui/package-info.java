/**
 * JavaFX views and view models, one subpackage per feature. Uses everything except {@code cli}.
 *
 * <p>Here too the kernel every feature shares: {@link org.supracluster.ui.I18n}, the one way to
 * run background work ({@link org.supracluster.ui.UiTasks}, shown in the status bar's {@link
 * org.supracluster.ui.BackgroundWork}) and to tell the user something ({@link
 * org.supracluster.ui.Notices}), and the explorer's view model.
 */
package org.supracluster.ui;
