/**
 * The cluster scheme: the chooser above the filter panel (default, stored, from coordinates,
 * detected communities) and the editor dialog that assigns provinces to clusters and saves the
 * scheme in the open database.
 */
package org.supracluster.ui.scheme;
