package org.supracluster.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.supracluster.cli.MapBench;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.Region;
import org.supracluster.ui.explorer.ExplorerView;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.Fonts;
import org.supracluster.ui.map.MapView;

/**
 * {@code bench --map}: the explorer's whole view (map, filters, tables, charts, inspector) in a
 * 1280×800 window of JavaFX's headless Monocle platform with the software renderer, timing each
 * interaction from the user's action to the map's next frame painted. A frame is GraphStream's
 * render into its canvas followed by a snapshot of the map node, which makes JavaFX paint the
 * canvas there and then (software rendering, as on a machine without a graphics driver).
 *
 * <ul>
 *   <li>{@code mapOpen}: building the view and its first frame;</li>
 *   <li>{@code mapFilter}: a filter change (three provinces and trade only, then back to
 *       everything), through the view model as the filter panel does it, tables and charts
 *       included;</li>
 *   <li>{@code mapPan}, {@code mapZoom}: a camera move and a zoom step;</li>
 *   <li>{@code mapSelect}: selecting the best-connected firm (neighbours highlighted).</li>
 * </ul>
 * Each is the median of nine. Before each filter change, the camera and the selection are timed,
 * the bench waits until the background analyses the last filter change started have finished
 * (the program's threads quiet): at 20,000 firms they run for seconds on both cores, and would be
 * timed with whatever interaction happened to run beside them. The analyses a timed filter change
 * starts itself run beside it and are in its time. Each also has a {@code …Cpu} figure: the CPU time the JavaFX thread and
 * JavaFX's renderer thread spent on it (median of nine), which a machine shared with other work
 * disturbs far less than the time on the clock; absent where the JVM cannot measure thread CPU time.
 */
public final class FxMapBench implements MapBench {

    private static final int ROUNDS = 9;
    private static boolean started;

    @Override
    public Map<String, Double> measure(Network network, ClusterScheme scheme) {
        startHeadless();
        Run run = new Run();
        onFxThread(() -> run.open(network, scheme));
        // A filter change starts the window's background analyses (centralities, roles); at 20,000
        // firms they run for seconds on both cores. Each change is timed on a quiet window, as after
        // a user's pause: with the analyses it starts itself running beside it, not the leftovers
        // of the change before.
        for (int i = 0; i < ROUNDS; i++) {
            waitUntilQuiet();
            int round = i;
            onFxThread(() -> run.filterOnce(round));
        }
        run.filterFigures();
        // The camera and a selection likewise, once the last filter change's analyses are done.
        waitUntilQuiet();
        return onFxThread(run::cameraAndSelect);
    }

    /** Waits (60 s at most) until the program's threads use less than a quarter of one core. */
    private static void waitUntilQuiet() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + 60_000_000_000L;
        long before = cpuOfAllThreads(threads);
        while (System.nanoTime() < end) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long now = cpuOfAllThreads(threads);
            if (now - before < 62_000_000L) {
                onFxThread(() -> null); // results delivered to the JavaFX thread are taken
                return;
            }
            before = now;
        }
    }

    private static long cpuOfAllThreads(ThreadMXBean threads) {
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            sum += Math.max(0, threads.getThreadCpuTime(id));
        }
        return sum;
    }

    private static <T> T onFxThread(java.util.function.Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring the map", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the map benchmark failed: " + e.getCause(), e.getCause());
        }
    }

    /** Starts JavaFX once, headless: Monocle's headless screen and the software renderer. */
    static synchronized void startHeadless() {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("org.graphstream.ui", "javafx");
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
            up.await();
        } catch (IllegalStateException alreadyRunning) {
            // JavaFX runs already (a test started it): measure on it as it is.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    /** One measurement: the window opened and filtered, then (once quiet) the camera and a selection. */
    private static final class Run {
        private final Map<String, Double> ms = new LinkedHashMap<>();
        private final Map<String, Double> cpu = new LinkedHashMap<>();
        private Cpu clock;
        private Network network;
        private ExplorerViewModel model;
        private ExplorerView view;
        private Stage stage;

        private final double[] filter = new double[ROUNDS];
        private final double[] filterCpu = new double[ROUNDS];

        private Void open(Network network, ClusterScheme scheme) {
            this.network = network;
            Fonts.load();
            clock = new Cpu();
            double c = clock.ms();
            long t = System.nanoTime();
            model = new ExplorerViewModel(network, scheme);
            view = new ExplorerView(model);
            stage = new Stage();
            Scene scene = new Scene(view, 1280, 800);
            scene.getStylesheets().add(Fonts.baseStylesheet());
            stage.setScene(scene);
            stage.show();
            view.applyCss();
            view.layout();
            frame(view.map());
            ms.put("mapOpen", since(t));
            cpu.put("mapOpenCpu", clock.ms() - c);
            return null;
        }

        /** Round {@code i}: three provinces and trade only (even rounds), or everything again. */
        private Void filterOnce(int i) {
            Filter some = Filter.all().withRegions(EnumSet.of(Region.GYEONGGI, Region.CHUNGBUK, Region.DAEJEON))
                    .withLinkTypes(EnumSet.of(LinkType.TRADE));
            double c = clock.ms();
            long t = System.nanoTime();
            model.setFilter(i % 2 == 0 ? some : Filter.all());
            frame(view.map());
            filter[i] = since(t);
            filterCpu[i] = clock.ms() - c;
            return null;
        }

        private void filterFigures() {
            ms.put("mapFilter", median(filter));
            cpu.put("mapFilterCpu", median(filterCpu));
        }

        private Map<String, Double> cameraAndSelect() {
            double c;
            long t;

            var camera = view.map().graphView().getCamera();
            double[] pan = new double[ROUNDS];
            double[] panCpu = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                var centre = camera.getViewCenter();
                double step = (camera.getMetrics().hi.x - camera.getMetrics().lo.x) * 0.05 * (i % 2 == 0 ? 1 : -1);
                c = clock.ms();
                t = System.nanoTime();
                camera.setViewCenter(centre.x + step, centre.y, 0);
                frame(view.map());
                pan[i] = since(t);
                panCpu[i] = clock.ms() - c;
            }
            ms.put("mapPan", median(pan));
            cpu.put("mapPanCpu", median(panCpu));

            double[] zoom = new double[ROUNDS];
            double[] zoomCpu = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                c = clock.ms();
                t = System.nanoTime();
                camera.setViewPercent(i % 2 == 0 ? 0.3 : 1.0);
                frame(view.map());
                zoom[i] = since(t);
                zoomCpu[i] = clock.ms() - c;
            }
            ms.put("mapZoom", median(zoom));
            cpu.put("mapZoomCpu", median(zoomCpu));

            int hub = 0;
            for (int f = 1; f < network.firmCount(); f++) {
                if (model.allLinks().degree(f) > model.allLinks().degree(hub)) {
                    hub = f;
                }
            }
            double[] select = new double[ROUNDS];
            double[] selectCpu = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                c = clock.ms();
                t = System.nanoTime();
                model.selectedFirmProperty().set(i % 2 == 0 ? hub : ExplorerViewModel.NO_FIRM);
                frame(view.map());
                select[i] = since(t);
                selectCpu[i] = clock.ms() - c;
            }
            ms.put("mapSelect", median(select));
            cpu.put("mapSelectCpu", median(selectCpu));
            if (clock.works()) {
                ms.putAll(cpu);
            }
            view.map().close();
            stage.close();
            return ms;
        }
    }

    /** GraphStream renders into its canvas, then JavaFX paints the canvas (software). */
    private static void frame(MapView map) {
        map.graphView().display(null, true);
        map.snapshot(null, null);
    }

    /**
     * CPU time of the JavaFX thread (the caller's) and of JavaFX's renderer thread, which paints
     * what the JavaFX thread asked for (the snapshot waits for it).
     */
    private static final class Cpu {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final long fx = Thread.currentThread().getId();
        private final long renderer = Thread.getAllStackTraces().keySet().stream()
                .filter(th -> th.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst()
                .orElse(-1);

        boolean works() {
            return threads.isThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled() && renderer >= 0;
        }

        double ms() {
            if (!works()) {
                return 0;
            }
            return (threads.getThreadCpuTime(fx) + Math.max(0, threads.getThreadCpuTime(renderer))) / 1e6;
        }
    }

    private static double since(long t) {
        return (System.nanoTime() - t) / 1e6;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
