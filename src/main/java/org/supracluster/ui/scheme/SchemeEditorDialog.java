package org.supracluster.ui.scheme;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.supracluster.model.ClusterScheme;
import org.supracluster.ui.I18n;
import org.supracluster.ui.Notices;
import org.supracluster.ui.UiTasks;

/**
 * The scheme editor: the scheme's name, its clusters (English and Korean names, add, remove)
 * and a cluster for each of the 17 provinces. Save writes the scheme into the database off the
 * JavaFX thread ({@link UiTasks}); the dialog closes with the saved scheme as its result, or stays
 * open with an error saying why the file could not be written (nothing is half-written: one transaction).
 * Built in code; binds to a {@link SchemeEditorViewModel}.
 */
public final class SchemeEditorDialog extends Dialog<ClusterScheme> {

    /** Ids, so tests find the controls. */
    public static final String NAME_ID = "scheme-name";
    public static final String SAVE_ID = "scheme-save";
    public static final String ADD_ID = "scheme-add-cluster";
    public static final String PROBLEM_ID = "scheme-problem";
    /** A province's cluster choice: this prefix and the ISO code ({@code scheme-region-KR-42}). */
    public static final String REGION_ID_PREFIX = "scheme-region-";
    /** A cluster's fields and remove button: these prefixes and its position from 1. */
    public static final String ENGLISH_ID_PREFIX = "scheme-cluster-en-";
    public static final String KOREAN_ID_PREFIX = "scheme-cluster-ko-";
    public static final String REMOVE_ID_PREFIX = "scheme-cluster-remove-";

    private static final double ENGLISH_WIDTH = 170;
    private static final double KOREAN_WIDTH = 120;

    private final SchemeEditorViewModel model;
    private final Path database;
    private final UiTasks tasks;
    private final ButtonType saveType;
    private final VBox clusterRows = new VBox(4);
    private final BooleanProperty saving = new SimpleBooleanProperty();

    /** @param tasks saves the scheme in the background; its notices say why saving failed */
    public SchemeEditorDialog(SchemeEditorViewModel model, Path database, UiTasks tasks) {
        this.model = Objects.requireNonNull(model, "model");
        this.database = Objects.requireNonNull(database, "database");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.saveType = new ButtonType(I18n.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        setTitle(I18n.get("scheme.editor.title"));
        setHeaderText(null);
        setResizable(true);
        getDialogPane().getButtonTypes().setAll(saveType,
                new ButtonType(I18n.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().setContent(createContent());
        getDialogPane().setPrefSize(780, 700);
        Button save = (Button) getDialogPane().lookupButton(saveType);
        save.setId(SAVE_ID);
        save.disableProperty().bind(model.validProperty().not().or(saving));
        // Saving runs in the background: the button's own closing is held back until it is done.
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save();
        });
        setResultConverter(b -> null);
    }

    private Node createContent() {
        TextField name = new TextField();
        name.setId(NAME_ID);
        name.textProperty().bindBidirectional(model.nameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox nameRow = new HBox(8, bold(I18n.get("scheme.editor.name")), name);
        nameRow.setAlignment(Pos.CENTER_LEFT);

        Label note = new Label(model.note());
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE); // in a VBox a wrapping label is squeezed to one line otherwise
        note.setVisible(!model.note().isEmpty());
        note.setManaged(note.isVisible());
        note.setStyle("-fx-background-color: #fff4d6; -fx-padding: 6; -fx-border-color: #e0c36c;");

        Button add = new Button(I18n.get("scheme.editor.addCluster"));
        add.setId(ADD_ID);
        add.setOnAction(e -> model.addCluster());
        model.clusters().addListener((ListChangeListener<SchemeEditorViewModel.ClusterRow>) ch -> {
            while (ch.next()) {
                if (ch.wasAdded() || ch.wasRemoved()) {
                    rebuildClusterRows();
                    return;
                }
            }
        });
        rebuildClusterRows();
        Label englishHeader = small(I18n.get("scheme.editor.english"));
        englishHeader.setPrefWidth(ENGLISH_WIDTH);
        Label koreanHeader = small(I18n.get("scheme.editor.korean"));
        koreanHeader.setPrefWidth(KOREAN_WIDTH);
        HBox header = new HBox(6, englishHeader, koreanHeader);
        VBox clusters = new VBox(6, bold(I18n.get("scheme.editor.clusters")), header, clusterRows, add);
        clusters.setPrefWidth(390);

        GridPane provinces = new GridPane();
        provinces.setHgap(8);
        provinces.setVgap(3);
        int row = 0;
        for (org.supracluster.model.Region r : org.supracluster.model.Region.values()) {
            ComboBox<SchemeEditorViewModel.ClusterRow> box = new ComboBox<>(model.assignable());
            box.setId(REGION_ID_PREFIX + r.iso());
            box.setCellFactory(v -> new ClusterCell());
            box.setButtonCell(new ClusterCell());
            box.valueProperty().bindBidirectional(model.clusterOf(r));
            box.setPrefWidth(200);
            provinces.addRow(row++, new Label(r.displayName(I18n.locale())), box);
        }
        VBox provinceBox = new VBox(6, bold(I18n.get("scheme.editor.provinces")), provinces);

        HBox columns = new HBox(18, clusters, provinceBox);
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-background-color: transparent;");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId(PROBLEM_ID);
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.textProperty().bind(model.problemProperty());
        Label effect = new Label();
        effect.setWrapText(true);
        effect.setMinHeight(Region.USE_PREF_SIZE);
        effect.setStyle("-fx-text-fill: #444;");
        effect.textProperty().bind(model.effectProperty());
        VBox content = new VBox(10, nameRow, note, scroll, problem, effect);
        content.setPadding(new Insets(4));
        return content;
    }

    /** One line per cluster: its English and Korean names and a remove button, numbered from 1. */
    private void rebuildClusterRows() {
        clusterRows.getChildren().clear();
        int i = 1;
        for (SchemeEditorViewModel.ClusterRow c : model.clusters()) {
            TextField en = new TextField();
            en.setId(ENGLISH_ID_PREFIX + i);
            en.textProperty().bindBidirectional(c.englishProperty());
            en.setPrefWidth(ENGLISH_WIDTH);
            TextField ko = new TextField();
            ko.setId(KOREAN_ID_PREFIX + i);
            ko.textProperty().bindBidirectional(c.koreanProperty());
            ko.setPrefWidth(KOREAN_WIDTH);
            Button remove = new Button(I18n.get("scheme.editor.remove"));
            remove.setId(REMOVE_ID_PREFIX + i);
            remove.setOnAction(e -> model.removeCluster(c));
            HBox line = new HBox(6, en, ko, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            clusterRows.getChildren().add(line);
            i++;
        }
    }

    private void save() {
        if (saving.get() || !model.validProperty().get()) {
            return;
        }
        ClusterScheme scheme = model.toScheme();
        saving.set(true);
        tasks.task(work -> SchemeEditorViewModel.save(scheme, database)).onSuccess(saved -> {
            saving.set(false);
            setResult(saved); // closes the dialog
        }).onFailure(t -> {
            saving.set(false);
            tasks.notices().error(I18n.format("scheme.error.save", scheme.name(), database.getFileName()),
                    Notices.reason(t));
        }).start();
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static Label small(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-size: 0.9em; -fx-text-fill: #555;");
        return l;
    }

    /** A cluster by its name in the window's language, following renames; "Other" for none. */
    private static final class ClusterCell extends ListCell<SchemeEditorViewModel.ClusterRow> {
        @Override
        protected void updateItem(SchemeEditorViewModel.ClusterRow item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
            } else if (item == SchemeEditorViewModel.OTHER) {
                setText(I18n.get("scheme.editor.other"));
            } else {
                textProperty().bind(Bindings.createStringBinding(() -> SchemeEditorViewModel.displayName(item),
                        item.englishProperty(), item.koreanProperty()));
            }
        }
    }
}
