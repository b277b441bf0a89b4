package org.supracluster.ui.explorer;

import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import org.supracluster.ui.I18n;
import org.supracluster.ui.map.MapView;
import org.supracluster.ui.presenter.PresenterView;
import org.supracluster.ui.presenter.PresenterViewModel;
import org.supracluster.ui.scenes.SceneViewModel;
import org.supracluster.ui.supermap.SuperMapView;

/**
 * Presenter mode wired to the rest of the window: the maps restyled for it (light or dark, with
 * the circle-size legend), its header's "Scene 2 of 3 · name", and its keys: F5 enters or leaves
 * it, Esc leaves it, T switches its theme; Page Down / Page Up step through the scenes, in
 * presenter mode Right / Left too (outside it the arrows pan the map). Not while typing: a text
 * field keeps its keys.
 */
final class Presentation {

    private final PresenterViewModel model;
    private final SceneViewModel scenes;
    private final BorderPane window;
    private final PresenterView view;
    private final I18n.Subscription language;

    /**
     * @param sizeLegend the map legend's "Circle size: …" for the metric the circles are sized by
     */
    Presentation(PresenterViewModel model, SceneViewModel scenes, BorderPane window, Node mapArea, MapView map,
                 SuperMapView superMap, Supplier<String> sizeLegend) {
        this.model = model;
        this.scenes = scenes;
        this.window = window;
        view = new PresenterView(model, window, mapArea, p -> {
            boolean on = p.isActive();
            boolean dark = on && p.themeProperty().get() == PresenterViewModel.Theme.DARK;
            map.setPresentation(on, dark);
            superMap.setPresentation(on, dark);
            map.setSizeMeaning(on ? sizeLegend.get() : "");
        });
        view.setDefaultTitle(I18n.get("app.title"));
        scenes.currentProperty().addListener((o, was, now) -> sceneCounter());
        scenes.scenes().addListener((javafx.collections.ListChangeListener<org.supracluster.model.Scene>) c ->
                sceneCounter());
        language = I18n.addListener(locale -> {
            view.setDefaultTitle(I18n.get("app.title"));
            sceneCounter();
        });
    }

    /** Adds presenter mode's and the scenes' keys to {@code keys}. */
    void addKeys(Shortcuts keys) {
        keys.key(new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHIFT_ANY), "shortcut.nextScene",
                        this::stepping, scenes::next)
                .key(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHIFT_ANY), "shortcut.nextScene",
                        () -> model.isActive() && stepping(), scenes::next)
                .key(new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHIFT_ANY), "shortcut.previousScene",
                        this::stepping, scenes::previous)
                .key(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHIFT_ANY), "shortcut.previousScene",
                        () -> model.isActive() && stepping(), scenes::previous)
                .key(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_ANY, KeyCombination.ALT_ANY),
                        "shortcut.presenter", () -> true, model::toggle)
                .key(new KeyCodeCombination(KeyCode.ESCAPE, KeyCombination.SHIFT_ANY, KeyCombination.ALT_ANY),
                        "shortcut.presenterLeave", model::isActive, model::leave)
                .key(new KeyCodeCombination(KeyCode.T, KeyCombination.SHIFT_ANY), "shortcut.presenterTheme",
                        () -> model.isActive() && !typing(), model::toggleTheme);
    }

    /** Whether the scene keys act: there are scenes, and no text field has the keys. */
    private boolean stepping() {
        return !scenes.scenes().isEmpty() && !typing();
    }

    private boolean typing() {
        return window.getScene() == null || window.getScene().getFocusOwner() instanceof TextInputControl;
    }

    /** The presenter header's "Scene 2 of 3 · name", in the current language. */
    private void sceneCounter() {
        int i = scenes.currentProperty().get();
        int n = scenes.scenes().size();
        model.sceneProperty().set(i >= 0 && i < n
                ? I18n.format("presenter.scene", i + 1, n, scenes.scenes().get(i).name()) : "");
    }

    /**
     * Makes the subtitle the presenter shows, unless one of its own is set, follow {@code words}
     * (the status bar's filter in words, which follows the filter and the language).
     */
    void followFilter(ObservableValue<String> words) {
        words.addListener((o, was, now) -> view.setDefaultSubtitle(now));
        view.setDefaultSubtitle(words.getValue());
    }

    void dispose() {
        language.close();
        view.dispose();
    }
}
