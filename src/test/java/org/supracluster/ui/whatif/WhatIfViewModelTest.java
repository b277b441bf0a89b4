package org.supracluster.ui.whatif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Region;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;
import org.supracluster.ui.RecordingNotices;
import org.supracluster.ui.inspector.FirmMetricsViewModel;
import org.supracluster.ui.map.NetworkGraphTest;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Weak points" tab's state without a window, on the four firms of {@link NetworkGraphTest#network()}:
 * S (Seoul) and B (Busan) and J (Jeju) each linked to G (Gyeonggi) only, a star around G.
 * G's loss leaves three lone firms: it cuts off 4 − 1 − 1 = 2. Each link is a bridge cutting off
 * its leaf; S–G lies inside the capital region, G–B joins it to the southeast and G–J to "other".
 */
class WhatIfViewModelTest {

    private static final int S = 0;
    private static final int G = 1;
    private static final int B = 2;
    private static final int J = 3;

    private ExplorerViewModel explorer;
    private WhatIfViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get();
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private static void fx(Runnable work) throws Exception {
        fx(() -> {
            work.run();
            return null;
        });
    }

    @BeforeEach
    void setUp() throws Exception {
        fx(() -> {
            I18n.setLocale(Locale.ENGLISH);
            explorer = new ExplorerViewModel(NetworkGraphTest.network(), ClusterScheme.defaultFive());
            model = new WhatIfViewModel(new FirmMetricsViewModel(explorer, new RecordingNotices().tasks()));
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        fx(model::dispose);
    }

    @Test
    void theCentreOfTheStarIsTheOnlyWeakFirmAndTwoOfItsThreeBridgesJoinTwoGroups() {
        assertEquals(List.of(new WeakFirmRow(G, 1, "수원 팹 002", "Capital region", 3, 2, 1)), model.firms());
        assertEquals(List.of(new BridgeRow(G, B, 1, "수원 팹 002", "Capital region", "부산 소재 003", "Southeast", 1),
                new BridgeRow(G, J, 2, "수원 팹 002", "Capital region", "제주 연구 004", "Other", 1)), model.bridges());
        assertEquals("1 firm whose loss alone splits the network; 2 of the 3 bridges (links that alone join two "
                + "parts) join two clusters (or a cluster and other); the densest core is the 1-core.",
                model.summaryProperty().get());
    }

    @Test
    void theMapMarksTheWeakPointsOnlyWhileTheTabIsShowing() throws Exception {
        assertEquals(0, model.marksProperty().get().firms().length);
        fx(() -> model.setShowing(true));
        assertArrayEquals(new int[] {G}, model.marksProperty().get().firms());
        assertArrayEquals(new int[][] {{G, B}, {G, J}}, model.marksProperty().get().pairs());
        fx(() -> model.setShowing(false));
        assertEquals(WhatIfViewModel.Marks.NONE, model.marksProperty().get());
    }

    @Test
    void aFilterChangeIsFollowed() throws Exception {
        // Without Jeju, G's loss leaves S and B alone: it cuts off 3 − 1 − 1 = 1; G–B is left between groups.
        fx(() -> model.setShowing(true));
        fx(() -> explorer.setFilter(Filter.all().withRegions(EnumSet.of(Region.SEOUL, Region.GYEONGGI, Region.BUSAN))));
        assertEquals(1, model.firms().get(0).cutOff());
        assertEquals(List.of(B), model.bridges().stream().map(BridgeRow::second).toList());
        assertArrayEquals(new int[][] {{G, B}}, model.marksProperty().get().pairs());
    }

    @Test
    void selectingARowSelectsItsFirmEverywhere() throws Exception {
        fx(() -> model.select(G));
        assertEquals(G, explorer.selectedFirmProperty().get());
    }

    @Test
    void theSummaryFollowsTheLanguage() throws Exception {
        fx(() -> I18n.setLocale(Locale.KOREAN));
        try {
            assertEquals("하나만 빠져도 네트워크가 끊어지는 기업은 1개입니다. 다리(두 부분을 잇는 유일한 연결) 3개 가운데 "
                    + "2개가 두 클러스터(또는 클러스터와 기타)를 잇고, 가장 촘촘한 코어는 1-코어입니다.",
                    model.summaryProperty().get());
            assertEquals("기타", model.bridges().get(1).secondCluster());
        } finally {
            fx(() -> I18n.setLocale(Locale.ENGLISH));
        }
    }
}
