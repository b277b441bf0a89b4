package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionAgreementTest {

    private static Partition partition(int... clusterOf) {
        int k = 0;
        for (int c : clusterOf) {
            k = Math.max(k, c + 1);
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            names.add("C" + c);
        }
        return new Partition(k, clusterOf, names);
    }

    @Test
    void identicalPartitionsAgreeFullyWhateverTheLabels() {
        PartitionAgreement same = PartitionAgreement.of(partition(0, 0, 1, 1, 2), partition(0, 0, 1, 1, 2));
        assertEquals(1.0, same.adjustedRand(), 1e-12);
        assertEquals(1.0, same.nmi(), 1e-12);
        PartitionAgreement relabelled = PartitionAgreement.of(partition(0, 0, 1, 1, 2), partition(2, 2, 0, 0, 1));
        assertEquals(1.0, relabelled.adjustedRand(), 1e-12);
        assertEquals(1.0, relabelled.nmi(), 1e-12);
        assertEquals(5, relabelled.firms());
    }

    /**
     * The classic six-item example (scikit-learn's docs): A = [0,0,0,1,1,1], B = [0,0,1,1,2,2].
     * Cells n_ij: (0,0)=2, (0,1)=1, (1,1)=1, (1,2)=2 → Σ C(n_ij) = 1 + 1 = 2.
     * Σ C(a_i) = 3 + 3 = 6, Σ C(b_j) = 1 + 1 + 1 = 3, C(6) = 15, E = 6·3/15 = 1.2, max = 4.5:
     * ARI = (2 − 1.2) / (4.5 − 1.2) = 0.8 / 3.3 = 8/33 ≈ 0.2424.
     * H(A) = ln 2, H(B) = ln 3, I = 2·(2/6)·ln(6·2/(3·2)) + 2·(1/6)·ln(6·1/(3·2)) = (2/3) ln 2,
     * NMI = 2I / (H(A)+H(B)) = (4/3) ln 2 / ln 6 ≈ 0.5158.
     */
    @Test
    void classicSixItemExample() {
        PartitionAgreement r = PartitionAgreement.of(partition(0, 0, 0, 1, 1, 1), partition(0, 0, 1, 1, 2, 2));
        assertEquals(8.0 / 33, r.adjustedRand(), 1e-12);
        assertEquals(4.0 / 3 * Math.log(2) / Math.log(6), r.nmi(), 1e-12);
    }

    /**
     * 1000 firms, A = i mod 10, B = (i div 10) mod 10: every cell holds exactly 10 firms, so the
     * two are independent. I = 0 → NMI = 0; Σ C(n_ij) = 100·45 = 4500, Σ C(a_i) = Σ C(b_j) =
     * 10·4950 = 49500, E = 49500²/499500 ≈ 4905.4 → ARI = (4500 − 4905.4)/(49500 − 4905.4) ≈ −0.0091.
     */
    @Test
    void independentPartitionsScoreAboutZero() {
        int[] a = new int[1000];
        int[] b = new int[1000];
        for (int i = 0; i < 1000; i++) {
            a[i] = i % 10;
            b[i] = (i / 10) % 10;
        }
        PartitionAgreement r = PartitionAgreement.of(partition(a), partition(b));
        double expected = 49500.0 * 49500 / 499500;
        assertEquals((4500 - expected) / (49500 - expected), r.adjustedRand(), 1e-12);
        assertTrue(Math.abs(r.adjustedRand()) < 0.01);
        assertEquals(0.0, r.nmi(), 1e-12);
    }

    @Test
    void firmsOutsideAClusterInEitherPartitionAreLeftOut() {
        int o = Partition.OTHER;
        // The last two firms disagree but are "other" on one side each: the rest are identical.
        PartitionAgreement r = PartitionAgreement.of(partition(0, 0, 1, 1, o, 0), partition(1, 1, 0, 0, 1, o));
        assertEquals(4, r.firms());
        assertEquals(1.0, r.adjustedRand(), 1e-12);
        assertEquals(1.0, r.nmi(), 1e-12);
    }

    @Test
    void degenerateCases() {
        // Both one cluster: identical, ARI's denominator is 0 → 1; both entropies 0 → NMI 1.
        PartitionAgreement one = PartitionAgreement.of(partition(0, 0, 0), partition(0, 0, 0));
        assertEquals(1.0, one.adjustedRand());
        assertEquals(1.0, one.nmi());
        // One cluster against all singletons: Σ C(n_ij) = 0, E = 3·0/3 = 0, max = 1.5 → ARI 0; I = 0 → NMI 0.
        PartitionAgreement apart = PartitionAgreement.of(partition(0, 0, 0), partition(0, 1, 2));
        assertEquals(0.0, apart.adjustedRand(), 1e-12);
        assertEquals(0.0, apart.nmi(), 1e-12);
        // Nothing or one firm to compare.
        PartitionAgreement single = PartitionAgreement.of(partition(0), partition(0));
        assertTrue(Double.isNaN(single.adjustedRand()));
        PartitionAgreement none = PartitionAgreement.of(partition(Partition.OTHER), partition(0));
        assertEquals(0, none.firms());
        assertTrue(Double.isNaN(none.nmi()));
        assertThrows(IllegalArgumentException.class, () -> PartitionAgreement.of(partition(0, 0), partition(0)));
    }
}
