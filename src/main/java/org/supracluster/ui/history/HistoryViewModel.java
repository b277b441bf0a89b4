package org.supracluster.ui.history;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import org.supracluster.ui.ExplorerViewModel;

/**
 * Undo and redo of the explorer's filter, selection and camera. Listens to the explorer's filter
 * and selection; the map reports its camera once it has settled ({@link #cameraSettled}). Undo
 * and redo put a state back without recording it as a new change. No {@code Node}: tested
 * without a window.
 */
public final class HistoryViewModel {

    private final ExplorerViewModel model;
    private final LongSupplier clock;
    private final History<ExplorerState> history;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private Consumer<ExplorerState.Camera> moveCamera = c -> { };
    private ExplorerState.Camera camera = ExplorerState.Camera.UNKNOWN;
    /** True while a state is being put back: the changes it causes are not new steps. */
    private boolean restoring;
    /** True while something steps through many states that make one change (Play years). */
    private boolean holding;

    /** A history on the system's monotonic clock. */
    public HistoryViewModel(ExplorerViewModel model) {
        this(model, () -> System.nanoTime() / 1_000_000);
    }

    /** A history on a given clock in milliseconds (tests step it by hand). */
    public HistoryViewModel(ExplorerViewModel model, LongSupplier clockMillis) {
        this.model = Objects.requireNonNull(model, "model");
        this.clock = Objects.requireNonNull(clockMillis, "clock");
        this.history = new History<>(snapshot());
        model.filterProperty().addListener((o, was, now) -> changed("filter"));
        model.selectedFirmProperty().addListener((o, was, now) -> changed("selection"));
    }

    /** Where undo moves the map's camera to (the map sets this). */
    public void setCameraMover(Consumer<ExplorerState.Camera> mover) {
        moveCamera = Objects.requireNonNull(mover, "mover");
    }

    /** The map's camera has stopped moving here. */
    public void cameraSettled(double centreX, double centreY, double zoom) {
        ExplorerState.Camera c = new ExplorerState.Camera(centreX, centreY, zoom);
        boolean first = !camera.isKnown();
        camera = c;
        if (first && !history.canUndo()) {
            // Where the map starts is not a user's change: no undo step back to "no camera".
            history.replaceCurrent(history.current().with(c));
            return;
        }
        changed("camera");
    }

    private ExplorerState snapshot() {
        return new ExplorerState(model.filterProperty().get(), model.selectedFirmProperty().get(),
                camera.centreX(), camera.centreY(), camera.zoom());
    }

    /**
     * Makes everything that changes while {@code busy} is true one step: Play years moves the
     * filter through every year, and undo should go back to before it started, not a year at a
     * time. The step is recorded when {@code busy} turns false, if anything changed.
     */
    public void holdWhile(ObservableValue<Boolean> busy) {
        busy.addListener((o, was, now) -> {
            holding = now;
            if (!now) {
                // Its own kind: never merged into a filter change made just before.
                changed("held");
            }
        });
    }

    private void changed(String kind) {
        if (restoring || holding) {
            return;
        }
        history.record(snapshot(), kind, clock.getAsLong());
        update();
    }

    /** Ctrl+Z: puts the previous state back; false when there is none. */
    public boolean undo() {
        return restore(history.undo());
    }

    /** Ctrl+Y: puts the state undone last back; false when there is none. */
    public boolean redo() {
        return restore(history.redo());
    }

    private boolean restore(ExplorerState s) {
        if (s == null) {
            return false;
        }
        restoring = true;
        try {
            model.setFilter(s.filter());
            model.selectedFirmProperty().set(s.selectedFirm());
            if (s.camera().isKnown()) {
                camera = s.camera();
                moveCamera.accept(camera);
            }
        } finally {
            restoring = false;
            update();
        }
        return true;
    }

    private void update() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The state undo and redo move from. */
    public ExplorerState current() {
        return history.current();
    }
}
