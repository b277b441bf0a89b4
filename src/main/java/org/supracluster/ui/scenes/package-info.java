/** Presenter scenes: named states of the explorer, stored in the database and stepped through like slides. */
package org.supracluster.ui.scenes;
