/**
 * The status bar: what is shown, the filter in words, the last notice and the background work
 * with its progress and Cancel ({@link org.supracluster.ui.status.StatusBarViewModel}, tested
 * without a window, and {@link org.supracluster.ui.status.StatusBar}, which only binds).
 */
package org.supracluster.ui.status;
