package org.supracluster.ui.files;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.supracluster.ingest.HeaderNames;
import org.supracluster.ingest.ImportPreview;
import org.supracluster.model.Messages;
import org.supracluster.ui.I18n;

/**
 * The preview of one file in the import dialog: its first rows, each column headed by its header
 * as written and a drop-down saying what the import reads it as (a field, or "keep as
 * attribute"). Choosing another field is handed on; the dialog reads the preview again.
 */
final class ImportPreviewTable extends TableView<List<String>> {

    /** The id of the preview table; each column's drop-down is {@code import-column-N} (from 0). */
    static final String ID = "import-preview";
    static final String COLUMN_ID_PREFIX = "import-column-";

    private final BiConsumer<Integer, String> onChoice;

    /** @param onChoice hears (column, field) when the user picks another field for a column */
    ImportPreviewTable(BiConsumer<Integer, String> onChoice) {
        this.onChoice = onChoice;
        setId(ID);
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);
        setPrefHeight(200);
    }

    /** Shows a file's preview (or nothing), with a placeholder saying why when there are no columns. */
    void show(ImportFile file) {
        ImportPreview.Preview p = file == null ? null : file.preview();
        List<TableColumn<List<String>, ?>> columns = new ArrayList<>();
        if (p != null && !file.isGraph()) {
            for (int i = 0; i < p.header().size(); i++) {
                columns.add(column(i, p.header().get(i), p.fields().get(i)));
            }
        }
        getColumns().setAll(columns);
        getItems().setAll(p == null || file.isGraph() ? List.of() : p.rows());
        setPlaceholder(new Label(placeholder(file)));
    }

    private static String placeholder(ImportFile file) {
        if (file == null) {
            return I18n.get("importDialog.preview.none");
        }
        if (file.preview() == null) {
            return I18n.get("importDialog.preview.reading");
        }
        if (file.isGraph()) {
            return I18n.get("importDialog.preview.graph");
        }
        if (!file.preview().report().errors().isEmpty()) {
            return file.preview().report().errors().get(0).message(Messages.of(I18n.locale()));
        }
        return I18n.get("importDialog.preview.empty");
    }

    private TableColumn<List<String>, String> column(int index, String header, String field) {
        TableColumn<List<String>, String> c = new TableColumn<>();
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(index < row.getValue().size()
                ? row.getValue().get(index) : ""));
        Label name = new Label(header);
        name.setStyle("-fx-font-weight: bold;");
        ComboBox<String> reading = new ComboBox<>(FXCollections.observableArrayList(choices()));
        reading.setId(COLUMN_ID_PREFIX + index);
        reading.setConverter(FIELD_NAMES);
        reading.setValue(field);
        reading.setVisibleRowCount(14);
        reading.setMaxWidth(Double.MAX_VALUE);
        reading.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(field)) {
                onChoice.accept(index, now);
            }
        });
        VBox head = new VBox(4, name, reading);
        c.setGraphic(head);
        c.setPrefWidth(Math.max(195, 9.0 * header.length() + 40));
        return c;
    }

    /** "Keep as attribute", then every field in the order the importer offers them. */
    static List<String> choices() {
        List<String> out = new ArrayList<>();
        out.add(ImportFile.ATTRIBUTE);
        out.addAll(HeaderNames.fields());
        return out;
    }

    static final StringConverter<String> FIELD_NAMES = new StringConverter<>() {
        @Override
        public String toString(String field) {
            return ImportWords.field(field);
        }

        @Override
        public String fromString(String s) {
            return null;
        }
    };
}
