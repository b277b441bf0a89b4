package org.supracluster.ui.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How the File menu asks the user for files, like JabRef's {@code DialogService}: the caller never
 * sees a window (the dialogs belong to the one the user is working in). The program uses
 * {@link FxFileChoice} (the system's file dialogs); tests give answers of their own, so no native
 * dialog ever opens in a test.
 */
public interface FileChoice {

    /** A database file to open, or empty when the user cancelled. */
    Optional<Path> database();

    /** Files to import (CSV, Excel .xlsx, GraphML, GEXF), or an empty list when the user cancelled. */
    List<Path> importFiles();

    /**
     * Where and how to export the current view, or empty when the user cancelled.
     *
     * @param suggestedName a file name to start from, without extension
     */
    Optional<ExportTarget> exportTarget(String suggestedName);

    /**
     * A chosen export.
     *
     * @param location the file (GraphML, GEXF) or the folder that receives firms.csv and links.csv (CSV)
     */
    record ExportTarget(Path location, ExportFormat format) { }

    /**
     * How and where to export a picture of the map, or empty when the user cancelled. The default
     * answers "cancelled", so choices that have no picture export need not implement it.
     *
     * @param suggestedName a file name to start from, without extension
     * @param defaultTitle the title to offer
     * @param defaultSubtitle the subtitle to offer
     * @param dark whether to offer the dark colours first (the theme on screen)
     */
    default Optional<ImageTarget> imageTarget(String suggestedName, String defaultTitle, String defaultSubtitle,
                                              boolean dark) {
        return Optional.empty();
    }

    /**
     * Where to write a table as CSV (a table's "Export as CSV…"), or empty when the user
     * cancelled. The default answers "cancelled", so choices that offer no table export need not
     * implement it.
     *
     * @param suggestedName a file name to start from, without extension ("firms")
     */
    default Optional<Path> csvFile(String suggestedName) {
        return Optional.empty();
    }

    /**
     * A chosen picture export.
     *
     * @param location the file, with the format's extension
     * @param scale 1, 2 or 4 (PNG pixels per screen pixel; ignored for SVG)
     * @param dark the dark theme's colours (presenter mode's), whatever the screen shows
     */
    record ImageTarget(Path location, ImageExport.Format format, int scale, String title, String subtitle,
                       boolean dark) {
        public ImageTarget {
            if (scale != 1 && scale != 2 && scale != 4) {
                throw new IllegalArgumentException("scale must be 1, 2 or 4: " + scale);
            }
            title = title == null ? "" : title;
            subtitle = subtitle == null ? "" : subtitle;
        }
    }

    /**
     * The HTML file to write the report into, or empty when the user cancelled. The default
     * answers "cancelled", so choices that have no report export need not implement it.
     *
     * @param suggestedName a file name to start from, with its extension
     */
    default Optional<Path> reportFile(String suggestedName) {
        return Optional.empty();
    }

    /**
     * A new database file to create (it does not exist yet), or empty when the user cancelled.
     * The default answers "cancelled", so choices that create no database need not implement it.
     */
    default Optional<Path> newDatabase() {
        return Optional.empty();
    }

    /**
     * Asks, with the synthetic sample open, whether to start a new database for the files to
     * import (yes) or not to import (no): a user's data never lands among invented firms by
     * accident. The default answers no.
     */
    default boolean startNewDatabaseForImport() {
        return false;
    }

    /** The folder the last dialog was answered in, which the next one starts in; empty before any. */
    default Optional<Path> lastFolder() {
        return Optional.empty();
    }

    /** Makes the next dialog start in {@code folder} (the one remembered from the last run). */
    default void startIn(Path folder) {
    }

    /** The folder to write the analysis tables into, or empty when the user cancelled. */
    default Optional<Path> tablesFolder() {
        return Optional.empty();
    }
}
