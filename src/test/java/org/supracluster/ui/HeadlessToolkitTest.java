package org.supracluster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Proves the build's headless JavaFX set-up (TestFX with Monocle, software rendering, see the
 * surefire properties in pom.xml): a stage shows and renders a snapshot with no display. The
 * explorer's own UI tests build on this.
 */
@ExtendWith(ApplicationExtension.class)
class HeadlessToolkitTest {

    private Label label;

    @Start
    void start(Stage stage) {
        label = new Label("Supracluster");
        stage.setScene(new Scene(new StackPane(label), 200, 100));
        stage.show();
    }

    @Test
    void aStageShowsAndRendersWithoutADisplay() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(label.getScene().getWindow().isShowing());
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> label.getScene().snapshot(null)).get();
        assertEquals(200, (int) image.getWidth());
        assertEquals("Monocle", System.getProperty("glass.platform"));
    }
}
