/** The command-line commands (picocli). Uses everything except {@code ui}. */
package org.supracluster.cli;
