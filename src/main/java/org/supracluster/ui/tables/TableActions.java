package org.supracluster.ui.tables;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.supracluster.ui.I18n;
import org.supracluster.ui.UiTasks;

/**
 * "Copy" and "Export as CSV…" for the tables of the window, as Gephi's Data Laboratory and
 * Cytoscape's table panel offer them: a context menu on each table (right-click, the menu key or
 * Shift+F10), and Ctrl+C while the table has the focus. Copy puts the selected rows, with the
 * header, on the clipboard as tab-separated text; export asks for a file and writes the whole
 * table as {@link TableCsv} writes it. The values are taken on the JavaFX thread when the user
 * asks (what the table shows then); the file is written by the injected {@link UiTasks}, shown in
 * the status bar, where Cancel stops it before anything is put in place.
 */
public final class TableActions {

    /** Ids of the context menu items, so tests find them. */
    public static final String COPY_ID = "table-copy";
    public static final String EXPORT_ID = "table-export-csv";
    static final KeyCombination COPY_KEYS = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    /** Asks the user where to write a CSV file (the dialog belongs to the window the user is in). */
    @FunctionalInterface
    public interface SaveDialog {
        /**
         * The chosen file, or empty when the user cancelled.
         *
         * @param suggestedName a file name to start from, without extension
         */
        Optional<Path> csvFile(String suggestedName);
    }

    private final SaveDialog dialog;
    private final UiTasks tasks;
    private final Consumer<Supplier<String>> notice;

    /**
     * @param dialog asks for the file (tests answer themselves)
     * @param tasks writes the file, shown in the status bar; its notices say what was done (worded
     *              again when the language changes) or why it failed
     */
    public TableActions(SaveDialog dialog, UiTasks tasks) {
        this(dialog, tasks, tasks.notices()::notice);
    }

    private TableActions(SaveDialog dialog, UiTasks tasks, Consumer<Supplier<String>> notice) {
        this.dialog = Objects.requireNonNull(dialog, "dialog");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.notice = Objects.requireNonNull(notice, "notice");
    }

    /**
     * The same actions telling what was done elsewhere: for a table in a dialog that outlives the
     * window's status bar (the import report stays open while the window loads the imported data anew).
     */
    public TableActions withNotice(Consumer<Supplier<String>> otherNotice) {
        return new TableActions(dialog, tasks, otherNotice);
    }

    /**
     * Gives a table the context menu and Ctrl+C, and lets the user select several rows (Shift and
     * Ctrl click), which Copy takes in the order shown.
     *
     * @param fileName the name to suggest for the export, without extension ("firms")
     */
    public <S> void install(TableView<S> table, Supplier<String> fileName) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        MenuItem copy = new MenuItem();
        copy.setId(COPY_ID);
        copy.setOnAction(e -> copy(TableSnapshot.selected(table)));
        MenuItem export = new MenuItem();
        export.setId(EXPORT_ID);
        export.setOnAction(e -> export(TableSnapshot.all(table), fileName.get()));
        ContextMenu menu = new ContextMenu(copy, export);
        // Worded and enabled when shown: no language listener to let go of, and never stale.
        menu.setOnShowing(e -> {
            texts(copy, export);
            copy.setDisable(table.getSelectionModel().getSelectedIndices().isEmpty());
            export.setDisable(table.getColumns().isEmpty());
        });
        table.setContextMenu(menu);
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY_KEYS.match(e)) {
                if (!table.getSelectionModel().getSelectedIndices().isEmpty()) {
                    copy(TableSnapshot.selected(table));
                }
                e.consume();
            } else if (isMenuKey(e)) {
                showBelow(menu, focusedRow(table));
                e.consume();
            }
        });
    }

    /**
     * Gives a node that draws a table of its own (the inter-cluster matrix) the same menu; it has
     * no rows to select, so Copy and Ctrl+C take the whole table.
     *
     * @param table the values shown, asked for on the JavaFX thread when the user acts
     */
    public void install(Node node, Supplier<TableSnapshot> table, Supplier<String> fileName) {
        MenuItem copy = new MenuItem();
        copy.setId(COPY_ID);
        copy.setOnAction(e -> copy(table.get()));
        MenuItem export = new MenuItem();
        export.setId(EXPORT_ID);
        export.setOnAction(e -> export(table.get(), fileName.get()));
        ContextMenu menu = new ContextMenu(copy, export);
        menu.setOnShowing(e -> texts(copy, export));
        node.setOnContextMenuRequested(e -> {
            menu.show(node, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        node.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY_KEYS.match(e)) {
                copy(table.get());
                e.consume();
            } else if (isMenuKey(e)) {
                showBelow(menu, node);
                e.consume();
            }
        });
    }

    /**
     * The menu key or Shift+F10. JavaFX on Linux makes no context-menu request of them (seen under
     * X11: only a right click opened the menu), so keyboard users would have no way to the menu.
     */
    private static boolean isMenuKey(KeyEvent e) {
        return e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown();
    }

    /** Opens the menu under the top-left corner of {@code anchor}, as a right click there would. */
    private static void showBelow(ContextMenu menu, Node anchor) {
        var b = anchor.getLayoutBounds();
        var p = anchor.localToScreen(b.getMinX() + Math.min(40, b.getWidth() / 2), b.getMinY()
                + Math.min(b.getHeight(), 24));
        if (p != null) {
            menu.show(anchor, p.getX(), p.getY());
        }
    }

    /** The row that has the keyboard focus, or the table itself when none is drawn. */
    private static Node focusedRow(TableView<?> table) {
        int focused = table.getFocusModel().getFocusedIndex();
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == focused && r.isVisible()) {
                return r;
            }
        }
        return table;
    }

    private static void texts(MenuItem copy, MenuItem export) {
        copy.setText(I18n.get("table.copy"));
        export.setText(I18n.get("table.exportCsv"));
    }

    /** Puts the rows, with the header, on the clipboard as tab-separated text, and says so. */
    public void copy(TableSnapshot rows) {
        ClipboardContent content = new ClipboardContent();
        content.putString(TableCsv.tabSeparated(rows));
        Clipboard.getSystemClipboard().setContent(content);
        int n = rows.size();
        notice.accept(() -> I18n.format("table.copy.done", n));
    }

    /**
     * Asks where to write {@code table} and writes it there in the background; says in the status
     * bar when it is written, in an error dialog when it could not be.
     */
    public void export(TableSnapshot table, String fileName) {
        Optional<Path> chosen = dialog.csvFile(fileName);
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        int rows = table.size();
        tasks.task(work -> {
            TableCsv.write(table, target, work);
            return rows;
        }).shownAs("task.exportTable").cancelAsksWork()
                .onSuccess(n -> notice.accept(() -> I18n.format("table.export.done", n, target)))
                .onCancelled(() -> notice.accept(() -> I18n.get("export.cancelled")))
                .onFailure(t -> tasks.notices().error(I18n.format("table.export.failed", target), reason(t, target)))
                .start();
    }

    /** Why the file could not be written, as a sentence naming the file or folder. */
    static String reason(Throwable t, Path target) {
        Path file = target.getFileName();
        Path folder = target.toAbsolutePath().getParent();
        if (t instanceof TableCsv.FolderInTheWay) {
            return I18n.format("table.export.isFolder", file);
        }
        if (t instanceof NoSuchFileException) {
            return I18n.format("table.export.noFolder", folder);
        }
        if (t instanceof AccessDeniedException) {
            return I18n.format("table.export.denied", file, folder);
        }
        if (t instanceof FileSystemException f && f.getReason() != null) {
            return I18n.format("export.cannotWrite", f.getReason());
        }
        return I18n.format("export.cannotWrite", t.getMessage() != null ? t.getMessage()
                : t.getClass().getSimpleName());
    }
}
