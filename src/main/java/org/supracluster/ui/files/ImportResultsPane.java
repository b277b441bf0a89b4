package org.supracluster.ui.files;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.supracluster.ingest.ImportReport;
import org.supracluster.ingest.UnmatchedCsv;
import org.supracluster.ui.I18n;

/**
 * The import dialog's results: what a check or an import found in a sentence and how the firms
 * were placed ({@link #summary()}), and two tabs beside the preview: the errors and warnings
 * (file, line, column, sentence), and the names that matched no firm with their records, years
 * and "did you mean" firms, each a button that accepts it as an alias; the unmatched names export
 * as CSV. The tabs are disabled until there are results, and the one to look at is chosen when
 * they come. Binds to an {@link ImportResultsViewModel}.
 */
final class ImportResultsPane {

    static final String SUMMARY_ID = "import-dialog-summary";
    static final String PLACEMENTS_ID = "import-placements";
    static final String PROBLEMS_ID = "import-dialog-problems";
    static final String UNMATCHED_ID = "import-unmatched";
    static final String EXPORT_ID = "import-unmatched-export";
    static final String MESSAGE_ID = "import-results-message";
    /** The style class of a "did you mean" button. */
    static final String ACCEPT_CLASS = "accept-suggestion";

    private final ImportResultsViewModel model;
    private final Tab problemsTab = new Tab();
    private final Tab unmatchedTab = new Tab();
    private final VBox summary;

    ImportResultsPane(ImportResultsViewModel model) {
        this.model = model;
        Label sentence = wrapped(SUMMARY_ID);
        sentence.textProperty().bind(model.summaryProperty());
        Label placements = wrapped(PLACEMENTS_ID);
        placements.textProperty().bind(model.placementsProperty());
        hideWhenEmpty(placements);
        Label message = wrapped(MESSAGE_ID);
        message.textProperty().bind(model.messageProperty());
        message.setStyle("-fx-font-weight: bold;");
        hideWhenEmpty(message);
        summary = new VBox(4, sentence, placements, message);
        TableView<ImportReport.Problem> problems = ImportReportDialog.table(model.problems());
        problems.setId(PROBLEMS_ID);
        problems.setPrefHeight(Region.USE_COMPUTED_SIZE);
        problems.setPlaceholder(new Label(I18n.get("importDialog.problems.none")));
        problemsTab.setContent(problems);
        Button export = new Button(I18n.get("importDialog.unmatched.export"));
        export.setId(EXPORT_ID);
        export.setOnAction(e -> model.exportUnmatched());
        export.disableProperty().bind(Bindings.isEmpty(model.unmatched()));
        Label hint = new Label(I18n.get("importDialog.unmatched.hint"));
        hint.setWrapText(true);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox bar = new HBox(8, hint, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        TableView<ImportResultsViewModel.UnmatchedRow> unmatched = unmatchedTable();
        VBox.setVgrow(unmatched, Priority.ALWAYS);
        VBox unmatchedPane = new VBox(6, unmatched, bar);
        unmatchedPane.setStyle("-fx-padding: 6 0 0 0;");
        unmatchedTab.setContent(unmatchedPane);
        for (Tab t : java.util.List.of(problemsTab, unmatchedTab)) {
            t.setClosable(false);
            t.disableProperty().bind(model.shownProperty().not());
        }
        model.problems().addListener((ListChangeListener<ImportReport.Problem>) c -> tabTexts());
        model.unmatched().addListener((ListChangeListener<ImportResultsViewModel.UnmatchedRow>) c -> tabTexts());
        tabTexts();
    }

    /** The sentence saying what was found, how the firms were placed, and what the last click did. */
    VBox summary() {
        return summary;
    }

    /** The errors and warnings, then the unmatched names. */
    java.util.List<Tab> tabs() {
        return java.util.List.of(problemsTab, unmatchedTab);
    }

    /**
     * When results come, {@code tabs} shows the one to look at: the errors when any stops the
     * import, else the unmatched names when there are some, else the (empty) problem list; when
     * they go, it goes back to {@code otherwise} (the preview).
     */
    void follow(TabPane tabs, Tab otherwise) {
        model.outcomeProperty().addListener((o, was, out) -> {
            if (out == null) {
                tabs.getSelectionModel().select(otherwise);
            } else {
                tabs.getSelectionModel().select(out.valid() && !model.unmatched().isEmpty() ? unmatchedTab
                        : problemsTab);
            }
        });
    }

    private void tabTexts() {
        problemsTab.setText(I18n.format("importDialog.tab.problems", model.problems().size()));
        unmatchedTab.setText(I18n.format("importDialog.tab.unmatched", model.unmatched().size()));
    }

    private TableView<ImportResultsViewModel.UnmatchedRow> unmatchedTable() {
        TableView<ImportResultsViewModel.UnmatchedRow> table = new TableView<>(model.unmatched());
        table.setId(UNMATCHED_ID);
        table.setPlaceholder(new Label(I18n.get("importDialog.unmatched.none")));
        TableColumn<ImportResultsViewModel.UnmatchedRow, String> name = text("importDialog.unmatched.name", 190);
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name().name()));
        TableColumn<ImportResultsViewModel.UnmatchedRow, Long> records =
                new TableColumn<>(I18n.get("importDialog.unmatched.records"));
        records.setPrefWidth(70);
        records.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name().records()));
        TableColumn<ImportResultsViewModel.UnmatchedRow, String> years = text("importDialog.unmatched.years", 90);
        years.setCellValueFactory(c -> new ReadOnlyStringWrapper(UnmatchedCsv.years(c.getValue().name().years())));
        TableColumn<ImportResultsViewModel.UnmatchedRow, String> where = text("importDialog.unmatched.where", 130);
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name().file() + ":"
                + c.getValue().name().line()));
        TableColumn<ImportResultsViewModel.UnmatchedRow, ImportResultsViewModel.UnmatchedRow> suggestions =
                new TableColumn<>(I18n.get("importDialog.unmatched.didYouMean"));
        suggestions.setPrefWidth(380);
        suggestions.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        suggestions.setCellFactory(c -> new SuggestionCell());
        table.getColumns().setAll(java.util.List.of(name, records, years, where, suggestions));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        return table;
    }

    /** The "did you mean" firms as buttons that accept one; once accepted, what it became. */
    private final class SuggestionCell extends TableCell<ImportResultsViewModel.UnmatchedRow,
            ImportResultsViewModel.UnmatchedRow> {
        @Override
        protected void updateItem(ImportResultsViewModel.UnmatchedRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            if (row.accepted()) {
                setGraphic(new Label(I18n.format(row.pending() ? "importDialog.unmatched.pending"
                        : "importDialog.unmatched.accepted", row.acceptedAs())));
                return;
            }
            if (row.name().didYouMean().isEmpty()) {
                setGraphic(new Label(I18n.get("importDialog.unmatched.noSuggestion")));
                return;
            }
            HBox buttons = new HBox(4);
            for (int i = 0; i < row.name().didYouMean().size(); i++) {
                int which = i;
                String firm = row.name().didYouMean().get(i);
                Button accept = new Button(firm);
                accept.getStyleClass().add(ACCEPT_CLASS);
                accept.setMnemonicParsing(false);
                accept.setTooltip(new Tooltip(I18n.format("importDialog.unmatched.accept", row.name().name(), firm)));
                accept.setOnAction(e -> model.accept(row, which));
                buttons.getChildren().add(accept);
            }
            setGraphic(buttons);
        }
    }

    private static TableColumn<ImportResultsViewModel.UnmatchedRow, String> text(String key, double width) {
        TableColumn<ImportResultsViewModel.UnmatchedRow, String> c = new TableColumn<>(I18n.get(key));
        c.setPrefWidth(width);
        return c;
    }

    private static Label wrapped(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static void hideWhenEmpty(Label l) {
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
    }
}
