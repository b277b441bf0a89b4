package org.supracluster.ui;

import java.nio.file.Path;
import java.util.Optional;
import org.supracluster.model.ClusterScheme;

/**
 * What the window does beyond one view: which database file is open, opening another, and
 * showing the same network under another cluster scheme. {@link ExplorerApp} implements it; the
 * view calls it from menus and dialogs, so views never build the window themselves.
 */
public interface Workspace {

    /** The open database file; empty when the network did not come from a file (tests). */
    Optional<Path> database();

    /** Opens another database file in the background and shows its network (default scheme). */
    void open(Path database);

    /**
     * Shows the open network under another scheme, keeping the filter and the selected firm.
     * The scheme is not saved here; saving is the caller's choice.
     */
    void showScheme(ClusterScheme scheme);

    /** No file behind the view: nothing to open, and a scheme change is ignored. For tests. */
    Workspace NONE = new Workspace() {
        @Override
        public Optional<Path> database() {
            return Optional.empty();
        }

        @Override
        public void open(Path database) {
        }

        @Override
        public void showScheme(ClusterScheme scheme) {
        }
    };
}
