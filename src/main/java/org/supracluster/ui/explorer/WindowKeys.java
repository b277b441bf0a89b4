package org.supracluster.ui.explorer;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.supracluster.ui.history.HistoryViewModel;
import org.supracluster.ui.map.MapView;
import org.supracluster.ui.supermap.SuperMapViewModel;

/** The explorer window's own shortcuts (the menus carry theirs): redo, zoom, layout, super-clusters, search. */
final class WindowKeys {

    private WindowKeys() {
    }

    static Shortcuts table(HistoryViewModel history, MapView map, SuperMapViewModel superModel, ExplorerToolBar tools) {
        Shortcuts s = new Shortcuts();
        s.accelerator(Shortcuts.shortcut(KeyCode.Z, KeyCombination.SHIFT_DOWN), "menu.edit.redo", history::redo);
        // Map zoom from anywhere in the window, as in browsers and image viewers.
        for (KeyCode in : new KeyCode[] {KeyCode.EQUALS, KeyCode.ADD}) {
            s.accelerator(Shortcuts.shortcut(in), "shortcut.zoomIn", () -> map.zoomBy(0.8));
        }
        for (KeyCode out : new KeyCode[] {KeyCode.MINUS, KeyCode.SUBTRACT}) {
            s.accelerator(Shortcuts.shortcut(out), "shortcut.zoomOut", () -> map.zoomBy(1 / 0.8));
        }
        return s.accelerator(Shortcuts.shortcut(KeyCode.DIGIT0), "shortcut.resetView", map::resetCamera)
                .accelerator(Shortcuts.shortcut(KeyCode.L), "shortcut.layout", tools.layoutSwitch()::toggle)
                .accelerator(Shortcuts.shortcut(KeyCode.K), "shortcut.superMap", superModel::toggle)
                .accelerator(Shortcuts.shortcut(KeyCode.F), "shortcut.search", tools.search()::focusToType);
    }
}
