package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.supracluster.model.Progress;

class QapTest {

    /** The statistic π(0): observed 0 (the identity); each unit lands first in (n−1)! of the n! relabellings. */
    private static final Qap.Statistic FIRST = perm -> perm[0];

    /**
     * Three units, s = π(0) ∈ {0, 1, 2} twice each over the 3! = 6 relabellings; observed 0:
     * P(s ≥ 0) = 6/6, P(s ≤ 0) = 2/6.
     */
    @Test
    void exactTestEnumeratesEveryRelabellingOnce() {
        Set<List<Integer>> seen = new HashSet<>();
        Qap.Result r = Qap.test(3, perm -> {
            seen.add(List.of(perm[0], perm[1], perm[2]));
            return perm[0];
        }, 6, 1, Progress.NONE);
        assertEquals(6, seen.size());
        assertTrue(r.exact());
        assertEquals(6, r.permutations());
        assertEquals(0, r.observed());
        assertEquals(1.0, r.pAtLeast(), 1e-15);
        assertEquals(2.0 / 6, r.pAtMost(), 1e-15);
    }

    /**
     * Statistic π(1) − π(0) … observed 1 (identity: 1 − 0). Over the 6 relabellings of 3 units the
     * pairs (π(0), π(1)) are (0,1) 1, (0,2) 2, (1,0) −1, (1,2) 1, (2,0) −2, (2,1) −1:
     * P(s ≥ 1) = 3/6, P(s ≤ 1) = 5/6 (the observed counts on both sides).
     */
    @Test
    void tiesCountOnBothSides() {
        Qap.Result r = Qap.test(3, perm -> perm[1] - perm[0], 1000, 1, Progress.NONE);
        assertEquals(1, r.observed());
        assertEquals(0.5, r.pAtLeast(), 1e-15);
        assertEquals(5.0 / 6, r.pAtMost(), 1e-15);
    }

    /**
     * Seven units: 7! = 5040 > 1000 asked, so 1000 are drawn. π(0) = 0 in about 1/7 of them:
     * P(s ≤ 0) = (1 + #{π(0) = 0}) / 1001, P(s ≥ 0) = 1001/1001. The same seed gives the same draw.
     */
    @Test
    void sampledTestCountsTheObservedAndRepeatsWithTheSeed() {
        Qap.Result r = Qap.test(7, FIRST, 1000, 42, Progress.NONE);
        assertFalse(r.exact());
        assertEquals(1000, r.permutations());
        assertEquals(1.0, r.pAtLeast(), 1e-15);
        double zeros = r.pAtMost() * 1001 - 1;
        assertEquals(Math.rint(zeros), zeros, 1e-9);
        assertTrue(zeros > 1000 / 7.0 - 50 && zeros < 1000 / 7.0 + 50, "π(0) = 0 in " + zeros);
        assertEquals(r, Qap.test(7, FIRST, 1000, 42, Progress.NONE));
    }

    @Test
    void undefinedStatisticIsNotTested() {
        Qap.Result r = Qap.test(4, perm -> Double.NaN, 10, 1, Progress.NONE);
        assertEquals(Qap.Result.UNDEFINED, r);
        assertEquals(0, r.permutations());
    }

    @Test
    void factorialStopsAtTheLimitAndPermutationsRunInOrder() {
        assertEquals(120, Qap.factorialUpTo(5, 120));
        assertEquals(720, Qap.factorialUpTo(6, 1000));
        assertTrue(Qap.factorialUpTo(20_000, 1000) > 1000);
        assertEquals(1, Qap.factorialUpTo(0, 1));
        int[] p = {0, 2, 1};
        assertTrue(Qap.nextPermutation(p));
        assertArrayEquals(new int[] {1, 0, 2}, p);
        int[] last = {2, 1, 0};
        assertFalse(Qap.nextPermutation(last));
        assertArrayEquals(new int[] {2, 1, 0}, last);
    }

    @Test
    void cancellingStopsAndBadArgumentsAreRefused() {
        Progress cancelled = new Progress() {
            @Override
            public void report(double fraction, String what) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(Progress.Cancelled.class, () -> Qap.test(3, FIRST, 10, 1, cancelled));
        assertThrows(IllegalArgumentException.class, () -> Qap.test(3, FIRST, 0, 1, Progress.NONE));
        assertThrows(IllegalArgumentException.class, () -> Qap.test(-1, FIRST, 10, 1, Progress.NONE));
    }
}
