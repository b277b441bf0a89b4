package org.supracluster.app;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.cli.MapRenderer;
import org.supracluster.export.MapScene;
import org.supracluster.model.ClusterScheme;
import org.supracluster.ui.Fonts;
import org.supracluster.ui.I18n;
import org.supracluster.ui.map.MapPainter;
import org.supracluster.ui.map.MapPicture;
import org.supracluster.ui.map.MapView;
import org.supracluster.ui.map.NetworkGraph;

/**
 * The explorer's map for {@code report}, drawn off screen: a {@link MapView} of the view in a
 * window of JavaFX's headless Monocle platform (software renderer, as {@link FxMapBench}), then
 * painted as the program's own PNG export paints it ({@link MapPicture}, {@link MapPainter}), so
 * the report's map is the picture File ▸ Export image would give; {@code render --out x.svg}
 * gets the same shapes for the SVG writer.
 */
public final class FxMapRenderer implements MapRenderer {

    @Override
    public byte[] render(LinkGraph all, LinkGraph shown, Partition partition, ClusterScheme scheme, String title,
                         Locale locale, int width, int height, boolean dark) {
        BufferedImage image = onFxThread(locale, () -> SwingFXUtils.fromFXImage(
                MapPainter.paint(picture(all, shown, partition, scheme, title, width, height, dark), 1), null));
        // Encoding needs no JavaFX thread.
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", png)) {
                throw new IOException("no PNG encoder is available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    @Override
    public MapScene scene(LinkGraph all, LinkGraph shown, Partition partition, ClusterScheme scheme, String title,
                          Locale locale, int width, int height, boolean dark) {
        return onFxThread(locale, () -> picture(all, shown, partition, scheme, title, width, height, dark));
    }

    /** Runs {@code work} on the JavaFX thread with the UI's messages in {@code locale}. */
    private static <T> T onFxThread(Locale locale, Supplier<T> work) {
        FxMapBench.startHeadless();
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            // The legend's words come from the UI's messages: in the map's language, then back
            // to what it was (a window may share this JavaFX).
            Locale before = I18n.locale();
            I18n.setLocale(locale);
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            } finally {
                I18n.setLocale(before);
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing the map", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("drawing the map failed: " + e.getCause(), e.getCause());
        }
    }

    private static MapScene picture(LinkGraph all, LinkGraph shown, Partition partition, ClusterScheme scheme,
                                    String title, int width, int height, boolean dark) {
        Fonts.load();
        MapView map = new MapView(new NetworkGraph(all, partition), scheme);
        Stage stage = new Stage();
        try {
            Scene scene = new Scene(map, width, height);
            scene.getStylesheets().add(Fonts.baseStylesheet());
            stage.setScene(scene);
            stage.show();
            map.show(shown);
            map.applyCss();
            map.layout();
            // The first frame sets the camera's metrics from the view's size; the second draws with them.
            frame(map);
            frame(map);
            return MapPicture.of(map, scheme, title == null ? "" : title, "", dark);
        } finally {
            map.close();
            stage.close();
        }
    }

    private static void frame(MapView map) {
        map.graphView().display(null, true);
        map.snapshot(null, null);
    }
}
