package org.supracluster.ui.explorer;

import org.supracluster.ui.Fonts;
import org.supracluster.ui.Workspace;
import org.supracluster.ui.I18n;
import org.supracluster.ui.ExplorerViewModel;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Network;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer window as the TestFX tests open it: in English, 1280×800, the program's fonts. */
public final class ExplorerWindow {

    private ExplorerWindow() {
    }

    /** Shows an explorer view of {@code network} with the default clusters; call in {@code @Start}. */
    public static ExplorerView show(Stage stage, Network network) {
        return show(stage, network, null);
    }

    /**
     * The same with the File menu's services (file dialogs answered by the test, tasks run at
     * once); null for the program's own.
     */
    public static ExplorerView show(Stage stage, Network network, org.supracluster.ui.files.FileMenu.Services files) {
        I18n.setLocale(Locale.ENGLISH);
        Fonts.load();
        ExplorerViewModel model = new ExplorerViewModel(network, ClusterScheme.defaultFive());
        ExplorerView view = files == null ? new ExplorerView(model) : new ExplorerView(model, Workspace.NONE, files);
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(Fonts.baseStylesheet());
        stage.setScene(scene);
        stage.show();
        return view;
    }

    /** Lets go of the view after a test: its viewer, threads and language listeners. */
    public static void close(ExplorerView view) {
        WaitForAsyncUtils.asyncFx(view::dispose);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
