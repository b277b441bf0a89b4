package org.supracluster.ui.inspector;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.supracluster.analysis.CartographyRole;
import org.supracluster.analysis.FirmMetrics;
import org.supracluster.ingest.ParsedData;
import org.supracluster.ingest.SampleGenerator;
import org.supracluster.model.Firm;
import org.supracluster.model.Link;
import org.supracluster.model.Network;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Shared by the inspector tests: the sample network, the JavaFX toolkit without a window, snapshots. */
public final class InspectorFixtures {

    private InspectorFixtures() {
    }

    /** The program's sample: 1,500 invented firms and their links, default seed. */
    public static Network sample() {
        ParsedData data = new SampleGenerator(SampleGenerator.DEFAULT_SEED, SampleGenerator.DEFAULT_FIRMS).generate();
        Network.Builder b = Network.builder();
        for (Firm f : data.firms()) {
            b.addFirm(f);
        }
        for (Link l : data.links()) {
            b.addLink(l);
        }
        return b.build();
    }

    /**
     * Starts the JavaFX toolkit (headless Monocle, no stage shown): a {@link javafx.concurrent.Task}
     * hands its results over with {@code Platform.runLater}, even when run synchronously.
     */
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /** Runs {@code work} on the JavaFX thread, then lets the events it queued (task results) run. */
    static <T> T fx(Callable<T> work) throws InterruptedException, ExecutionException {
        T result = WaitForAsyncUtils.asyncFx(work).get();
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    public static void fx(Runnable work) throws InterruptedException, ExecutionException {
        fx(() -> {
            work.run();
            return null;
        });
    }

    /** The hub (role R5–R7) with most neighbours, else the firm with most neighbours. */
    static int hub(FirmMetrics m) {
        int best = -1;
        for (int f = 0; f < m.firmCount(); f++) {
            CartographyRole r = m.role(f);
            boolean hub = r != null && r.isHub();
            boolean bestHub = best >= 0 && m.role(best) != null && m.role(best).isHub();
            if (best < 0 || (hub && !bestHub) || (hub == bestHub && m.degree(f) > m.degree(best))) {
                best = f;
            }
        }
        return best;
    }

    /** Writes a snapshot of a node's scene to {@code target/<name>}. */
    static File snapshot(Node node, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.getScene().snapshot(null)).get();
        File file = new File("target", name);
        file.getParentFile().mkdirs();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
        } catch (IOException e) {
            throw new IOException("could not write " + file, e);
        }
        return file;
    }
}
