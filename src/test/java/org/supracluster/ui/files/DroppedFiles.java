package org.supracluster.ui.files;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.nio.file.Path;
import java.security.AccessControlContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Files dropped from the desktop onto a node, as the system's drag and drop delivers them: a drag
 * over, then the drop, with a dragboard holding the files. The headless platform has no desktop
 * to drag from, so the dragboard is made here (on JavaFX's own clipboard interface).
 */
final class DroppedFiles {

    private DroppedFiles() {
    }

    /** Drags {@code files} over the middle of {@code target} and drops them there, on the JavaFX thread. */
    static void drop(Node target, List<Path> files) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Dragboard board = DragboardHelper.createDragboard(new Files(files));
            double x = target.getLayoutBounds().getWidth() / 2;
            double y = target.getLayoutBounds().getHeight() / 2;
            var screen = target.localToScreen(x, y);
            for (var type : List.of(DragEvent.DRAG_OVER, DragEvent.DRAG_DROPPED)) {
                Event.fireEvent(target, new DragEvent(type, board, x, y, screen.getX(), screen.getY(),
                        TransferMode.COPY, null, null, null));
            }
        }).get();
    }

    /** A clipboard that holds a list of files, as the desktop's does during a drag. */
    private static final class Files implements TKClipboard {
        private final List<java.io.File> files;

        Files(List<Path> paths) {
            this.files = paths.stream().map(Path::toFile).toList();
        }

        @Override
        public void setSecurityContext(AccessControlContext context) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return Set.of(DataFormat.FILES);
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... content) {
            return false;
        }

        @Override
        public Object getContent(DataFormat format) {
            return DataFormat.FILES.equals(format) ? files : null;
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return DataFormat.FILES.equals(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return EnumSet.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
