/**
 * Copy and CSV export of the tables the explorer shows (cluster roles, firms, the inter-cluster
 * matrix, the import report's problems), as Gephi's Data Laboratory and Cytoscape's table panel
 * offer them. {@link org.supracluster.ui.tables.TableSnapshot} takes the values a table shows
 * (visible columns in their order, rows in their sorted and filtered order) on the JavaFX thread;
 * {@link org.supracluster.ui.tables.TableCsv} writes them as a spreadsheet-safe CSV or as
 * tab-separated text for the clipboard, on any thread;
 * {@link org.supracluster.ui.tables.TableActions} puts "Copy" and "Export as CSV…" on a table's
 * context menu and runs the export in the background.
 */
package org.supracluster.ui.tables;
