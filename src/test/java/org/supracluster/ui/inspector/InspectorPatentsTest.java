package org.supracluster.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Network;
import org.supracluster.store.Database;
import org.supracluster.store.NetworkStore;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.Fonts;
import org.supracluster.ui.I18n;
import org.supracluster.ui.RecordingNotices;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inspector in a window (headless Monocle), in Korean, on a database of invented firms with
 * their patent records: the registration number and placement, and a co-patent partner opened to
 * the patents behind the link, without moving the selection.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorPatentsTest {

    @TempDir
    static Path dir;

    private ExplorerViewModel explorer;
    private Network network;
    private InspectorView view;

    @Start
    void start(Stage stage) throws Exception {
        I18n.setLocale(Locale.KOREAN);
        Fonts.load();
        Path db = LinkPatentsViewModelTest.database(Files.createTempDirectory(dir, "case"));
        try (Database d = Database.openReadOnly(db)) {
            network = NetworkStore.of(d).load();
        }
        explorer = new ExplorerViewModel(network, ClusterScheme.defaultFive());
        RecordingNotices notices = new RecordingNotices();
        view = new InspectorView(InspectorViewModel.of(explorer, new FirmMetricsViewModel(explorer, notices.tasks()),
                () -> Optional.of(db), notices.tasks()));
        Scene scene = new Scene(view, 380, 780);
        scene.getStylesheets().add(Fonts.baseStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @org.junit.jupiter.api.AfterEach
    void dispose() {
        WaitForAsyncUtils.asyncFx(() -> {
            view.dispose();
            I18n.setLocale(Locale.ENGLISH);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCoPatentPartnerOpensToThePatentsBehindTheLink(FxRobot robot) throws Exception {
        int a = network.indexOf("a");
        InspectorFixtures.fx(() -> explorer.selectedFirmProperty().set(a));
        assertEquals("가람전자", robot.lookup("#" + InspectorView.NAME_ID).queryAs(Label.class).getText());
        @SuppressWarnings("unchecked")
        TreeCell<InspectorView.PartnerItem> partner = robot.lookup(".tree-cell").match(n -> {
            TreeCell<InspectorView.PartnerItem> c = (TreeCell<InspectorView.PartnerItem>) n;
            return !c.isEmpty() && c.getItem() != null && c.getItem().firm() == network.indexOf("b");
        }).queryAs(TreeCell.class);
        TreeItem<InspectorView.PartnerItem> item = partner.getTreeItem();
        robot.clickOn(partner.getDisclosureNode());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(a, explorer.selectedFirmProperty().get(), "opening a partner does not move the selection");
        @SuppressWarnings("unchecked")
        TreeView<InspectorView.PartnerItem> tree = robot.lookup("#" + InspectorView.PARTNERS_ID).queryAs(TreeView.class);
        assertEquals(true, item.isExpanded());
        assertEquals(List.of("10-2020-0000001 · 2020년 · —", "10-2021-0000002 · 2021년 · 가상 세정 장치"),
                item.getChildren().stream().map(c -> c.getValue().text()).toList());
        assertEquals(tree.getRoot(), item.getParent().getParent().getParent());
        InspectorFixtures.snapshot(view, "inspector-patents-ko.png");
    }
}
