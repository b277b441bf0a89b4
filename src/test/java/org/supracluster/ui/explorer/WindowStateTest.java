package org.supracluster.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.layout.LayoutOptions;
import org.supracluster.ui.map.NetworkGraphTest;
import org.supracluster.ui.presenter.PresenterViewModel;
import org.supracluster.ui.supermap.SuperMapViewModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window keeps when it shows the network again (an import reloads it; another scheme
 * rebuilds it; another database replaces it), headless.
 */
@ExtendWith(ApplicationExtension.class)
class WindowStateTest {

    private ExplorerView before;
    private ExplorerView after;

    @Start
    void start(Stage stage) {
        before = ExplorerWindow.show(stage, NetworkGraphTest.network());
    }

    @AfterEach
    void close() throws Exception {
        ExplorerWindow.close(before);
        if (after != null) {
            WaitForAsyncUtils.asyncFx(after::dispose).get();
        }
    }

    /** Presenter mode (dividers set before it) with its own title in the dark, a trade-only filter, firm B selected, a scene. */
    private void changeEverything() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            before.analysisArea().setDividers(new double[][] {{0.5}, {0.4}});
            ExplorerViewModel m = before.model();
            m.setFilter(Filter.all().withLinkTypes(EnumSet.of(LinkType.TRADE)));
            m.selectedFirmProperty().set(m.network().indexOf("B"));
            before.scenes().save("남부 공급망");
            before.superMap().groupingProperty().set(SuperMapViewModel.Grouping.PROVINCES);
            PresenterViewModel p = before.presenter();
            p.enter();
            p.editTitle("반도체 공급망 발표", "");
            p.themeProperty().set(PresenterViewModel.Theme.DARK);
            before.networkLayout().optionsProperty().set(new LayoutOptions(false, true));
        }).get();
        after = WaitForAsyncUtils.asyncFx(() -> {
            ExplorerView v = new ExplorerView(new ExplorerViewModel(NetworkGraphTest.network(),
                    ClusterScheme.defaultFive()));
            v.scenes().save("남부 공급망"); // the same database's scenes, read again
            return v;
        }).get();
    }

    /** As the app does: the state read, the new view put in the window, the state put on it. */
    private void replace(boolean sameData) {
        WindowState kept = WindowState.of(before);
        before.getScene().setRoot(after);
        kept.restore(after, sameData);
    }

    @Test
    void anImportKeepsTheUserWhereTheyWere() throws Exception {
        changeEverything();
        WaitForAsyncUtils.asyncFx(() -> replace(true)).get();
        WaitForAsyncUtils.waitForFxEvents();
        ExplorerViewModel m = after.model();
        assertEquals(EnumSet.of(LinkType.TRADE), m.filterProperty().get().linkTypes());
        assertEquals(m.network().indexOf("B"), m.selectedFirmProperty().get());
        assertEquals(0, after.scenes().currentProperty().get(), "the scene shown stays current");
        assertEquals(SuperMapViewModel.Grouping.PROVINCES, after.superMap().groupingProperty().get());
        assertFalse(after.presenter().isActive(), "the window comes back in its normal view");
        assertEquals("반도체 공급망 발표", after.presenter().titleProperty().get());
        assertEquals(PresenterViewModel.Theme.DARK, after.presenter().themeProperty().get());
        assertEquals(new LayoutOptions(false, true), after.networkLayout().optionsProperty().get());
        double[][] d = after.analysisArea().dividers();
        assertArrayEquals(new double[] {0.5}, d[0], 0.01, "to the pixel the layout snaps to");
        assertArrayEquals(new double[] {0.4}, d[1], 0.01);
    }

    @Test
    void anotherDatabaseKeepsOnlyHowTheWindowLooks() throws Exception {
        changeEverything();
        WaitForAsyncUtils.asyncFx(() -> replace(false)).get();
        ExplorerViewModel m = after.model();
        assertEquals(EnumSet.allOf(LinkType.class), m.filterProperty().get().linkTypes());
        assertEquals(ExplorerViewModel.NO_FIRM, m.selectedFirmProperty().get());
        assertFalse(after.presenter().isActive());
        assertTrue(after.presenter().ownTitle().isEmpty(), "the other data's presentation had its own title");
        assertEquals(PresenterViewModel.Theme.DARK, after.presenter().themeProperty().get());
        assertEquals(new LayoutOptions(false, true), after.networkLayout().optionsProperty().get(),
                "the layout's options are the user's, whatever the data");
        assertArrayEquals(new double[] {0.4}, after.analysisArea().dividers()[1], 0.01);
    }
}
