package org.supracluster.ui.files;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.supracluster.ingest.FileKind;
import org.supracluster.ui.Fonts;
import org.supracluster.ui.I18n;

/**
 * The import dialog, as Gephi's and Cytoscape's import wizards work: the files (chosen, added,
 * or dropped here or on the window) with their kind, encoding and sheet; for the selected one
 * the choices and a preview whose column drop-downs say what each column is read as; the
 * options; Check (a dry run) and Import, with progress and Cancel; then the results. A thin view
 * over an {@link ImportDialogViewModel}: it builds the controls and binds them.
 */
public final class ImportDialog {

    public static final String DIALOG_ID = "import-dialog";
    public static final String FILES_ID = "import-files";
    public static final String ADD_ID = "import-add";
    public static final String REMOVE_ID = "import-remove";
    public static final String KIND_ID = "import-kind";
    public static final String ENCODING_ID = "import-encoding";
    public static final String SHEET_ID = "import-sheet";
    public static final String STRICT_ID = "import-strict";
    public static final String FRACTIONAL_ID = "import-fractional";
    public static final String TRADE_COUNT_ID = "import-trade-count";
    public static final String CHECK_ID = "import-check";
    public static final String IMPORT_ID = "import-run";
    public static final String CANCEL_ID = "import-cancel";
    public static final String TABS_ID = "import-tabs";
    public static final String PREVIEW_ID = ImportPreviewTable.ID;
    public static final String COLUMN_ID_PREFIX = ImportPreviewTable.COLUMN_ID_PREFIX;
    public static final String SUMMARY_ID = ImportResultsPane.SUMMARY_ID;
    public static final String PLACEMENTS_ID = ImportResultsPane.PLACEMENTS_ID;
    public static final String PROBLEMS_ID = ImportResultsPane.PROBLEMS_ID;
    public static final String UNMATCHED_ID = ImportResultsPane.UNMATCHED_ID;
    public static final String ACCEPT_CLASS = ImportResultsPane.ACCEPT_CLASS;

    private final ImportDialogViewModel model;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ImportPreviewTable preview;
    private final ChoiceBox<FileKind> kind = new ChoiceBox<>();
    private final ChoiceBox<ImportFile.Encoding> encoding = new ChoiceBox<>();
    private final ChoiceBox<String> sheet = new ChoiceBox<>();
    private final Label previewTitle = new Label();
    /** While the choice boxes are filled from the model, their changes are not choices. */
    private boolean filling;

    private ImportDialog(Window owner, ImportDialogViewModel model) {
        this.model = model;
        this.preview = new ImportPreviewTable(model::setColumn);
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        dialog.setResizable(true);
        dialog.setTitle(I18n.get("dialog.import.title"));
        dialog.setHeaderText(I18n.format("importDialog.into", model.database().getFileName()));
        // The preview and the results share one place: the results come after the check, and the
        // dialog fits a laptop's screen.
        ImportResultsPane results = new ImportResultsPane(model.results());
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox previewPane = new VBox(6, choicesRow(), previewTitle, preview);
        previewPane.setStyle("-fx-padding: 6 0 0 0;");
        Tab previewTab = new Tab(I18n.get("importDialog.tab.preview"), previewPane);
        previewTab.setClosable(false);
        TabPane tabs = new TabPane(previewTab);
        tabs.setId(TABS_ID);
        tabs.getTabs().addAll(results.tabs());
        results.follow(tabs, previewTab);
        // A file chosen in the list shows its preview.
        model.selectedProperty().addListener((o, was, now) -> tabs.getSelectionModel().select(previewTab));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox content = new VBox(8, filesSection(), tabs, optionsRow(), actionsRow(), results.summary());
        content.setPrefSize(1040, 700);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId(DIALOG_ID);
        dialog.getDialogPane().getStylesheets().add(Fonts.baseStylesheet());
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(I18n.get("common.close"),
                ButtonType.CLOSE.getButtonData()));
        FileDrop.install(dialog.getDialogPane(), model::addFiles);
        model.currentProperty().addListener((o, was, now) -> showCurrent(now));
        showCurrent(model.currentProperty().get());
    }

    /**
     * Shows the dialog for {@code model} over {@code owner} (not waiting); {@code closed} runs once
     * when it goes away, by its Close button, its window's close box or its window being hidden.
     */
    public static Dialog<Void> show(Window owner, ImportDialogViewModel model, Runnable closed) {
        ImportDialog d = new ImportDialog(owner, model);
        d.dialog.show();
        Window window = d.dialog.getDialogPane().getScene().getWindow();
        window.showingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    window.showingProperty().removeListener(this);
                    closed.run();
                }
            }
        });
        return d.dialog;
    }

    private VBox filesSection() {
        TableView<ImportFile> files = new TableView<>(model.files());
        files.setId(FILES_ID);
        // Five rows, so that the README's example (four files) shows whole.
        files.setPrefHeight(152);
        files.setMinHeight(152);
        files.setPlaceholder(new Label(I18n.get("importDialog.dropHint")));
        files.getColumns().setAll(List.of(column("importDialog.column.file", 330, ImportFile::name),
                column("importDialog.column.kind", 200, f -> ImportWords.kind(f.effectiveKind(), f.kind() == null)),
                column("importDialog.column.encoding", 160, ImportDialog::encodingText),
                column("importDialog.column.sheet", 160, f -> f.isWorkbook() ? f.preview().sheets().get(0) : "—")));
        files.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        files.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0 && now.intValue() != model.selectedProperty().get()) {
                model.select(now.intValue());
            }
        });
        model.selectedProperty().addListener((o, was, now) -> files.getSelectionModel().select(now.intValue()));
        // A file read again replaces its row, which clears the table's selection: keep it.
        model.files().addListener((javafx.collections.ListChangeListener<ImportFile>) c ->
                files.getSelectionModel().select(model.selectedProperty().get()));
        files.getSelectionModel().select(model.selectedProperty().get());
        Button add = button(ADD_ID, "importDialog.addFiles", model::chooseFiles);
        Button remove = button(REMOVE_ID, "importDialog.remove", model::removeSelected);
        remove.disableProperty().bind(Bindings.isEmpty(model.files()));
        Label title = new Label(I18n.get("importDialog.files"));
        title.setStyle("-fx-font-weight: bold;");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, title, gap, add, remove);
        bar.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, bar, files);
    }

    private HBox choicesRow() {
        kind.setId(KIND_ID);
        kind.getItems().setAll((FileKind) null);
        kind.getItems().addAll(Arrays.asList(FileKind.values()));
        kind.setConverter(converter(k -> k == null ? autoKind() : ImportWords.kind(k, false)));
        kind.valueProperty().addListener((o, was, now) -> {
            if (!filling) {
                model.setKind(now);
            }
        });
        encoding.setId(ENCODING_ID);
        encoding.getItems().setAll(ImportFile.Encoding.values());
        encoding.setConverter(converter(this::encodingName));
        encoding.valueProperty().addListener((o, was, now) -> {
            if (!filling && now != null) {
                model.setEncoding(now);
            }
        });
        sheet.setId(SHEET_ID);
        sheet.valueProperty().addListener((o, was, now) -> {
            if (!filling && now != null) {
                model.setSheet(now);
            }
        });
        HBox row = new HBox(8, new Label(I18n.get("importDialog.kind")), kind, gapOf(12),
                new Label(I18n.get("importDialog.encoding")), encoding, gapOf(12),
                new Label(I18n.get("importDialog.sheet")), sheet);
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(model.activityProperty().isNotEqualTo(ImportDialogViewModel.Activity.IDLE));
        return row;
    }

    private HBox optionsRow() {
        CheckBox strict = new CheckBox(I18n.get("importDialog.strict"));
        strict.setId(STRICT_ID);
        strict.selectedProperty().bindBidirectional(model.strictProperty());
        CheckBox fractional = new CheckBox(I18n.get("importDialog.fractional"));
        fractional.setId(FRACTIONAL_ID);
        fractional.selectedProperty().bindBidirectional(model.fractionalPatentsProperty());
        ToggleGroup weights = new ToggleGroup();
        RadioButton amount = new RadioButton(I18n.get("importDialog.tradeWeight.amount"));
        RadioButton count = new RadioButton(I18n.get("importDialog.tradeWeight.count"));
        count.setId(TRADE_COUNT_ID);
        amount.setToggleGroup(weights);
        count.setToggleGroup(weights);
        amount.setSelected(!model.tradeWeightIsCountProperty().get());
        count.selectedProperty().bindBidirectional(model.tradeWeightIsCountProperty());
        HBox row = new HBox(14, strict, fractional, new Label(I18n.get("importDialog.tradeWeight")), amount, count);
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(model.activityProperty().isNotEqualTo(ImportDialogViewModel.Activity.IDLE));
        return row;
    }

    private HBox actionsRow() {
        Button check = button(CHECK_ID, "importDialog.check", model::check);
        Button run = button(IMPORT_ID, "importDialog.import", model::importFiles);
        run.setDefaultButton(true);
        check.disableProperty().bind(model.canRunProperty().not());
        run.disableProperty().bind(model.canRunProperty().not());
        ProgressBar progress = new ProgressBar(-1);
        progress.setPrefWidth(180);
        Label doing = new Label();
        doing.textProperty().bind(Bindings.createStringBinding(() -> switch (model.activityProperty().get()) {
            case CHECKING -> I18n.get("importDialog.checking");
            case IMPORTING -> I18n.get("task.import");
            default -> "";
        }, model.activityProperty()));
        Button cancel = button(CANCEL_ID, "common.cancel", model::cancel);
        HBox busy = new HBox(8, progress, doing, cancel);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(model.activityProperty().isNotEqualTo(ImportDialogViewModel.Activity.IDLE));
        HBox row = new HBox(8, check, run, gapOf(16), busy);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The selected file's choices and preview. */
    private void showCurrent(ImportFile f) {
        filling = true;
        try {
            kind.setValue(f == null ? null : f.kind());
            encoding.setValue(f == null ? ImportFile.Encoding.AUTO : f.encoding());
            encoding.setDisable(f == null || !f.isText());
            boolean workbook = f != null && f.isWorkbook();
            sheet.getItems().setAll(workbook ? f.preview().sheets() : List.of());
            sheet.setValue(workbook ? f.preview().sheets().get(0) : null);
            sheet.setDisable(!workbook || f.preview().sheets().size() < 2);
            // The choice boxes show "automatic (…)" with what was recognised: redraw them.
            kind.setConverter(converter(k -> k == null ? autoKind() : ImportWords.kind(k, false)));
            encoding.setConverter(converter(this::encodingName));
        } finally {
            filling = false;
        }
        previewTitle.setText(f == null ? "" : I18n.format("importDialog.preview", f.name()));
        preview.show(f);
    }

    private String autoKind() {
        ImportFile f = model.currentProperty().get();
        FileKind found = f == null || f.preview() == null ? null : f.preview().kind().orElse(null);
        return found == null ? I18n.get("importDialog.auto.unknown") : I18n.format("importDialog.auto",
                ImportWords.kind(found, false));
    }

    private String encodingName(ImportFile.Encoding e) {
        return e == ImportFile.Encoding.AUTO ? autoEncoding() : I18n.name(e);
    }

    private String autoEncoding() {
        ImportFile f = model.currentProperty().get();
        return f == null || !f.isText() || f.encoding() != ImportFile.Encoding.AUTO ? I18n.name(ImportFile.Encoding.AUTO)
                : I18n.format("importDialog.auto", ImportWords.charset(f.preview().encoding()));
    }

    private static String encodingText(ImportFile f) {
        if (!f.isText()) {
            return "—";
        }
        String name = ImportWords.charset(f.preview().encoding());
        return f.encoding() == ImportFile.Encoding.AUTO ? I18n.format("importDialog.auto", name) : name;
    }

    private static TableColumn<ImportFile, String> column(String key, double width, Function<ImportFile, String> text) {
        TableColumn<ImportFile, String> c = new TableColumn<>(I18n.get(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
        return c;
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(I18n.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Region gapOf(double width) {
        Region r = new Region();
        r.setMinWidth(width);
        return r;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
