package org.supracluster.ui.presenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.supracluster.ui.I18n;
import org.supracluster.ui.map.DarkTheme;

/**
 * Presenter mode on a window whose centre holds the map: entering hides the top, left and bottom
 * panels (hidden, not removed, so the menu's shortcuts keep working), moves the map area out of
 * its split panes into a pane of its own under a large title and subtitle, and makes the window
 * full screen; leaving puts everything back where it was, divider positions included.
 */
public final class PresenterView {

    public static final String PANE_ID = "presenter";
    public static final String TITLE_ID = "presenter-title";
    public static final String SUBTITLE_ID = "presenter-subtitle";
    public static final String EDIT_ID = "presenter-edit";
    public static final String THEME_ID = "presenter-theme";
    /** Id of the scene counter in the header. */
    public static final String SCENE_ID = "presenter-scene";

    private final PresenterViewModel model;
    private final BorderPane window;
    private final Node mapArea;
    private final Consumer<PresenterViewModel> restyle;
    private final BorderPane pane = new BorderPane();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final ToggleButton dark = new ToggleButton();
    /** "Scene 2 of 3 · name", like a slide number. */
    private final Label scene = new Label();
    private final HBox header;
    private final I18n.Subscription language;
    private Saved saved;

    /** What presenter mode changed, to put back. */
    private record Saved(Node centre, SplitPane split, int mapIndex, List<SplitPane> splits, List<double[]> dividers,
            List<Node> hidden) { }

    private final javafx.beans.value.ChangeListener<Boolean> fullScreenListener = (o, was, now) -> {
        if (!now) {
            leaveMode(); // the window left full screen by itself (Esc seen by the window system)
        }
    };

    private void leaveMode() {
        model.leave();
    }

    /**
     * @param window the explorer window's root
     * @param mapArea the node showing the map (or the super-cluster map), inside split panes
     * @param restyle applies the theme and presenter look to the map; called with the model
     */
    public PresenterView(PresenterViewModel model, BorderPane window, Node mapArea, Consumer<PresenterViewModel> restyle) {
        this.model = Objects.requireNonNull(model, "model");
        this.window = Objects.requireNonNull(window, "window");
        this.mapArea = Objects.requireNonNull(mapArea, "mapArea");
        this.restyle = Objects.requireNonNull(restyle, "restyle");
        pane.setId(PANE_ID);
        title.setId(TITLE_ID);
        subtitle.setId(SUBTITLE_ID);
        dark.setId(THEME_ID);
        title.textProperty().bind(model.titleProperty());
        subtitle.textProperty().bind(model.subtitleProperty());
        title.setWrapText(true);
        subtitle.setWrapText(true);
        VBox words = new VBox(2, title, subtitle);
        HBox.setHgrow(words, Priority.ALWAYS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.SOMETIMES);
        scene.setId(SCENE_ID);
        scene.textProperty().bind(model.sceneProperty());
        scene.setMinWidth(Region.USE_PREF_SIZE);
        header = new HBox(12, words, gap, scene, dark);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(14, 24, 10, 24));
        pane.setTop(header);
        title.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editInPlace(title, true);
            }
        });
        subtitle.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editInPlace(subtitle, false);
            }
        });
        dark.selectedProperty().addListener((o, was, now) ->
                model.themeProperty().set(now ? PresenterViewModel.Theme.DARK : PresenterViewModel.Theme.LIGHT));
        model.themeProperty().addListener((o, was, now) -> {
            dark.setSelected(now == PresenterViewModel.Theme.DARK);
            style();
        });
        model.activeProperty().addListener((o, was, now) -> {
            if (now) {
                enter();
            } else {
                leave();
            }
        });
        texts();
        style();
        language = I18n.addListener(l -> texts());
    }

    private void texts() {
        dark.setText(I18n.get("presenter.dark"));
        dark.setTooltip(new javafx.scene.control.Tooltip(I18n.get("presenter.dark.tooltip")));
        title.setTooltip(new javafx.scene.control.Tooltip(I18n.get("presenter.edit.tooltip")));
        subtitle.setTooltip(new javafx.scene.control.Tooltip(I18n.get("presenter.edit.tooltip")));
    }

    private void style() {
        boolean isDark = model.themeProperty().get() == PresenterViewModel.Theme.DARK;
        String text = isDark ? DarkTheme.TEXT : "#1f1f1f";
        header.setStyle("-fx-background-color: " + (isDark ? DarkTheme.SEA : "#fbfaf6") + ";");
        title.setStyle("-fx-font-size: 34px; -fx-font-weight: bold; -fx-text-fill: " + text + ";");
        subtitle.setStyle("-fx-font-size: 20px; -fx-text-fill: " + (isDark ? DarkTheme.MUTED_TEXT : "#555555") + ";");
        scene.setStyle("-fx-font-size: 16px; -fx-text-fill: " + (isDark ? "#8a93a0" : "#777777") + ";");
        pane.setStyle("-fx-background-color: " + (isDark ? DarkTheme.SEA : "#fbfaf6") + ";");
        if (model.isActive()) {
            restyle.accept(model);
        }
    }

    /** Double-click: a text field over the label; Enter or leaving it keeps the text, Esc does not. */
    private void editInPlace(Label label, boolean isTitle) {
        TextField field = new TextField(label.getText());
        field.setId(EDIT_ID);
        field.setStyle(label.getStyle().replaceAll("-fx-text-fill: [^;]*;", ""));
        VBox words = (VBox) label.getParent();
        int at = words.getChildren().indexOf(label);
        boolean[] done = {false};
        Runnable close = () -> {
            if (!done[0]) {
                done[0] = true;
                words.getChildren().set(at, label);
            }
        };
        field.setOnAction(e -> {
            commit(field.getText(), isTitle);
            close.run();
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && !done[0]) {
                commit(field.getText(), isTitle);
                close.run();
            }
        });
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume(); // cancels the edit, not presenter mode
                close.run();
            }
        });
        words.getChildren().set(at, field);
        field.requestFocus();
        field.selectAll();
    }

    private void commit(String text, boolean isTitle) {
        if (isTitle) {
            model.editTitle(text, defaultTitle);
        } else {
            model.editSubtitle(text, defaultSubtitle);
        }
    }

    private String defaultTitle = "";
    private String defaultSubtitle = "";

    /** The title shown unless the presenter wrote one. */
    public void setDefaultTitle(String text) {
        defaultTitle = text;
        model.setDefaultTitle(text);
    }

    /** The subtitle shown unless the presenter wrote one. */
    public void setDefaultSubtitle(String text) {
        defaultSubtitle = text;
        model.setDefaultSubtitle(text);
    }

    private void enter() {
        if (saved != null) {
            return;
        }
        List<SplitPane> splits = new ArrayList<>();
        List<double[]> dividers = new ArrayList<>();
        SplitPane split = null;
        for (Node n = mapArea.getParent(); n != null && n != window; n = n.getParent()) {
            if (n instanceof SplitPane sp) {
                splits.add(sp);
                dividers.add(sp.getDividerPositions());
                if (split == null && sp.getItems().contains(mapArea)) {
                    split = sp;
                }
            }
        }
        if (split == null) {
            throw new IllegalStateException("presenter mode expects the map inside a split pane");
        }
        List<Node> hidden = new ArrayList<>();
        for (Node n : new Node[] {window.getTop(), window.getLeft(), window.getBottom(), window.getRight()}) {
            if (n != null && n.isVisible()) {
                hidden.add(n);
                n.setVisible(false);
                n.setManaged(false);
            }
        }
        saved = new Saved(window.getCenter(), split, split.getItems().indexOf(mapArea), splits, dividers, hidden);
        split.getItems().remove(mapArea);
        pane.setCenter(mapArea);
        window.setCenter(pane);
        restyle.accept(model);
        if (window.getScene() != null && window.getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreenExitHint(I18n.get("presenter.exitHint"));
            stage.setFullScreen(true);
            stage.fullScreenProperty().addListener(fullScreenListener);
        }
    }

    private void leave() {
        if (saved == null) {
            return;
        }
        Saved s = saved;
        saved = null;
        if (window.getScene() != null && window.getScene().getWindow() instanceof Stage stage) {
            stage.fullScreenProperty().removeListener(fullScreenListener);
            stage.setFullScreen(false);
        }
        pane.setCenter(null);
        SplitPane split = s.split();
        split.getItems().add(Math.min(s.mapIndex(), split.getItems().size()), mapArea);
        window.setCenter(s.centre());
        for (Node n : s.hidden()) {
            n.setManaged(true);
            n.setVisible(true);
        }
        for (int i = 0; i < s.splits().size(); i++) {
            s.splits().get(i).setDividerPositions(s.dividers().get(i));
        }
        restyle.accept(model);
    }

    /** Stops following the language. */
    public void dispose() {
        language.close();
    }
}
