package org.supracluster.ui.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.model.Progress;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a table shows, taken from a real TableView: column order, sort order, hidden columns. */
@ExtendWith(ApplicationExtension.class)
class TableSnapshotTest {

    private enum Kind { HUB, PERIPHERAL }

    private record Firm(String name, double degree, Kind kind, String note) { }

    private TableView<Firm> table;
    private TableColumn<Firm, String> name;
    private TableColumn<Firm, Double> degree;
    private TableColumn<Firm, Kind> kind;
    private TableColumn<Firm, String> note;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        table = new TableView<>(FXCollections.observableArrayList(
                new Firm("Alpha", Double.NaN, null, "c"),
                new Firm("가람전자", 7.5, Kind.PERIPHERAL, "b"),
                new Firm("=evil", 2, Kind.HUB, "a")));
        name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        degree = new TableColumn<>();
        Label header = new Label("Degree"); // drawn by a label, as the cluster roles table does
        degree.setGraphic(header);
        degree.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().degree()));
        kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));
        TableSnapshot.exportValue(kind, k -> k == null ? null : k.name().toLowerCase());
        note = new TableColumn<>("Note");
        note.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().note()));
        table.getColumns().setAll(Arrays.asList(name, degree, kind, note));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        stage.setScene(new Scene(table, 500, 300));
        stage.show();
    }

    @Test
    void theSnapshotFollowsTheSortTheColumnOrderAndLeavesHiddenColumnsOut() throws Exception {
        TableSnapshot s = WaitForAsyncUtils.asyncFx(() -> {
            table.getSortOrder().setAll(List.of(degree));
            note.setVisible(false);
            // The user dragged Kind to the front.
            table.getColumns().setAll(Arrays.asList(kind, name, degree, note));
            return TableSnapshot.all(table);
        }).get();
        assertEquals(List.of("Kind", "Name", "Degree"), s.header());
        assertEquals(3, s.size());
        // Sorted by degree, ascending (Double.compare puts NaN last), not in the order of the list.
        assertEquals(Arrays.asList("hub", "=evil", 2.0), s.rows().get(0));
        assertEquals(Arrays.asList("peripheral", "가람전자", 7.5), s.rows().get(1));
        assertEquals(Arrays.asList(null, "Alpha", Double.NaN), s.rows().get(2));

        Path file = dir.resolve("firms.csv");
        TableCsv.write(s, file, Progress.NONE);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals("\uFEFFKind,Name,Degree\r\nhub,'=evil,2\r\nperipheral,가람전자,7.5\r\n,Alpha,\r\n", text,
                "NaN and a null kind are empty cells");
    }

    @Test
    void selectedRowsComeInTheOrderShownNotTheOrderPicked() throws Exception {
        TableSnapshot s = WaitForAsyncUtils.asyncFx(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(2);
            table.getSelectionModel().select(0);
            return TableSnapshot.selected(table);
        }).get();
        assertEquals(List.of("Name", "Degree", "Kind", "Note"), s.header());
        assertEquals(List.of("Alpha", "=evil"), s.rows().stream().map(r -> (String) r.get(0)).toList());
    }
}
