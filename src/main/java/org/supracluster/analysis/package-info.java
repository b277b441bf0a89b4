/**
 * Metrics and roles computed from a network view; pure Java, depending on {@code model} only
 * (no JavaFX, no SQL).
 */
package org.supracluster.analysis;
