package org.supracluster.ui.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.supracluster.ui.map.LabelPlacer.Candidate;

/** Names placed without overlap, worked by hand in screen pixels (GAP = 2). */
class LabelPlacerTest {

    @Test
    void widthsAreEstimatedPerCharacter() {
        assertEquals(20.0, LabelPlacer.textWidth("한빛", 10), 1e-9);
        // A, B: 0.62 em each; a space 0.3; c 0.52: 2.06 em.
        assertEquals(20.6, LabelPlacer.textWidth("AB c", 10), 1e-9);
        assertEquals(0.0, LabelPlacer.textWidth("", 10), 1e-9);
    }

    @Test
    void aNameThatWouldOverlapAMoreImportantOneIsLeftOut() {
        // A at (100, 100), r 4, 40 × 12: name box [106, 94] – [146, 106].
        Candidate a = new Candidate(0, 100, 100, 4, 40, 12);
        // B's circle [116, 96] – [124, 104] lies inside A's name: left out.
        Candidate b = new Candidate(1, 120, 100, 4, 40, 12);
        // C 30 px lower: box [106, 124] – [146, 136], circle [96, 126] – [104, 134]; clear of A.
        Candidate c = new Candidate(2, 100, 130, 4, 40, 12);
        // D 12 px lower than A: its box starts at y 106, within the 2 px gap of A's: left out.
        Candidate d = new Candidate(3, 100, 112, 4, 40, 12);
        assertArrayEquals(new int[] {0, 2}, LabelPlacer.place(List.of(a, b, c, d), 800, 600));
        // The order is the priority: with D first (box [106, 106] – [146, 118]), A, whose name
        // D's touches, goes; C's box starts at y 124, beyond D's 118 + 2, and stays.
        assertArrayEquals(new int[] {3, 2}, LabelPlacer.place(List.of(d, a, c), 800, 600));
    }

    @Test
    void aCoveringCircleHidesANameUnlessTheNameIsDrawnAboveIt() {
        // A's name box [106, 94] – [146, 106]; a neighbour's circle drawn over names at [120, 96] – [128, 104].
        List<double[]> covering = List.<double[]>of(new double[] {120, 96, 128, 104});
        Candidate under = new Candidate(0, 100, 100, 4, 40, 12);
        Candidate above = new Candidate(0, 100, 100, 4, 40, 12, true);
        assertArrayEquals(new int[] {}, LabelPlacer.place(List.of(under), covering, 800, 600));
        assertArrayEquals(new int[] {0}, LabelPlacer.place(List.of(above), covering, 800, 600));
        // A firm's own circle among the covering ones does not hide its name (the name starts 2 px right of it).
        List<double[]> own = List.<double[]>of(new double[] {96, 96, 104, 104});
        assertArrayEquals(new int[] {0}, LabelPlacer.place(List.of(under), own, 800, 600));
    }

    @Test
    void namesOutsideTheViewAreNotPlacedAndTakeNoRoom() {
        // Wholly left of the view: box [-94, 94] – [-54, 106].
        Candidate out = new Candidate(0, -100, 100, 4, 40, 12);
        Candidate in = new Candidate(1, 10, 100, 4, 40, 12);
        assertArrayEquals(new int[] {1}, LabelPlacer.place(List.of(out, in), 800, 600));
        // Partly in view (box [796, 94] – [836, 106]) is kept: the visible part reads.
        Candidate edge = new Candidate(2, 790, 100, 4, 40, 12);
        assertArrayEquals(new int[] {2}, LabelPlacer.place(List.of(edge), 800, 600));
    }

    @Test
    void noTwoPlacedNamesOverlapInACrowd() {
        Random r = new Random(7);
        List<Candidate> crowd = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            crowd.add(new Candidate(i, r.nextDouble() * 800, r.nextDouble() * 600, 3,
                    LabelPlacer.textWidth("기업" + i, 11), 11));
        }
        int[] kept = LabelPlacer.place(crowd, 800, 600);
        assertTrue(kept.length > 50 && kept.length < 2000, "some names, not all: " + kept.length);
        for (int i = 0; i < kept.length; i++) {
            for (int j = i + 1; j < kept.length; j++) {
                Candidate p = crowd.get(kept[i]);
                Candidate q = crowd.get(kept[j]);
                boolean apart = p.left() + p.width() <= q.left() || q.left() + q.width() <= p.left()
                        || p.top() + p.height() <= q.top() || q.top() + q.height() <= p.top();
                assertTrue(apart, "names " + kept[i] + " and " + kept[j] + " overlap");
            }
        }
        assertEquals(0, kept[0], "the most important name is always kept");
    }
}
