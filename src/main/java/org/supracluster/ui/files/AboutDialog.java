package org.supracluster.ui.files;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.supracluster.ui.I18n;

/**
 * About the program: name, version, what it is for, that the sample data is synthetic, and the
 * licences of what it bundles (the NanumGothic font, the province map). Built in the current
 * language.
 */
public final class AboutDialog {

    public static final String DIALOG_ID = "about-dialog";
    public static final String VERSION_ID = "about-version";

    private AboutDialog() {
    }

    public static Dialog<Void> create(Window owner, Optional<Path> database) {
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(I18n.get("dialog.about.title"));
        Label name = new Label(I18n.get("app.title"));
        name.setStyle("-fx-font-size: 1.6em; -fx-font-weight: bold;");
        Label version = new Label(I18n.format("dialog.about.version",
                AppVersion.get().orElse(I18n.get("dialog.about.development"))));
        version.setId(VERSION_ID);
        VBox box = new VBox(8, name, version, wrapped(I18n.get("app.tagline")));
        database.ifPresent(db -> box.getChildren().add(wrapped(I18n.format("dialog.about.database", db))));
        box.getChildren().addAll(wrapped(I18n.get("dialog.about.data")), new Separator(),
                heading(I18n.get("dialog.about.licences")), wrapped(I18n.get("dialog.about.font")),
                wrapped(I18n.get("dialog.about.map")));
        box.setPrefWidth(520);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setId(DIALOG_ID);
        closeOnly(dialog);
        return dialog;
    }

    /** Gives a dialog that only informs its one button, "Close" in the current language. */
    static void closeOnly(Dialog<?> dialog) {
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(I18n.get("common.close"),
                ButtonType.CLOSE.getButtonData()));
    }

    /** A label that wraps its text at the dialog's width. */
    static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
