package org.supracluster.ui.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A file choice for tests where the user cancels every question; a test overrides the one
 * question it answers (the report file, the image target, a table's CSV file).
 */
public class NoFileChoice implements FileChoice {

    @Override
    public Optional<Path> database() {
        return Optional.empty();
    }

    @Override
    public List<Path> importFiles() {
        return List.of();
    }

    @Override
    public Optional<ExportTarget> exportTarget(String suggestedName) {
        return Optional.empty();
    }
}
