package org.supracluster.ui.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * A file choice for tests where the user cancels every question; a test overrides the one
 * question it answers (the report file, the image target, a table's CSV file).
 */
public class NoFileChoice implements FileChoice {

    @Override
    public Optional<Path> database(Window owner) {
        return Optional.empty();
    }

    @Override
    public List<Path> importFiles(Window owner) {
        return List.of();
    }

    @Override
    public Optional<ExportTarget> exportTarget(Window owner, String suggestedName) {
        return Optional.empty();
    }
}
