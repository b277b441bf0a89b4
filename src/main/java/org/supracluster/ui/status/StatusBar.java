package org.supracluster.ui.status;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.supracluster.ui.BackgroundWork;
import org.supracluster.ui.I18n;

/**
 * The status bar under the window: what is shown, the filter in words and the last notice on the
 * left; the background work under way, its progress and Cancel on the right. Only binds to its
 * {@link StatusBarViewModel}.
 */
public final class StatusBar extends HBox {

    /** Ids, so tests and stylesheets find the parts. */
    public static final String STATUS_ID = "status";
    public static final String FILTER_TEXT_ID = "filter-text";
    public static final String NOTICE_ID = "notice";

    private final Button cancel = new Button();
    private final I18n.Subscription language;

    public StatusBar(StatusBarViewModel model) {
        super(8);
        Label shown = new Label();
        shown.setId(STATUS_ID);
        shown.textProperty().bind(model.shownProperty());
        shown.setMinWidth(Region.USE_PREF_SIZE);
        Label filter = new Label();
        filter.setId(FILTER_TEXT_ID);
        filter.textProperty().bind(model.filterProperty());
        filter.setStyle("-fx-text-fill: #555555;");
        filter.setMinWidth(0);
        Label notice = new Label();
        notice.setId(NOTICE_ID);
        notice.textProperty().bind(model.noticeProperty());
        Label work = new Label();
        work.textProperty().bind(model.workProperty());
        BackgroundWork background = model.background();
        ProgressBar busy = new ProgressBar();
        busy.setPrefWidth(160);
        busy.progressProperty().bind(background.progressProperty());
        busy.visibleProperty().bind(background.runningProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        cancel.setOnAction(e -> background.cancel());
        cancel.visibleProperty().bind(background.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().setAll(shown, new Separator(Orientation.VERTICAL), filter, notice, gap, work, busy, cancel);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("status-bar");
        setStyle("-fx-padding: 3 8 3 8;");
        language = I18n.addListener(locale -> texts());
        texts();
    }

    private void texts() {
        cancel.setText(I18n.get("common.cancel"));
    }

    /** Stops following the language. */
    public void dispose() {
        language.close();
    }
}
