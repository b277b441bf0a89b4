/** Wiring and {@code main}: may use every other package. */
package org.supracluster.app;
