package org.supracluster.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeyOrderTest {

    @Test
    void smallHandWorkedCase() {
        // keys 30, 10, 20, 10 → positions 1, 3 (tie kept in order), 2, 0
        assertArrayEquals(new int[] {1, 3, 2, 0}, KeyOrder.sortedIndices(new long[] {30, 10, 20, 10}));
        assertArrayEquals(new int[] {}, KeyOrder.sortedIndices(new long[] {}));
        assertArrayEquals(new int[] {0, 1}, KeyOrder.sortedIndices(new long[] {0, 0}));
    }

    @Test
    void agreesWithAComparatorSortOnLargePackedKeys() {
        SplittableRandom r = new SplittableRandom(7);
        long[] keys = new long[20_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = LinkKey.of(r.nextInt(1 << 24), r.nextInt(1 << 24), r.nextInt(2),
                    r.nextBoolean() ? 0 : 1900 + r.nextInt(255));
        }
        int[] expected = IntStream.range(0, keys.length).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> keys[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        assertArrayEquals(expected, KeyOrder.sortedIndices(keys));
    }

    @Test
    void negativeKeysAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> KeyOrder.sortedIndices(new long[] {1, -1}));
    }
}
