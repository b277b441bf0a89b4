package org.supracluster.ui.files;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Files dragged from the desktop onto a part of the window: they are offered a copy (the pointer
 * says so) and, when dropped, handed on as paths. Handlers are added, not set, so a view's own
 * drag handling (the map's) keeps working.
 */
public final class FileDrop {

    private FileDrop() {
    }

    /** Hands the files dropped on {@code target} (or on anything inside it) to {@code onFiles}. */
    public static void install(Node target, Consumer<List<Path>> onFiles) {
        Objects.requireNonNull(onFiles, "onFiles");
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            if (!files.isEmpty()) {
                e.setDropCompleted(true);
                e.consume();
                onFiles.accept(files.stream().map(File::toPath).toList());
            }
        });
    }
}
