package org.supracluster.ui.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.supracluster.ui.FxNotices;
import org.supracluster.ui.I18n;

/**
 * The system's file dialogs, starting in the folder last used (in this run of the program), over
 * the window the user is working in ({@link FxNotices#owner}).
 * The export dialog's type list decides the format unless the typed name ends in a known
 * extension; for CSV the chosen name becomes a folder, as the command line writes CSV.
 */
public final class FxFileChoice implements FileChoice {

    /** The id of the question asked before importing into the synthetic sample. */
    public static final String SAMPLE_QUESTION_ID = "sample-import-question";

    private Path lastFolder;

    @Override
    public Optional<Path> lastFolder() {
        return Optional.ofNullable(lastFolder);
    }

    @Override
    public void startIn(Path folder) {
        lastFolder = folder;
    }

    @Override
    public Optional<Path> database() {
        Window owner = owner();
        FileChooser chooser = chooser("dialog.open.title");
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(I18n.get("dialog.open.fileType"), "*.db", "*.sqlite", "*.sqlite3"),
                allFiles());
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public List<Path> importFiles() {
        Window owner = owner();
        FileChooser chooser = chooser("dialog.import.title");
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(I18n.get("dialog.import.dataFiles"), "*.csv", "*.xlsx", "*.graphml",
                        "*.gexf"),
                new FileChooser.ExtensionFilter(I18n.get("dialog.import.fileType"), "*.csv", "*.xlsx"),
                new FileChooser.ExtensionFilter("GraphML", "*.graphml"),
                new FileChooser.ExtensionFilter("GEXF", "*.gexf"),
                allFiles());
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        remember(files.get(0));
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> newDatabase() {
        Window owner = owner();
        FileChooser chooser = chooser("dialog.newDatabase.title");
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(I18n.get("dialog.open.fileType"), "*.db"));
        chooser.setInitialFileName(I18n.get("dialog.newDatabase.name") + ".db");
        // Some desktops' dialogs return the typed name without the filter's extension.
        return remember(chooser.showSaveDialog(owner)).map(p -> p.getFileName().toString().contains(".") ? p
                : p.resolveSibling(p.getFileName() + ".db"));
    }

    @Override
    public boolean startNewDatabaseForImport() {
        javafx.scene.control.ButtonType fresh = new javafx.scene.control.ButtonType(
                I18n.get("sampleImport.newDatabase"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType cancel = new javafx.scene.control.ButtonType(I18n.get("common.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, I18n.get("sampleImport.text"), fresh, cancel);
        ask.setTitle(I18n.get("sampleImport.title"));
        ask.setHeaderText(I18n.get("sampleImport.header"));
        ask.getDialogPane().setId(SAMPLE_QUESTION_ID);
        ask.getDialogPane().getStylesheets().add(org.supracluster.ui.Fonts.baseStylesheet());
        Window owner = owner();
        if (owner != null) {
            ask.initOwner(owner);
        }
        return ask.showAndWait().filter(b -> b == fresh).isPresent();
    }

    @Override
    public Optional<ExportTarget> exportTarget(String suggestedName) {
        Window owner = owner();
        FileChooser chooser = chooser("dialog.export.title");
        FileChooser.ExtensionFilter graphml = new FileChooser.ExtensionFilter(I18n.get("dialog.export.graphml"),
                "*.graphml");
        FileChooser.ExtensionFilter gexf = new FileChooser.ExtensionFilter(I18n.get("dialog.export.gexf"), "*.gexf");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(I18n.get("dialog.export.csv"), "*");
        chooser.getExtensionFilters().setAll(graphml, gexf, csv);
        chooser.setInitialFileName(suggestedName + ".graphml");
        Optional<Path> file = remember(chooser.showSaveDialog(owner));
        if (file.isEmpty()) {
            return Optional.empty();
        }
        FileChooser.ExtensionFilter chosen = chooser.getSelectedExtensionFilter();
        ExportFormat byList = chosen == gexf ? ExportFormat.GEXF : chosen == csv ? ExportFormat.CSV
                : ExportFormat.GRAPHML;
        ExportFormat format = ExportFormat.byName(file.get()).orElse(byList);
        return confirmed(owner, file.get(), format.target(file.get())).map(t -> new ExportTarget(t, format));
    }

    @Override
    public Optional<ImageTarget> imageTarget(String suggestedName, String defaultTitle, String defaultSubtitle,
                                             boolean dark) {
        Window owner = owner();
        Optional<ImageExportDialog.Settings> settings = ImageExportDialog.ask(owner, defaultTitle, defaultSubtitle,
                dark);
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        ImageExport.Format format = settings.get().format();
        FileChooser chooser = chooser("imageExport.title");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(
                format.name(), "*." + format.extension()));
        chooser.setInitialFileName(suggestedName + "." + format.extension());
        return remember(chooser.showSaveDialog(owner)).flatMap(p -> confirmed(owner, p, format.withExtension(p)))
                .map(p -> new ImageTarget(p, format, settings.get().scale(), settings.get().title(),
                        settings.get().subtitle(), settings.get().dark()));
    }

    @Override
    public Optional<Path> reportFile(String suggestedName) {
        Window owner = owner();
        FileChooser chooser = chooser("reportExport.title");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(I18n.get("reportExport.fileType"),
                "*.html", "*.htm"));
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner)).flatMap(p -> confirmed(owner, p, withHtmlExtension(p)));
    }

    /** {@code file} ending in .html (or .htm) as a browser expects; the extension added when missing. */
    static Path withHtmlExtension(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") ? file
                : file.resolveSibling(file.getFileName() + ".html");
    }

    @Override
    public Optional<Path> tablesFolder() {
        Window owner = owner();
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(I18n.get("tablesExport.title"));
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File folder = chooser.showDialog(owner);
        if (folder == null) {
            return Optional.empty();
        }
        Path p = folder.toPath().toAbsolutePath();
        // The next dialog starts here too: the report usually goes beside its tables.
        lastFolder = p;
        return Optional.of(p);
    }

    @Override
    public Optional<Path> csvFile(String suggestedName) {
        Window owner = owner();
        FileChooser chooser = chooser("table.export.title");
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(I18n.get("table.export.fileType"), "*.csv"), allFiles());
        chooser.setInitialFileName(suggestedName + ".csv");
        // Some desktops' dialogs return the typed name without the filter's extension.
        return remember(chooser.showSaveDialog(owner)).flatMap(p -> confirmed(owner, p,
                p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + ".csv")));
    }

    /** The window the dialogs belong to: the one the user is working in, if any. */
    private static Window owner() {
        return FxNotices.owner(null);
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.get(titleKey));
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return chooser;
    }

    private static FileChooser.ExtensionFilter allFiles() {
        return new FileChooser.ExtensionFilter(I18n.get("dialog.fileType.all"), "*");
    }

    /**
     * {@code target}, the name chosen with an extension added, once the user agrees to replace a
     * file of that name: the dialog asked about replacing only the name as typed, without it.
     */
    private static Optional<Path> confirmed(Window owner, Path chosen, Path target) {
        if (target.equals(chosen) || !Files.exists(target)) {
            return Optional.of(target);
        }
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                I18n.get("file.replace.text"), javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        ask.setTitle(I18n.get("file.replace.title"));
        ask.setHeaderText(I18n.format("file.replace.header", target.getFileName()));
        if (owner != null) {
            ask.initOwner(owner);
        }
        return ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).map(b -> target);
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        Path p = file.toPath().toAbsolutePath();
        lastFolder = p.getParent();
        return Optional.of(p);
    }
}
