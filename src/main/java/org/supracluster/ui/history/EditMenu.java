package org.supracluster.ui.history;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.supracluster.ui.I18n;

/**
 * The Edit menu: Undo (Ctrl+Z) and Redo (Ctrl+Y) of filter, selection and camera, each enabled
 * while there is something to undo or redo. Only binds to its {@link HistoryViewModel}.
 */
public final class EditMenu {

    /** The menu's id, so tests find it. */
    public static final String EDIT_MENU_ID = "menu-edit";

    private final Menu menu = new Menu();
    private final MenuItem undo = new MenuItem();
    private final MenuItem redo = new MenuItem();
    private final I18n.Subscription language;

    public EditMenu(HistoryViewModel history) {
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));
        undo.setOnAction(e -> history.undo());
        redo.setOnAction(e -> history.redo());
        undo.disableProperty().bind(history.canUndoProperty().not());
        redo.disableProperty().bind(history.canRedoProperty().not());
        menu.setId(EDIT_MENU_ID);
        menu.getItems().setAll(undo, redo);
        language = I18n.addListener(locale -> texts());
        texts();
    }

    public Menu menu() {
        return menu;
    }

    private void texts() {
        menu.setText(I18n.get("menu.edit"));
        undo.setText(I18n.get("menu.edit.undo"));
        redo.setText(I18n.get("menu.edit.redo"));
    }

    /** Stops following the language. */
    public void dispose() {
        language.close();
    }
}
