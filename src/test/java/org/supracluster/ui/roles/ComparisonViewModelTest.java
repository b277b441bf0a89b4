package org.supracluster.ui.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.DensityNetwork;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;
import org.supracluster.ui.RecordingNotices;
import org.supracluster.ui.tables.TableSnapshot;

/**
 * The "Trade vs co-patent" tab's state, without a window, on {@link DensityNetwork} (figures worked
 * by hand there): the tests run on the calling thread ({@link RecordingNotices#tasks()}), only
 * while the tab is active.
 */
class ComparisonViewModelTest {

    @BeforeAll
    static void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @AfterAll
    static void system() {
        I18n.followSystemLocale();
    }

    private final Network network = DensityNetwork.network();
    private final ExplorerViewModel explorer = new ExplorerViewModel(network, ClusterScheme.defaultFive());
    private final ComparisonViewModel model = new ComparisonViewModel(explorer, new RecordingNotices().tasks());

    @Test
    void nothingIsComputedUntilTheTabIsShown() {
        assertNull(model.resultProperty().get());
        assertTrue(model.lines().isEmpty());
        model.setActive(true);
        assertEquals(0.5, model.resultProperty().get().densityQap().observed(), 1e-12);
    }

    @Test
    void theLinesNameEachFigurePlainly() {
        model.setActive(true);
        List<ComparisonViewModel.Line> lines = model.lines();
        List<String> expected = List.of(
                "Edge overlap: firm pairs joined by trade and by co-patents", "",
                "Firm pairs with trade", "10",
                "Firm pairs with co-patents", "6",
                "Firm pairs with both", "6",
                "Overlap (Jaccard)", "0.600",
                "Correlation of cluster-pair densities, trade vs co-patent", "",
                "Clusters compared (those with a shown firm)", "3",
                "Correlation r", "0.500",
                "QAP p: share of relabellings with r at least as high", "0.667",
                "QAP p: share of relabellings with r at most as high", "1.000",
                "Relabellings compared", "6, every one (exact)",
                "Firm-level: do the same firms trade and co-patent?", "",
                "Firms compared (shown)", "8",
                "Correlation r", String.format(Locale.ENGLISH, "%.3f", DensityNetwork.FIRM_R));
        for (int i = 0; i < expected.size() / 2; i++) {
            ComparisonViewModel.Line l = lines.get(i);
            assertEquals(expected.get(2 * i), l.label());
            assertEquals(expected.get(2 * i + 1), l.value() == null ? "" : l.value());
        }
        assertEquals("Relabellings compared", lines.get(16).label());
        assertEquals("1,000 drawn at random (seed 1)", lines.get(16).value(), "8! > 1,000: sampled");
        assertTrue(lines.get(0).tip().startsWith("Pairs of firms joined"));
        TableSnapshot t = model.table();
        assertEquals(List.of("Measure", "Value"), t.header());
        assertEquals(lines.size(), t.rows().size());
    }

    @Test
    void aFilterChangeRecomputesWhileShownAndWaitsWhileHidden() {
        model.setActive(true);
        explorer.setFilter(Filter.all().withLinkTypes(EnumSet.of(LinkType.TRADE)));
        // No co-patent link: no correlation at either level.
        assertTrue(Double.isNaN(model.resultProperty().get().densityQap().observed()));
        assertEquals("—", model.lines().get(7).value());
        model.setActive(false);
        explorer.setFilter(Filter.all());
        assertTrue(Double.isNaN(model.resultProperty().get().densityQap().observed()), "hidden: not recomputed");
        model.setActive(true);
        assertEquals(0.5, model.resultProperty().get().densityQap().observed(), 1e-12);
        model.dispose();
    }
}
