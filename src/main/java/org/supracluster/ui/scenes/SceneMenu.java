package org.supracluster.ui.scenes;

import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.supracluster.model.Scene;
import org.supracluster.ui.I18n;
import org.supracluster.ui.Notices;

/**
 * The Scenes menu: "Save scene…" (Ctrl+S asks a name), next and previous, the saved scenes to
 * jump to, and "Delete scene…".
 */
public final class SceneMenu {

    public static final String MENU_ID = "menu-scenes";

    private final SceneViewModel scenes;
    private final Node owner;
    private final Notices notices;
    private final Menu menu = new Menu();
    private final MenuItem save = new MenuItem();
    private final MenuItem next = new MenuItem();
    private final MenuItem previous = new MenuItem();
    private final MenuItem delete = new MenuItem();
    private final I18n.Subscription language;

    /**
     * @param owner the node whose window owns the dialogs asking a name
     * @param notices says why a scene could not be saved or deleted
     */
    public SceneMenu(SceneViewModel scenes, Node owner, Notices notices) {
        this.scenes = scenes;
        this.owner = owner;
        this.notices = java.util.Objects.requireNonNull(notices, "notices");
        menu.setId(MENU_ID);
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> askAndSave());
        // Page Up/Down are no accelerators: the window handles them only when no text field has focus.
        next.setOnAction(e -> scenes.next());
        previous.setOnAction(e -> scenes.previous());
        delete.setOnAction(e -> askAndDelete());
        scenes.scenes().addListener((ListChangeListener<Scene>) c -> rebuild());
        scenes.currentProperty().addListener((o, was, now) -> rebuild());
        language = I18n.addListener(locale -> updateTexts());
        updateTexts();
    }

    public Menu menu() {
        return menu;
    }

    /** Stops following the language (the window shows another view). */
    public void dispose() {
        language.close();
    }

    /** Words the menu in the current language (it follows the language by itself). */
    private void updateTexts() {
        menu.setText(I18n.get("menu.scenes"));
        save.setText(I18n.get("menu.scenes.save"));
        next.setText(I18n.get("menu.scenes.next"));
        previous.setText(I18n.get("menu.scenes.previous"));
        delete.setText(I18n.get("menu.scenes.delete"));
        rebuild();
    }

    private void rebuild() {
        menu.getItems().setAll(save, new SeparatorMenuItem(), next, previous, new SeparatorMenuItem());
        if (scenes.scenes().isEmpty()) {
            MenuItem none = new MenuItem(I18n.get("menu.scenes.none"));
            none.setDisable(true);
            menu.getItems().add(none);
        }
        for (int i = 0; i < scenes.scenes().size(); i++) {
            int index = i;
            String mark = i == scenes.currentProperty().get() ? "▶ " : "    ";
            MenuItem item = new MenuItem(mark + (i + 1) + ". " + scenes.scenes().get(i).name());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> scenes.apply(index));
            menu.getItems().add(item);
        }
        menu.getItems().addAll(new SeparatorMenuItem(), delete);
        boolean empty = scenes.scenes().isEmpty();
        next.setDisable(empty);
        previous.setDisable(empty);
        delete.setDisable(empty);
    }

    private void askAndSave() {
        int at = scenes.currentProperty().get();
        TextInputDialog dialog = new TextInputDialog(at >= 0 && at < scenes.scenes().size()
                ? scenes.scenes().get(at).name() : "");
        dialog.setTitle(I18n.get("scenes.save.title"));
        dialog.setHeaderText(I18n.get("scenes.save.header"));
        dialog.setContentText(I18n.get("scenes.save.name"));
        initOwner(dialog);
        dialog.showAndWait().ifPresent(name -> {
            if (!scenes.save(name)) {
                showProblem();
            } else {
                // Said in the status bar, so the user knows it was kept and how to come back to it.
                int i = scenes.currentProperty().get();
                int n = scenes.scenes().size();
                String saved = i >= 0 && i < n ? scenes.scenes().get(i).name() : name;
                notices.notice(() -> I18n.format("scenes.saved", saved, i + 1, n));
            }
        });
    }

    private void askAndDelete() {
        var names = scenes.scenes().stream().map(Scene::name).toList();
        if (names.isEmpty()) {
            return;
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(names.get(Math.max(0, scenes.currentProperty().get())), names);
        dialog.setTitle(I18n.get("scenes.delete.title"));
        dialog.setHeaderText(I18n.get("scenes.delete.header"));
        initOwner(dialog);
        Optional<String> chosen = dialog.showAndWait();
        chosen.ifPresent(name -> {
            if (!scenes.delete(name) && !scenes.problemProperty().get().isEmpty()) {
                showProblem();
            }
        });
    }

    private void showProblem() {
        notices.error(null, scenes.problemProperty().get());
    }

    private void initOwner(javafx.scene.control.Dialog<?> dialog) {
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
    }
}
