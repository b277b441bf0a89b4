package org.supracluster.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.supracluster.ingest.SampleDatabase;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Network;
import org.supracluster.store.Database;
import org.supracluster.store.NetworkStore;
import org.supracluster.store.SchemeRepository;
import org.supracluster.store.UserDataFolder;

/**
 * The explorer window. Opens the user's database (created from the bundled synthetic sample on
 * first start) off the JavaFX thread, with a progress indicator, then shows the map. A database
 * given with {@code --db FILE} is opened instead.
 */
public final class ExplorerApp extends Application {

    private ExplorerView view;

    private record Loaded(Network network, ClusterScheme scheme) { }

    @Override
    public void start(Stage stage) {
        Fonts.load();
        Path db = getParameters().getNamed().containsKey("db") ? Path.of(getParameters().getNamed().get("db"))
                : UserDataFolder.defaultDatabase();
        ProgressIndicator progress = new ProgressIndicator();
        Label message = new Label(I18n.get("app.title"));
        VBox loading = new VBox(12, progress, message);
        loading.setStyle("-fx-alignment: center; -fx-padding: 40;");
        Scene scene = new Scene(loading, 1280, 800);
        scene.getStylesheets().add(Fonts.baseStylesheet());
        stage.setTitle(I18n.get("app.title"));
        stage.setScene(scene);
        stage.show();

        Task<Loaded> load = new Task<>() {
            @Override
            protected Loaded call() {
                if (!getParameters().getNamed().containsKey("db")) {
                    SampleDatabase.ensure(db);
                }
                try (Database d = Database.open(db, false, Database.BUSY_TIMEOUT_MS_DEFAULT)) {
                    ClusterScheme scheme = SchemeRepository.of(d).load(ClusterScheme.DEFAULT_NAME)
                            .orElse(ClusterScheme.defaultFive());
                    return new Loaded(NetworkStore.of(d).load(), scheme);
                }
            }
        };
        load.setOnSucceeded(e -> {
            view = new ExplorerView(new ExplorerViewModel(load.getValue().network(), load.getValue().scheme()));
            scene.setRoot(view);
        });
        load.setOnFailed(e -> {
            progress.setVisible(false);
            Throwable t = load.getException();
            message.setText(t.getMessage() != null ? t.getMessage() : t.toString());
        });
        Thread t = new Thread(load, "open-database");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void stop() {
        if (view != null) {
            view.map().close();
        }
    }
}
