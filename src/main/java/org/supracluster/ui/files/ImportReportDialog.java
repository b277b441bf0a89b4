package org.supracluster.ui.files;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.supracluster.ingest.ImportReport;
import org.supracluster.store.ImportCounts;
import org.supracluster.model.Messages;
import org.supracluster.ui.I18n;
import org.supracluster.ui.tables.TableActions;

/**
 * The import report: a sentence saying what was stored (or that nothing was), then the errors
 * and warnings as a table of file, line, column and the importer's sentence. Not modal, so the
 * map reloads behind it and the user can keep it open while mending a file.
 */
public final class ImportReportDialog {

    public static final String DIALOG_ID = "import-report";
    public static final String SUMMARY_ID = "import-summary";
    public static final String TABLE_ID = "import-problems";
    public static final String NOTICE_ID = "import-table-notice";

    private ImportReportDialog() {
    }

    public static Dialog<Void> create(Window owner, DatabaseImport.Outcome outcome) {
        return create(owner, outcome, null);
    }

    /**
     * The dialog, its problem table with "Copy" and "Export as CSV…" (import-problems.csv) when
     * {@code tableActions} is given.
     */
    public static Dialog<Void> create(Window owner, DatabaseImport.Outcome outcome, TableActions tableActions) {
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(javafx.stage.Modality.NONE);
        dialog.setResizable(true);
        dialog.setTitle(I18n.get("dialog.import.report"));
        dialog.setHeaderText(I18n.get(outcome.stored() ? "import.header.stored" : "import.header.notStored"));
        Label summary = new Label(summary(outcome));
        summary.setId(SUMMARY_ID);
        summary.setWrapText(true);
        VBox content = new VBox(10, summary);
        if (!outcome.problems().isEmpty()) {
            TableView<ImportReport.Problem> table = table(FXCollections.observableArrayList(outcome.problems()));
            table.setId(TABLE_ID);
            VBox.setVgrow(table, Priority.ALWAYS);
            content.getChildren().add(table);
            if (tableActions != null) {
                // Said here, not in the status bar: the window behind reloads after an import.
                Label notice = new Label();
                notice.setId(NOTICE_ID);
                notice.setWrapText(true);
                notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
                notice.managedProperty().bind(notice.visibleProperty());
                tableActions.withNotice(text -> notice.setText(text.get())).install(table, () -> "import-problems");
                content.getChildren().add(notice);
            }
        }
        String more = more(outcome);
        if (!more.isEmpty()) {
            content.getChildren().add(new Label(more));
        }
        content.setPrefWidth(outcome.problems().isEmpty() ? 520 : 860);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId(DIALOG_ID);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(I18n.get("common.close"),
                ButtonType.CLOSE.getButtonData()));
        return dialog;
    }

    /** What the import did, in one or two sentences of the current language. */
    public static String summary(DatabaseImport.Outcome o) {
        String file = String.valueOf(o.database().getFileName());
        if (!o.stored()) {
            return I18n.format("import.summary.nothingStored", o.errorCount(), o.warningCount(), file);
        }
        ImportCounts c = o.counts();
        StringBuilder b = new StringBuilder(I18n.format("import.summary.stored", file, c.firmsAdded(),
                c.firmsUpdated(), c.firmsUnchanged(), c.linksAdded(), c.linksUpdated(), c.linksUnchanged(),
                o.warningCount()));
        if (o.rows() == 0) {
            b.append('\n').append(I18n.get("import.summary.noRows"));
        } else if (c.changedNothing()) {
            b.append('\n').append(I18n.get("import.summary.unchanged"));
        } else {
            b.append('\n').append(I18n.get("import.summary.reloading"));
        }
        return b.toString();
    }

    private static String more(DatabaseImport.Outcome o) {
        StringBuilder b = new StringBuilder();
        if (o.unlistedErrors() > 0) {
            b.append(I18n.format("import.more.errors", o.unlistedErrors()));
        }
        if (o.unlistedWarnings() > 0) {
            b.append(b.length() > 0 ? "\n" : "").append(I18n.format("import.more.warnings", o.unlistedWarnings()));
        }
        return b.toString();
    }

    /** The errors and warnings as a table of kind, file, line, column and the importer's sentence. */
    static TableView<ImportReport.Problem> table(javafx.collections.ObservableList<ImportReport.Problem> problems) {
        TableView<ImportReport.Problem> table = new TableView<>(problems);
        table.setPrefHeight(Math.min(420, 60 + 26.0 * problems.size()));
        TableColumn<ImportReport.Problem, String> severity = column("import.column.severity", 90);
        severity.setCellValueFactory(c -> new ReadOnlyStringWrapper(I18n.name(c.getValue().severity())));
        TableColumn<ImportReport.Problem, String> file = column("import.column.file", 140);
        file.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file()));
        TableColumn<ImportReport.Problem, Long> line = new TableColumn<>(I18n.get("import.column.line"));
        line.setPrefWidth(60);
        // Line 0 means the whole file: an empty cell reads better than a zero.
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line() > 0 ? c.getValue().line() : null));
        TableColumn<ImportReport.Problem, String> column = column("import.column.column", 100);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column() == null ? ""
                : c.getValue().column()));
        TableColumn<ImportReport.Problem, String> message = column("import.column.message", 440);
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message(
                Messages.of(I18n.locale()))));
        // The importer's sentences are long (they say how to mend the row): wrap them, never cut them.
        message.setCellFactory(col -> {
            // A row asks its cells for their height without a width, so a wrapping label stays one
            // line; a Text wrapped at the column's width makes the row as tall as the sentence.
            Text text = new Text();
            text.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
            TableCell<ImportReport.Problem, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    text.setText(empty || item == null ? "" : item);
                    setGraphic(empty || item == null ? null : text);
                }
            };
            text.fontProperty().bind(cell.fontProperty());
            text.fillProperty().bind(cell.textFillProperty());
            return cell;
        });
        table.getColumns().setAll(java.util.List.of(severity, file, line, column, message));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        return table;
    }

    private static TableColumn<ImportReport.Problem, String> column(String key, double width) {
        TableColumn<ImportReport.Problem, String> c = new TableColumn<>(I18n.get(key));
        c.setPrefWidth(width);
        return c;
    }
}
