package org.supracluster.ui;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The program's {@link Notices}: notices go to a status bar, errors and information to an alert.
 * An alert belongs to the window the user is working in (a dialog, such as the scheme editor or
 * the import report, when it has the focus), else to the given window.
 */
public final class FxNotices implements Notices {

    private final Supplier<Window> window;
    private final Consumer<Supplier<String>> statusBar;

    /**
     * @param window the window alerts belong to when none of the program's has the focus (may give null)
     * @param statusBar shows a notice
     */
    public FxNotices(Supplier<Window> window, Consumer<Supplier<String>> statusBar) {
        this.window = Objects.requireNonNull(window, "window");
        this.statusBar = Objects.requireNonNull(statusBar, "statusBar");
    }

    @Override
    public void notice(Supplier<String> text) {
        statusBar.accept(text);
    }

    @Override
    public void error(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setTitle(I18n.get("dialog.error.title"));
        alert.setHeaderText(header);
        show(alert);
    }

    @Override
    public void inform(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.setHeaderText(header);
        show(alert);
    }

    private void show(Alert alert) {
        Window owner = owner(window.get());
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }

    /**
     * The window a dialog should belong to: the program's window that has the focus (the main
     * window, or a dialog of it), else {@code fallback}.
     */
    public static Window owner(Window fallback) {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage && w.isShowing() && w.isFocused()) {
                return w;
            }
        }
        return fallback;
    }
}
