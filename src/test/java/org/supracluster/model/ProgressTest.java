package org.supracluster.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class ProgressTest {

    /** Keeps what it hears; cancelled when the test says so. */
    private static final class Heard implements Progress {
        final List<Double> fractions = new ArrayList<>();
        final List<String> steps = new ArrayList<>();
        boolean cancelled;

        @Override
        public void report(double fraction, String what) {
            fractions.add(fraction);
            steps.add(what);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    @Test
    void aPartReportsItsShareOfTheWhole() {
        Heard whole = new Heard();
        Progress second = whole.part(0.2, 0.5);
        second.report(0, "permutations");
        second.report(0.4, "permutations");
        second.report(1, "permutations");
        // 0.2 + 0.5 × 0 = 0.2; 0.2 + 0.5 × 0.4 = 0.4; 0.2 + 0.5 × 1 = 0.7
        assertEquals(List.of(0.2, 0.4, 0.7), whole.fractions);
        assertEquals(List.of("permutations", "permutations", "permutations"), whole.steps);
    }

    @Test
    void aFractionOutsideZeroToOneStaysInsideThePart() {
        Heard whole = new Heard();
        Progress p = whole.part(0.5, 0.25);
        p.report(-1, "x");
        p.report(1.5, "x");
        assertEquals(List.of(0.5, 0.75), whole.fractions);
    }

    @Test
    void partsNest() {
        Heard whole = new Heard();
        // The second half of the second half: its middle is 0.5 + 0.5 × (0.5 + 0.5 × 0.5) = 0.875.
        whole.part(0.5, 0.5).part(0.5, 0.5).report(0.5, "x");
        assertEquals(List.of(0.875), whole.fractions);
    }

    @Test
    void aPartIsCancelledWhenTheWholeIs() {
        Heard whole = new Heard();
        Progress p = whole.part(0, 0.5);
        assertFalse(p.isCancelled());
        p.checkCancelled();
        whole.cancelled = true;
        assertTrue(p.isCancelled());
        assertThrows(Progress.Cancelled.class, p::checkCancelled);
    }

    @Test
    void cancelledIsTheJdksCancellationException() {
        Heard whole = new Heard();
        whole.cancelled = true;
        // Callers of exports and imports catch CancellationException; analysis throws Cancelled.
        assertThrows(CancellationException.class, whole::checkCancelled);
        assertFalse(Progress.NONE.isCancelled());
    }
}
