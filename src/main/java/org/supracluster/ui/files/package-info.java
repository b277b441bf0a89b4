/**
 * The File and Help menus: creating and opening databases (with the list of recent files),
 * importing files (chosen, or dropped on the window) through the import dialog ({@link
 * org.supracluster.ui.files.ImportDialog} over {@link org.supracluster.ui.files.ImportDialogViewModel}:
 * each file's kind, encoding, sheet and column mapping with a preview, a check that stores nothing,
 * the import, the unmatched names with their "did you mean" accepted as aliases), exporting the current view as
 * GraphML, GEXF or CSV, the map as an image, the HTML report and the analysis tables of the current
 * view (as the command line's {@code report} and {@code analyze --out}), and the About dialog.
 *
 * <p>The work behind each command lives in classes without a {@code Node} ({@link
 * org.supracluster.ui.files.RecentFiles}, {@link org.supracluster.ui.files.DatabaseImport},
 * {@link org.supracluster.ui.files.ViewExport}, {@link org.supracluster.ui.files.ReportExport},
 * {@link org.supracluster.ui.files.AcceptedAliases}),
 * tested without a window. {@link org.supracluster.ui.files.FileCommandsViewModel} holds the
 * commands (open, new, import, export, report), runs that work through {@link
 * org.supracluster.ui.UiTasks} and tells the outcome through {@link org.supracluster.ui.Notices};
 * it sees no window and is tested without one. {@link org.supracluster.ui.files.FileMenu} only
 * builds the menus and binds them to it.
 * File choosing goes through {@link org.supracluster.ui.files.FileChoice}, so tests never open a
 * native dialog, and the recent list through {@link org.supracluster.ui.files.RecentFilesStore},
 * so tests never touch the user's own list.
 */
package org.supracluster.ui.files;
