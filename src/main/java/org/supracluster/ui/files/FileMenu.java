package org.supracluster.ui.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.supracluster.ui.FxNotices;
import org.supracluster.ui.I18n;
import org.supracluster.ui.UiTasks;

/**
 * The File menu (new database, open database, open recent, import, export current view, image,
 * report and analysis tables, quit) and the Help menu (definitions on F1, about) of the explorer window, with the shortcuts
 * Gephi and Cytoscape users expect. A thin view: each item calls a command of its
 * {@link FileCommandsViewModel}, which runs import and export in the background, shown in the
 * status bar, where Cancel stops them before anything is stored or written.
 */
public final class FileMenu {

    /** Ids of the menus and items, so tests and other menus find them. */
    public static final String FILE_MENU_ID = "menu-file";
    public static final String HELP_MENU_ID = "menu-help";
    public static final String NEW_DATABASE_ID = "menu-file-new";
    public static final String OPEN_ID = "menu-file-open";
    public static final String RECENT_ID = "menu-file-recent";
    public static final String IMPORT_ID = "menu-file-import";
    public static final String EXPORT_ID = "menu-file-export";
    public static final String EXPORT_IMAGE_ID = "menu-file-export-image";
    public static final String EXPORT_REPORT_ID = "menu-file-export-report";
    public static final String EXPORT_TABLES_ID = "menu-file-export-tables";
    public static final String QUIT_ID = "menu-file-quit";
    public static final String ABOUT_ID = "menu-help-about";
    public static final String DEFINITIONS_ID = "menu-help-definitions";

    static final KeyCombination NEW_DATABASE_KEYS = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination OPEN_KEYS = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination IMPORT_KEYS = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination EXPORT_KEYS = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination EXPORT_IMAGE_KEYS = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination EXPORT_REPORT_KEYS = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination QUIT_KEYS = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    /** F1, the help key everywhere, opens the definitions: the help this program has. */
    static final KeyCombination DEFINITIONS_KEYS = new KeyCodeCombination(KeyCode.F1);

    /**
     * What the window's file commands need from outside, injected so tests answer file dialogs
     * themselves, keep the recent list in memory and run work at once.
     *
     * @param executor runs the window's background work ({@link UiTasks}): imports, exports, figures, layout
     * @param quit ends the program
     */
    public record Services(FileChoice choice, RecentFilesStore recentStore, Executor executor, Runnable quit) {
        public Services {
            Objects.requireNonNull(choice, "choice");
            Objects.requireNonNull(recentStore, "recentStore");
            Objects.requireNonNull(executor, "executor");
            Objects.requireNonNull(quit, "quit");
        }

        /**
         * The program's: system file dialogs, the list in the user's folder, daemon threads.
         * The dialogs are shared by every view, so the folder last used survives a reload.
         */
        public static Services defaults() {
            return new Services(SYSTEM_DIALOGS, RecentFilesStore.inUserFolder(), UiTasks.daemonThreads(),
                    Platform::exit);
        }

        /** The same with another recent-files store. */
        public Services withRecentStore(RecentFilesStore store) {
            return new Services(choice, store, executor, quit);
        }
    }

    /** The window builds a new view (and so a new menu) for every database it opens. */
    private static final FileChoice SYSTEM_DIALOGS = new FxFileChoice();

    private final FileCommandsViewModel commands;
    private final Runnable quitProgram;
    private final Menu file = new Menu();
    private final Menu help = new Menu();
    private final MenuItem newDatabase = new MenuItem();
    private final MenuItem open = new MenuItem();
    private final Menu openRecent = new Menu();
    private final MenuItem importItem = new MenuItem();
    private final MenuItem export = new MenuItem();
    private final MenuItem exportImage = new MenuItem();
    private final MenuItem exportReport = new MenuItem();
    private final MenuItem exportTables = new MenuItem();
    private final MenuItem quit = new MenuItem();
    private final MenuItem about = new MenuItem();
    private final MenuItem definitions = new MenuItem();

    private final I18n.Subscription language;

    /**
     * @param commands what the items do
     * @param quit ends the program
     */
    public FileMenu(FileCommandsViewModel commands, Runnable quit) {
        this.commands = Objects.requireNonNull(commands, "commands");
        this.quitProgram = Objects.requireNonNull(quit, "quit");
        createMenus();
        texts();
        language = I18n.addListener(locale -> texts());
    }

    private void createMenus() {
        file.setId(FILE_MENU_ID);
        help.setId(HELP_MENU_ID);
        newDatabase.setId(NEW_DATABASE_ID);
        open.setId(OPEN_ID);
        openRecent.setId(RECENT_ID);
        importItem.setId(IMPORT_ID);
        export.setId(EXPORT_ID);
        exportImage.setId(EXPORT_IMAGE_ID);
        exportReport.setId(EXPORT_REPORT_ID);
        exportTables.setId(EXPORT_TABLES_ID);
        quit.setId(QUIT_ID);
        about.setId(ABOUT_ID);
        definitions.setId(DEFINITIONS_ID);
        newDatabase.setAccelerator(NEW_DATABASE_KEYS);
        open.setAccelerator(OPEN_KEYS);
        importItem.setAccelerator(IMPORT_KEYS);
        export.setAccelerator(EXPORT_KEYS);
        exportImage.setAccelerator(EXPORT_IMAGE_KEYS);
        exportReport.setAccelerator(EXPORT_REPORT_KEYS);
        quit.setAccelerator(QUIT_KEYS);
        definitions.setAccelerator(DEFINITIONS_KEYS);
        // Importing needs a database to import into, and one import at a time.
        importItem.disableProperty().bind(commands.canImportProperty().not());
        newDatabase.setOnAction(e -> commands.newDatabase());
        open.setOnAction(e -> commands.openDatabase());
        importItem.setOnAction(e -> commands.importFiles());
        export.setOnAction(e -> commands.exportView());
        exportImage.setOnAction(e -> commands.exportImage());
        exportReport.setOnAction(e -> commands.exportReport());
        exportTables.setOnAction(e -> commands.exportTables());
        quit.setOnAction(e -> quitProgram.run());
        about.setOnAction(e -> AboutDialog.create(FxNotices.owner(null), commands.database()).show());
        definitions.setOnAction(e -> DefinitionsDialog.create(FxNotices.owner(null)).show());
        // Rebuilt when shown: a file may have gone missing (or come back) since.
        file.setOnShowing(e -> fillRecent());
        fillRecent();
        // The import dialog shows while its view model is set, over the window the user is in.
        commands.importDialogProperty().addListener((o, was, now) -> {
            if (now != null) {
                ImportDialog.show(FxNotices.owner(null), now, commands::importDialogClosed);
            }
        });
        file.getItems().setAll(newDatabase, open, openRecent, new SeparatorMenuItem(), importItem, export,
                exportImage, exportReport, exportTables, new SeparatorMenuItem(), quit);
        help.getItems().setAll(definitions, new SeparatorMenuItem(), about);
    }

    private void texts() {
        file.setText(I18n.get("menu.file"));
        help.setText(I18n.get("menu.help"));
        newDatabase.setText(I18n.get("menu.file.newDatabase"));
        open.setText(I18n.get("menu.file.open"));
        openRecent.setText(I18n.get("menu.file.openRecent"));
        importItem.setText(I18n.get("menu.file.import"));
        export.setText(I18n.get("menu.file.export"));
        exportImage.setText(I18n.get("menu.file.exportImage"));
        exportReport.setText(I18n.get("menu.file.exportReport"));
        exportTables.setText(I18n.get("menu.file.exportTables"));
        quit.setText(I18n.get("menu.file.quit"));
        about.setText(I18n.get("menu.help.about"));
        definitions.setText(I18n.get("menu.help.definitions"));
        fillRecent();
    }

    /** The recent files, missing ones greyed, then "Clear list"; "No recent files" when empty. */
    void fillRecent() {
        RecentFiles recent = commands.recentFiles();
        List<MenuItem> items = new java.util.ArrayList<>();
        for (Path p : recent.files()) {
            boolean there = recent.isAvailable(p);
            String label = p.getFileName() + " — " + (p.getParent() == null ? "" : p.getParent());
            MenuItem item = new MenuItem(there ? label : I18n.format("menu.file.openRecent.missing", label));
            item.setMnemonicParsing(false);
            item.setDisable(!there);
            item.setOnAction(e -> commands.open(p));
            items.add(item);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem(I18n.get("menu.file.openRecent.none"));
            none.setDisable(true);
            items.add(none);
        } else {
            MenuItem clear = new MenuItem(I18n.get("menu.file.openRecent.clear"));
            clear.setOnAction(e -> {
                recent.clear();
                fillRecent();
            });
            items.add(new SeparatorMenuItem());
            items.add(clear);
        }
        openRecent.getItems().setAll(items);
    }

    public Menu fileMenu() {
        return file;
    }

    public Menu helpMenu() {
        return help;
    }

    /** Files dropped on {@code window} (the explorer's view) open the import dialog with them. */
    public void acceptDroppedFiles(javafx.scene.Node window) {
        FileDrop.install(window, commands::importDropped);
    }

    /** The recent database files behind the Open recent menu. */
    public RecentFiles recentFiles() {
        return commands.recentFiles();
    }

    /** Stops following the language (the window's view is being replaced). */
    public void dispose() {
        language.close();
    }
}
