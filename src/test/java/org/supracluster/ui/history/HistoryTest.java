package org.supracluster.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The undo list on its own, with time stepped by hand. */
class HistoryTest {

    @Test
    void undoAndRedoWalkTheRecordedStates() {
        History<String> h = new History<>("a");
        h.record("b", "filter", 0);
        h.record("c", "selection", 1000);
        assertEquals("b", h.undo());
        assertEquals("a", h.undo());
        assertNull(h.undo());
        assertEquals("b", h.redo());
        assertEquals("c", h.redo());
        assertNull(h.redo());
    }

    @Test
    void aNewChangeAfterUndoClearsTheRedoList() {
        History<String> h = new History<>("a");
        h.record("b", "filter", 0);
        h.undo();
        assertTrue(h.canRedo());
        h.record("x", "filter", 5000);
        assertFalse(h.canRedo());
        assertEquals("a", h.undo());
    }

    @Test
    void quickChangesOfOneKindBecomeOneStep() {
        History<String> h = new History<>("a");
        h.record("b", "filter", 1000);
        h.record("c", "filter", 1100);
        h.record("d", "filter", 1450); // each within 400 ms of the one before
        h.record("e", "camera", 1500); // another kind: a step of its own
        assertEquals("d", h.undo());
        assertEquals("a", h.undo());
        assertFalse(h.canUndo());
    }

    @Test
    void changesFurtherApartAreSeparateSteps() {
        History<String> h = new History<>("a");
        h.record("b", "filter", 1000);
        h.record("c", "filter", 1400);
        assertEquals("b", h.undo());
    }

    @Test
    void theCurrentStateAgainIsNoStep() {
        History<String> h = new History<>("a");
        assertFalse(h.record("a", "filter", 0));
        assertFalse(h.canUndo());
    }

    @Test
    void theOldestStepsAreForgottenBeyondTheLimit() {
        History<Integer> h = new History<>(0, 2);
        for (int i = 1; i <= 4; i++) {
            h.record(i, null, i * 1000L);
        }
        assertEquals(3, h.undo());
        assertEquals(2, h.undo());
        assertNull(h.undo());
    }
}
