package org.supracluster.ui.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * File dialogs that give the answers a test set beforehand: null (or an empty list) is the user
 * cancelling. Counts how often the user was asked to start a new database instead of importing
 * into the sample.
 */
public class AnsweringFileChoice extends NoFileChoice {

    /** The database to open. */
    public Path openAnswer;
    /** The files to import. */
    public List<Path> importAnswer = List.of();
    /** The new database's file. */
    public Path newAnswer;
    /** Where to export the view. */
    public ExportTarget exportAnswer;
    /** Whether the user starts a new database when importing while the sample is open. */
    public boolean startNew;
    /** How often that was asked. */
    public int askedAboutSample;

    @Override
    public Optional<Path> database() {
        return Optional.ofNullable(openAnswer);
    }

    @Override
    public List<Path> importFiles() {
        return importAnswer;
    }

    @Override
    public Optional<ExportTarget> exportTarget(String suggestedName) {
        return Optional.ofNullable(exportAnswer);
    }

    @Override
    public Optional<Path> newDatabase() {
        return Optional.ofNullable(newAnswer);
    }

    @Override
    public boolean startNewDatabaseForImport() {
        askedAboutSample++;
        return startNew;
    }
}
