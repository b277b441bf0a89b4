package org.supracluster.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.map.NetworkGraphTest;

/** Undo and redo of filter, selection and camera, without a window. */
class HistoryViewModelTest {

    private final ExplorerViewModel model =
            new ExplorerViewModel(NetworkGraphTest.network(), ClusterScheme.defaultFive());
    private long now = 10_000;
    private final HistoryViewModel history = new HistoryViewModel(model, () -> now);

    @Test
    void undoRestoresTheFilterExactlyAndRedoAppliesItAgain() {
        Filter before = model.filterProperty().get();
        model.copatentProperty().set(false);
        Filter tradeOnly = model.filterProperty().get();
        assertEquals(EnumSet.of(LinkType.TRADE), tradeOnly.linkTypes());
        assertTrue(history.undo());
        assertEquals(before, model.filterProperty().get());
        assertTrue(model.copatentProperty().get());
        assertTrue(history.canRedoProperty().get());
        assertTrue(history.redo());
        assertEquals(tradeOnly, model.filterProperty().get());
        assertFalse(history.canRedoProperty().get());
    }

    @Test
    void aSliderDragIsUndoneInOneStep() {
        Filter before = model.filterProperty().get();
        double max = model.filters().maxLinkWeight();
        for (int i = 1; i <= 5; i++) {
            now += 50;
            model.filters().setMinWeight(max * i / 10);
        }
        history.undo();
        assertEquals(before, model.filterProperty().get());
        assertFalse(history.canUndoProperty().get());
    }

    @Test
    void undoPutsBackSelectionAndCameraWithoutRecordingThem() {
        List<ExplorerState.Camera> moves = new ArrayList<>();
        history.setCameraMover(moves::add);
        history.cameraSettled(0, 0, 1); // where the map starts: no step
        assertFalse(history.canUndoProperty().get());
        now += 1000;
        model.selectedFirmProperty().set(2);
        now += 1000;
        history.cameraSettled(5, 6, 0.25);
        history.undo();
        assertEquals(List.of(new ExplorerState.Camera(0, 0, 1)), moves);
        assertEquals(2, model.selectedFirmProperty().get());
        // The camera settling where undo put it is no new step: redo still works.
        history.cameraSettled(0, 0, 1);
        assertTrue(history.canRedoProperty().get());
        history.undo();
        assertEquals(ExplorerViewModel.NO_FIRM, model.selectedFirmProperty().get());
        history.redo();
        history.redo();
        assertEquals(2, model.selectedFirmProperty().get());
        assertEquals(new ExplorerState.Camera(5, 6, 0.25), moves.get(moves.size() - 1));
    }

    @Test
    void aNewChangeAfterUndoClearsRedo() {
        model.tradeProperty().set(false);
        history.undo();
        now += 1000;
        model.selectedFirmProperty().set(1);
        assertFalse(history.canRedoProperty().get());
        assertFalse(history.redo());
    }

    @Test
    void playYearsIsUndoneInOneStep() {
        // The sample's links are dated 2020–2022; Play years shows each year in turn, seconds apart.
        model.copatentProperty().set(false);
        Filter beforePlay = model.filterProperty().get();
        javafx.beans.property.SimpleBooleanProperty playing = new javafx.beans.property.SimpleBooleanProperty();
        history.holdWhile(playing);
        playing.set(true);
        for (int year = 2020; year <= 2022; year++) {
            now += 2_000;
            model.filters().setYearRange(year, year);
        }
        playing.set(false);
        Filter afterPlay = model.filterProperty().get();
        assertTrue(history.undo());
        assertEquals(beforePlay, model.filterProperty().get(), "back to before Play, not to 2021");
        assertTrue(history.undo());
        assertTrue(model.copatentProperty().get(), "the step before Play is still there");
        assertTrue(history.redo());
        assertTrue(history.redo());
        assertEquals(afterPlay, model.filterProperty().get());
        assertFalse(history.canRedoProperty().get());
    }
}
