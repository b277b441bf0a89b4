package org.supracluster.ui.scheme;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.supracluster.analysis.DerivedSchemes;
import org.supracluster.model.ClusterScheme;
import org.supracluster.ui.I18n;
import org.supracluster.ui.Notices;
import org.supracluster.ui.UiTasks;
import org.supracluster.ui.filter.FilterView;

/**
 * The scheme chooser above the filter panel: a list of the schemes (default, stored, from
 * coordinates with K beside it, detected communities with the unweighted toggle and, once shown,
 * their weighted or unweighted modularity Q) and "Edit scheme…". Choosing an entry
 * computes its scheme in the background (shown in the status bar, where Cancel stops it) and
 * hands it to {@code show}, which rebuilds the window under it; a new bar then shows the new
 * choice. Built in code; binds to a {@link SchemeChooserViewModel}.
 */
public final class SchemeBar extends VBox {

    /** Ids, so tests find the controls. */
    public static final String CHOICE_ID = "scheme-choice";
    public static final String K_ID = "scheme-k";
    public static final String EDIT_ID = "scheme-edit";
    public static final String UNWEIGHTED_ID = "scheme-unweighted";
    public static final String MODULARITY_ID = "scheme-modularity";

    private final SchemeChooserViewModel model;
    private final UiTasks tasks;
    private final Consumer<ClusterScheme> show;
    private final Label title = new Label();
    private final ComboBox<SchemeChoice> choice = new ComboBox<>();
    private final Label kLabel = new Label();
    private final Spinner<Integer> k = new Spinner<>();
    private final Button edit = new Button();
    private final CheckBox unweighted = new CheckBox();
    private final Label modularity = new Label();
    /** Q of the communities shown, once computed; NaN before and for any other scheme. */
    private double q = Double.NaN;
    private final HBox kRow;
    private List<String> storedNames = List.of();
    /** True while the list is set from the model, so the change is not taken as the user's choice. */
    private boolean syncing;
    private UiTasks.Run<ClusterScheme> running;
    /** Counts the requests, so that only the newest one's cancellation puts the list back. */
    private long requests;
    private I18n.Subscription languageSubscription;

    /**
     * @param tasks computes the schemes, shown in the status bar (and saves them, in the editor)
     * @param show shows the window under a scheme (the workspace's {@code showScheme})
     */
    public SchemeBar(SchemeChooserViewModel model, UiTasks tasks, Consumer<ClusterScheme> show) {
        this.model = Objects.requireNonNull(model, "model");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.show = Objects.requireNonNull(show, "show");
        this.kRow = new HBox(6);
        createView();
        initListeners();
        texts();
        loadStoredNames();
        loadModularity();
    }

    private void createView() {
        title.setStyle("-fx-font-weight: bold;");
        title.getStyleClass().add(FilterView.SECTION_STYLE_CLASS);
        choice.setId(CHOICE_ID);
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setItems(model.choices());
        choice.setValue(model.activeChoice());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(SchemeChoice c) {
                return c == null ? "" : label(c);
            }

            @Override
            public SchemeChoice fromString(String s) {
                return null;
            }
        });
        k.setId(K_ID);
        k.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(DerivedSchemes.K_MIN,
                DerivedSchemes.K_MAX, model.kProperty().get()));
        k.setEditable(true);
        k.setPrefWidth(80);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        kRow.getChildren().setAll(kLabel, gap, k);
        kRow.setAlignment(Pos.CENTER_LEFT);
        kRow.visibleProperty().bind(choice.valueProperty().isEqualTo(SchemeChoice.GEO));
        kRow.managedProperty().bind(kRow.visibleProperty());
        unweighted.setId(UNWEIGHTED_ID);
        unweighted.setSelected(model.unweightedProperty().get());
        unweighted.visibleProperty().bind(choice.valueProperty().isEqualTo(SchemeChoice.COMMUNITIES));
        unweighted.managedProperty().bind(unweighted.visibleProperty());
        modularity.setId(MODULARITY_ID);
        modularity.setVisible(false);
        modularity.managedProperty().bind(modularity.visibleProperty());
        edit.setId(EDIT_ID);
        edit.setMaxWidth(Double.MAX_VALUE);
        edit.setDisable(model.database().isEmpty());
        getChildren().setAll(title, choice, kRow, unweighted, modularity, edit);
        setSpacing(6);
        setPadding(new Insets(10, 10, 8, 10));
        setPrefWidth(FilterView.PREF_WIDTH);
        setFillWidth(true);
    }

    private void initListeners() {
        choice.valueProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                request(now);
            }
        });
        k.valueProperty().addListener((o, was, now) -> {
            model.kProperty().set(now);
            redrawChoices();
            if (choice.getValue() == SchemeChoice.GEO) {
                request(SchemeChoice.GEO);
            }
        });
        unweighted.selectedProperty().addListener((o, was, now) -> {
            model.unweightedProperty().set(now);
            if (!syncing && choice.getValue() == SchemeChoice.COMMUNITIES) {
                request(SchemeChoice.COMMUNITIES);
            }
        });
        edit.setOnAction(e -> openEditor());
        // Follow language switches while in a window; a rebuilt window drops this bar.
        sceneProperty().addListener((o, was, now) -> {
            if (now != null && languageSubscription == null) {
                languageSubscription = I18n.addListener(l -> texts());
            } else if (now == null && languageSubscription != null) {
                languageSubscription.close();
                languageSubscription = null;
            }
        });
    }

    private String label(SchemeChoice c) {
        return switch (c.kind()) {
            case GEO -> I18n.format("scheme.choice.geo", model.kProperty().get());
            case COMMUNITIES -> I18n.get("scheme.choice.communities");
            default -> c.isDefault() ? I18n.get("scheme.choice.default") : c.name();
        };
    }

    private void texts() {
        title.setText(I18n.get("scheme.title"));
        kLabel.setText(I18n.get("scheme.k"));
        edit.setText(I18n.get("scheme.edit"));
        edit.setTooltip(new Tooltip(I18n.get(model.database().isEmpty() ? "scheme.edit.noDatabase" : "scheme.edit.tip")));
        choice.setTooltip(new Tooltip(I18n.get("scheme.choice.tip")));
        unweighted.setText(I18n.get("scheme.unweighted"));
        unweighted.setTooltip(new Tooltip(I18n.get("scheme.unweighted.tip")));
        if (!Double.isNaN(q)) {
            modularity.setText(I18n.format(model.isWeightedCommunities() ? "scheme.modularity.weighted"
                    : "scheme.modularity.unweighted", q));
        }
        redrawChoices();
    }

    /** The list shows its entries through the converter: make it draw them again. */
    private void redrawChoices() {
        syncing = true;
        try {
            SchemeChoice chosen = choice.getValue();
            choice.setItems(null);
            choice.setItems(model.choices());
            choice.setValue(chosen);
        } finally {
            syncing = false;
        }
    }

    /** Reads the stored names off the JavaFX thread; the list shows them when they arrive. */
    private void loadStoredNames() {
        if (model.database().isEmpty()) {
            return;
        }
        tasks.task(work -> model.loadStoredNames()).onSuccess(names -> {
            storedNames = names;
            syncing = true;
            try {
                SchemeChoice chosen = choice.getValue();
                model.setStoredNames(storedNames);
                choice.setValue(chosen);
            } finally {
                syncing = false;
            }
        }).onFailure(t -> {
            // A failure here (logged) leaves the default and the derived entries, which need no stored names.
        }).start();
    }

    /**
     * The modularity of the communities shown, computed off the JavaFX thread (it reads every
     * link) and shown below the list, named weighted or unweighted as they were found.
     */
    private void loadModularity() {
        if (!DerivedSchemes.isCommunitiesName(model.active().name())) {
            return;
        }
        tasks.task(work -> model.modularity()).onSuccess(value -> {
            q = value.orElse(Double.NaN);
            modularity.setVisible(value.isPresent());
            texts();
        }).onFailure(t -> {
            // Logged; the bar works without the figure.
        }).start();
    }

    /** Computes the chosen entry's scheme in the background and shows it, unless it is shown already. */
    private void request(SchemeChoice c) {
        int kValue = model.kProperty().get();
        boolean weighted = !model.unweightedProperty().get();
        long mine = ++requests; // first, so that the previous one's cancellation does not put the list back
        UiTasks.Run<ClusterScheme> previous = running;
        running = null;
        if (previous != null) {
            previous.cancel();
        }
        if (model.isShown(c, kValue)) {
            return;
        }
        running = tasks.task(work -> model.compute(c, kValue, weighted, work))
                .shownAs(c.kind() == SchemeChoice.Kind.STORED ? "work.schemeLoad" : "work.schemeDerive")
                .onSuccess(scheme -> {
                    running = null;
                    show.accept(scheme);
                })
                .onCancelled(() -> {
                    if (requests == mine) {
                        running = null;
                        showActive();
                    }
                })
                .onFailure(t -> {
                    running = null;
                    showActive();
                    tasks.notices().error(I18n.format("scheme.error.compute", label(c)), Notices.reason(t));
                })
                .start();
    }

    /** Back to the entry of the scheme shown (after a failure or Cancel). */
    private void showActive() {
        syncing = true;
        try {
            choice.setValue(model.activeChoice());
            if (model.activeChoice() == SchemeChoice.COMMUNITIES) {
                unweighted.setSelected(!model.isWeightedCommunities());
            }
        } finally {
            syncing = false;
        }
    }

    private void openEditor() {
        if (model.database().isEmpty()) {
            return;
        }
        SchemeEditorViewModel editor = new SchemeEditorViewModel(model.active(), model.network(), storedNames);
        SchemeEditorDialog dialog = new SchemeEditorDialog(editor, model.database().get(), tasks);
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                show.accept(dialog.getResult());
            }
        });
        dialog.show();
    }

    /** The list of schemes, for tests and screenshots. */
    public ComboBox<SchemeChoice> choice() {
        return choice;
    }

    /** The "unweighted" toggle of the communities, for tests. */
    public CheckBox unweighted() {
        return unweighted;
    }

    /** The modularity of the communities shown, for tests. */
    public Label modularity() {
        return modularity;
    }
}
