package org.supracluster.ui.explorer;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.supracluster.export.MapScene;
import org.supracluster.ui.BackgroundWork;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.FxNotices;
import org.supracluster.ui.Notices;
import org.supracluster.ui.UiTasks;
import org.supracluster.ui.Workspace;
import org.supracluster.ui.files.DatabaseImport;
import org.supracluster.ui.files.FileCommandsViewModel;
import org.supracluster.ui.files.FileMenu;
import org.supracluster.ui.files.ImportReportDialog;
import org.supracluster.ui.files.RecentFiles;
import org.supracluster.ui.files.RecentFilesStore;
import org.supracluster.ui.filter.FilterView;
import org.supracluster.ui.history.EditMenu;
import org.supracluster.ui.history.HistoryViewModel;
import org.supracluster.ui.inspector.CartographyView;
import org.supracluster.ui.inspector.CartographyViewModel;
import org.supracluster.ui.inspector.FirmMetricsViewModel;
import org.supracluster.ui.inspector.FirmsView;
import org.supracluster.ui.inspector.FirmsViewModel;
import org.supracluster.ui.inspector.InspectorView;
import org.supracluster.ui.inspector.InspectorViewModel;
import org.supracluster.ui.layout.NetworkLayoutModel;
import org.supracluster.ui.map.MapPainter;
import org.supracluster.ui.map.MapPicture;
import org.supracluster.ui.map.MapView;
import org.supracluster.ui.map.NetworkGraph;
import org.supracluster.ui.presenter.PresenterViewModel;
import org.supracluster.ui.roles.RolesTabs;
import org.supracluster.ui.scenes.SceneMenu;
import org.supracluster.ui.scenes.SceneViewModel;
import org.supracluster.ui.scheme.SchemeBar;
import org.supracluster.ui.scheme.SchemeChooserViewModel;
import org.supracluster.ui.status.StatusBar;
import org.supracluster.ui.status.StatusBarViewModel;
import org.supracluster.ui.supermap.SuperMapView;
import org.supracluster.ui.supermap.SuperMapViewModel;
import org.supracluster.ui.tables.TableActions;
import org.supracluster.ui.whatif.WhatIfView;
import org.supracluster.ui.whatif.WhatIfViewModel;

/**
 * The explorer window's content, wired from its features: menus and tool bar above, the scheme
 * and filters on the left, the map (or the super-cluster map) with the inspector beside it, the
 * analysis tabs below and the status bar at the bottom. It builds each feature with what it needs
 * and connects them; what each does is in its own class.
 */
public final class ExplorerView extends BorderPane implements FileCommandsViewModel.Screen {

    /** Ids, so tests and stylesheets find the controls. */
    public static final String TRADE_TOGGLE_ID = ExplorerToolBar.TRADE_TOGGLE_ID;
    public static final String COPATENT_TOGGLE_ID = ExplorerToolBar.COPATENT_TOGGLE_ID;
    public static final String LANGUAGE_ID = ExplorerToolBar.LANGUAGE_ID;
    public static final String MENU_BAR_ID = "menu-bar";

    private final ExplorerViewModel model;
    private final Workspace workspace;
    private final BackgroundWork background = new BackgroundWork();
    private final StatusBarViewModel status;
    private final UiTasks tasks;
    private final MapView map;
    private final FirmMetricsViewModel metrics;
    private final NetworkLayoutModel layout;
    private final SuperMapViewModel superModel;
    private final SuperMapView superMap;
    private final HistoryViewModel history;
    private final PresenterViewModel presenterModel = new PresenterViewModel();
    private final SceneViewModel scenes;
    /** Copy and CSV export of every table in the window, with the File menu's dialogs and executor. */
    private final TableActions tableActions;
    private final MenuBar menuBar = new MenuBar();
    private final AnalysisArea centre;
    private final List<Runnable> disposal;

    /** A view with no database behind it (tests): its recent-files list is kept in memory only. */
    public ExplorerView(ExplorerViewModel model) {
        this(model, Workspace.NONE, FileMenu.Services.defaults().withRecentStore(RecentFilesStore.inMemory()));
    }

    public ExplorerView(ExplorerViewModel model, Workspace workspace) {
        this(model, workspace, FileMenu.Services.defaults());
    }

    /** A view whose File menu uses {@code files} (file dialogs, recent list, task executor). */
    public ExplorerView(ExplorerViewModel model, Workspace workspace, FileMenu.Services files) {
        this(model, workspace, files, null);
    }

    /**
     * A view drawing {@code graph}, built beforehand off the JavaFX thread (at 100,000 links that
     * takes seconds the window should not freeze for); null builds it here.
     */
    ExplorerView(ExplorerViewModel model, Workspace workspace, FileMenu.Services files, NetworkGraph graph) {
        this.model = model;
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.map = new MapView(graph != null ? graph : MapWiring.graphOf(model), model.scheme());
        this.status = new StatusBarViewModel(model, background, () -> map.networkGraph().notDrawnCount());
        Notices notices = new FxNotices(this::window, status::notice);
        this.tasks = new UiTasks(files.executor(), UiTasks.fxThread(), background, notices);
        FilterView filters = new FilterView(model.filters());
        RolesTabs roles = new RolesTabs(model, tasks);
        // Firm metrics (betweenness takes seconds on big networks) are computed off the FX thread.
        this.metrics = new FirmMetricsViewModel(model, tasks);
        InspectorView inspector = new InspectorView(InspectorViewModel.of(model, metrics, workspace::database, tasks));
        inspector.viewModel().setOnPartnerChosen(map::centreOn);
        FirmsView firms = new FirmsView(new FirmsViewModel(model, metrics));
        CartographyView cartography = new CartographyView(new CartographyViewModel(model, metrics));
        WhatIfView weakPoints = new WhatIfView(new WhatIfViewModel(metrics));
        this.layout = new NetworkLayoutModel(model.linksProperty(), tasks);
        this.superModel = new SuperMapViewModel(model);
        this.superMap = new SuperMapView(superModel);
        StackPane mapArea = new StackPane(map, superMap);
        this.history = new HistoryViewModel(model);
        history.holdWhile(filters.playback().playingProperty()); // Play years is one step to undo
        this.scenes = new SceneViewModel(model, superModel, layout, presenterModel, workspace.database());
        SceneMenu sceneMenu = new SceneMenu(scenes, this, notices);
        this.tableActions = new TableActions(files.choice()::csvFile, tasks);
        roles.installTableActions(tableActions);
        tableActions.install(firms.table(), () -> "firms");
        tableActions.install(weakPoints.firmsTable(), () -> "weak-firms");
        tableActions.install(weakPoints.bridgesTable(), () -> "bridges-between-clusters");
        FileMenu fileMenu = new FileMenu(new FileCommandsViewModel(files.choice(), notices, tasks, workspace,
                new RecentFiles(files.recentStore()), this), files.quit());
        EditMenu editMenu = new EditMenu(history);
        menuBar.setId(MENU_BAR_ID);
        menuBar.getMenus().setAll(fileMenu.fileMenu(), editMenu.menu(), sceneMenu.menu(), fileMenu.helpMenu());
        fileMenu.acceptDroppedFiles(this);
        ExplorerToolBar tools = new ExplorerToolBar(model, metrics, map, layout, superModel);
        setTop(new VBox(menuBar, tools));
        // The cluster scheme comes first: the province tree below groups provinces by its clusters.
        SchemeBar schemes = new SchemeBar(new SchemeChooserViewModel(model.network(), model.scheme(),
                workspace.database()), tasks, workspace::showScheme);
        VBox.setVgrow(filters, Priority.ALWAYS);
        setLeft(new VBox(schemes, filters));
        centre = new AnalysisArea(mapArea, inspector, roles, firms, cartography, weakPoints);
        setCenter(centre);
        StatusBar statusBar = new StatusBar(status);
        background.track("work.metrics", metrics.runningProperty(), metrics.progressProperty(), metrics::cancel);
        background.track("work.layout", layout.runningProperty(), layout.progressProperty(), layout::stop);
        setBottom(statusBar);
        Presentation presentation = new Presentation(presenterModel, scenes, this, mapArea, map, superMap,
                tools.sizeBy()::legend);
        // The presenter's subtitle, unless it has its own, is the filter in words.
        presentation.followFilter(status.filterProperty());
        Shortcuts shortcuts = WindowKeys.table(history, map, superModel, tools);
        presentation.addKeys(shortcuts);
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                shortcuts.install(scene);
            }
        });
        MapWiring.connect(model, map, superModel, superMap, history, scenes);
        weakPoints.model().marksProperty().addListener((o, was, now) ->
                map.networkGraph().markWeakPoints(now.firms(), now.pairs()));
        map.setOnDrawingChanged(status::refresh);
        disposal = List.of(fileMenu::dispose, editMenu::dispose, sceneMenu::dispose, roles::dispose, inspector::dispose, firms::dispose,
                cartography::dispose, weakPoints::dispose, filters::dispose, tools::dispose, centre::dispose, presentation::dispose,
                statusBar::dispose, status::dispose, metrics::cancel, layout::cancel, map::close, superModel::dispose,
                superMap::dispose);
    }

    /** Shows a short notice in the status bar ("Exported … to …"), until the next one. */
    public void notice(Supplier<String> text) {
        status.notice(text);
    }

    /** The menu bar: File first, Help last; other features insert their menus before Help. */
    public MenuBar menuBar() {
        return menuBar;
    }

    /** The bottom tabs (cluster roles, between clusters, geography, …). */
    public TabPane tabs() {
        return centre.tabs();
    }

    /**
     * A picture of the map shown (the firm map, or the super-cluster map when that is shown) under
     * a title band, for the image export.
     *
     * @throws IllegalStateException when the map has not been drawn yet
     */
    @Override
    public MapScene mapPicture(String title, String subtitle, boolean dark) {
        return showsSuperClusters() ? superMap.picture(title, subtitle, dark)
                : MapPicture.of(map, model.scheme(), title, subtitle, dark);
    }

    @Override
    public boolean isDark() {
        return showsSuperClusters() ? superMap.isDark() : map.isDark();
    }

    @Override
    public BufferedImage paint(MapScene scene, double scale) {
        return SwingFXUtils.fromFXImage(MapPainter.paint(scene, scale), null);
    }

    @Override
    public void showImportReport(DatabaseImport.Outcome outcome) {
        ImportReportDialog.create(window(), outcome, tableActions).show();
    }

    @Override
    public String filterWords() {
        return status.filterWords();
    }

    @Override
    public boolean showsSuperClusters() {
        return superModel.modeProperty().get() == SuperMapViewModel.Mode.GROUPS;
    }

    @Override
    public ExplorerViewModel model() {
        return model;
    }

    @Override
    public PresenterViewModel presenter() {
        return presenterModel;
    }

    public MapView map() {
        return map;
    }

    /** The presenter's scenes. */
    public SceneViewModel scenes() {
        return scenes;
    }

    /** Undo and redo of filter, selection and camera. */
    public HistoryViewModel history() {
        return history;
    }

    /** The super-cluster map's state (firms or groups, grouping). */
    public SuperMapViewModel superMap() {
        return superModel;
    }

    /** The map's layout (map or network) and the network layout's positions. */
    public NetworkLayoutModel networkLayout() {
        return layout;
    }

    /** Copy and CSV export for the tables of this window (and of its dialogs, such as the import report). */
    public TableActions tableActions() {
        return tableActions;
    }

    /** Runs this view's background work, shown in its status bar, failures told over its window. */
    public UiTasks tasks() {
        return tasks;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The map with the inspector, and the analysis tabs below: their dividers. */
    AnalysisArea analysisArea() {
        return centre;
    }

    /** The window showing this view, or null before it is shown. */
    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /**
     * Lets go of everything that outlives the view: language listeners (which would keep the
     * whole view, its map graph included, reachable), the firm metrics and layout under way and
     * the map's viewer. Call when the window shows another view instead.
     */
    public void dispose() {
        disposal.forEach(Runnable::run);
        setLeft(null); // the scheme bar follows the language while in a scene: out of it, it lets go
    }
}
