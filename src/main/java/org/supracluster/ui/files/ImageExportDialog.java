package org.supracluster.ui.files;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.supracluster.ui.Fonts;
import org.supracluster.ui.I18n;

/**
 * Asks how to export the map as a picture: PNG or SVG, the PNG's scale (1×, 2×, 4×), light or
 * dark colours (the theme on screen first), and the title and subtitle drawn on it. The file itself is chosen next, in the system's file dialog.
 */
final class ImageExportDialog {

    /** Ids of the controls, for tests. */
    static final String DIALOG_ID = "image-export-dialog";
    static final String PNG_ID = "image-export-png";
    static final String SVG_ID = "image-export-svg";
    static final String SCALE_ID = "image-export-scale";
    static final String TITLE_ID = "image-export-title";
    static final String SUBTITLE_ID = "image-export-subtitle";
    static final String LIGHT_ID = "image-export-light";
    static final String DARK_ID = "image-export-dark";

    /** What the user chose. */
    record Settings(ImageExport.Format format, int scale, String title, String subtitle, boolean dark) { }

    private ImageExportDialog() {
    }

    static Dialog<Settings> create(Window owner, String title, String subtitle, boolean dark) {
        Dialog<Settings> dialog = new Dialog<>();
        dialog.setTitle(I18n.get("imageExport.title"));
        dialog.setHeaderText(I18n.get("imageExport.header"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().setId(DIALOG_ID);
        dialog.getDialogPane().getStylesheets().add(Fonts.baseStylesheet());
        ToggleGroup formats = new ToggleGroup();
        RadioButton png = new RadioButton(I18n.get("imageExport.png"));
        png.setId(PNG_ID);
        png.setToggleGroup(formats);
        png.setSelected(true);
        RadioButton svg = new RadioButton(I18n.get("imageExport.svg"));
        svg.setId(SVG_ID);
        svg.setToggleGroup(formats);
        ComboBox<Integer> scale = new ComboBox<>();
        scale.setId(SCALE_ID);
        scale.getItems().setAll(1, 2, 4);
        scale.setValue(2);
        scale.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer s) {
                return s == null ? "" : s + "×";
            }

            @Override
            public Integer fromString(String s) {
                return Integer.valueOf(s.replace("×", "").strip());
            }
        });
        // Scale means pixels: an SVG has none.
        scale.disableProperty().bind(svg.selectedProperty());
        ToggleGroup themes = new ToggleGroup();
        RadioButton light = new RadioButton(I18n.get("imageExport.light"));
        light.setId(LIGHT_ID);
        light.setToggleGroup(themes);
        RadioButton darkChoice = new RadioButton(I18n.get("imageExport.dark"));
        darkChoice.setId(DARK_ID);
        darkChoice.setToggleGroup(themes);
        (dark ? darkChoice : light).setSelected(true);
        javafx.scene.control.Tooltip themeTip = new javafx.scene.control.Tooltip(I18n.get("imageExport.theme.tooltip"));
        light.setTooltip(themeTip);
        darkChoice.setTooltip(themeTip);
        TextField titleField = new TextField(title);
        titleField.setId(TITLE_ID);
        titleField.setPrefColumnCount(36);
        TextField subtitleField = new TextField(subtitle);
        subtitleField.setId(SUBTITLE_ID);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(I18n.get("imageExport.format")), new HBox(12, png, svg));
        grid.addRow(1, new Label(I18n.get("imageExport.scale")), scale);
        grid.addRow(2, new Label(I18n.get("imageExport.theme")), new HBox(12, light, darkChoice));
        grid.addRow(3, new Label(I18n.get("imageExport.titleField")), titleField);
        grid.addRow(4, new Label(I18n.get("imageExport.subtitleField")), subtitleField);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b != ButtonType.OK ? null
                : new Settings(svg.isSelected() ? ImageExport.Format.SVG : ImageExport.Format.PNG,
                        scale.getValue() == null ? 1 : scale.getValue(), titleField.getText(), subtitleField.getText(),
                        darkChoice.isSelected()));
        return dialog;
    }

    /** Shows the dialog and waits for the answer. */
    static Optional<Settings> ask(Window owner, String title, String subtitle, boolean dark) {
        return create(owner, title, subtitle, dark).showAndWait();
    }
}
