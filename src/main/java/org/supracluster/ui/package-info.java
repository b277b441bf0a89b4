/** JavaFX views and view models, one subpackage per feature. Uses everything except {@code cli}. */
package org.supracluster.ui;
