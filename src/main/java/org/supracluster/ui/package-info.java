/**
 * JavaFX views and view models, one subpackage per feature. Uses everything except {@code cli}.
 *
 * <p>This package itself is the kernel every feature shares and no feature is imported by:
 * {@link org.supracluster.ui.I18n}, the one way to run background work ({@link
 * org.supracluster.ui.UiTasks}, shown in the status bar's {@link org.supracluster.ui.BackgroundWork})
 * and to tell the user something ({@link org.supracluster.ui.Notices}), the explorer's view model
 * and the filter's, which it is made of. The window is composed from the features in {@code
 * ui.explorer}, which nothing else imports.
 */
package org.supracluster.ui;
