package org.supracluster.ui.explorer;

import org.supracluster.ui.UiTasks;
import org.supracluster.ui.FxNotices;
import org.supracluster.ui.Notices;
import org.supracluster.ui.BackgroundWork;
import org.supracluster.ui.Workspace;
import org.supracluster.ui.I18n;
import org.supracluster.ui.ExplorerViewModel;
import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.supracluster.ui.files.FileCommandsViewModel;
import org.supracluster.ui.files.FileMenu;
import org.supracluster.ui.files.RecentFilesStore;
import org.supracluster.ui.filter.FilterView;
import org.supracluster.ui.inspector.CartographyView;
import org.supracluster.ui.inspector.CartographyViewModel;
import org.supracluster.ui.inspector.FirmMetricsViewModel;
import org.supracluster.ui.inspector.FirmsView;
import org.supracluster.ui.inspector.FirmsViewModel;
import org.supracluster.ui.inspector.InspectorView;
import org.supracluster.ui.inspector.InspectorViewModel;
import org.supracluster.ui.map.MapView;
import org.supracluster.ui.roles.RolesTabs;
import org.supracluster.ui.scheme.SchemeBar;
import org.supracluster.ui.scheme.SchemeChooserViewModel;
import org.supracluster.ui.map.NetworkGraph;
import org.supracluster.ui.layout.NetworkLayoutModel;

/**
 * The explorer window's content: the map in the centre, the link-type toggles above it, the
 * status bar below. Built in code in a fixed order (constructor, {@link #createView()},
 * {@link #initListeners()}); it only binds to the {@link ExplorerViewModel}.
 */
public final class ExplorerView extends BorderPane implements FileCommandsViewModel.Screen {

    /** Style classes and ids, so tests and stylesheets find the controls. */
    public static final String TRADE_TOGGLE_ID = "trade-toggle";
    public static final String COPATENT_TOGGLE_ID = "copatent-toggle";
    public static final String STATUS_ID = "status";
    public static final String SEARCH_ID = "search";
    public static final String LANGUAGE_ID = "language";
    public static final String LAYOUT_MAP_ID = "layout-map";
    public static final String LAYOUT_NETWORK_ID = "layout-network";
    public static final String LAYOUT_RERUN_ID = "layout-rerun";
    private static final int SUGGESTIONS = 15;

    private final ExplorerViewModel model;
    private final MapView map;
    private final FilterView filters;
    private final RolesTabs roles;
    private final TabPane bottomTabs = new TabPane();
    private final FirmMetricsViewModel metrics;
    private FileMenu fileMenu;
    private I18n.Subscription languageSubscription;
    private final InspectorView inspector;
    private final FirmsView firms;
    private final CartographyView cartography;
    private final Tab firmsTab = new Tab();
    private final Tab cartographyTab = new Tab();
    private final ToggleButton trade = new ToggleButton();
    private final ToggleButton copatent = new ToggleButton();
    private final Label status = new Label();
    private final Label filterText = new Label();
    public static final String FILTER_TEXT_ID = "filter-text";
    private final Button cancel = new Button();
    private final ChoiceBox<String> sizeBy = new ChoiceBox<>();
    private final Label sizeLabel = new Label();
    public static final String SIZE_ID = "size-by";
    /** The metrics a firm's circle can be sized by, as message keys. */
    static final java.util.List<String> SIZE_METRICS =
            java.util.List.of("metric.degree", "metric.weightedDegree", "metric.betweenness", "metric.pageRank");
    private final TextField search = new TextField();
    private final ChoiceBox<Locale> language = new ChoiceBox<>();

    private final Workspace workspace;
    private final BackgroundWork background = new BackgroundWork();
    /** Tells the user: notices in the status bar, errors in alerts over this window. */
    private final Notices notices = new FxNotices(this::window, this::notice);
    /** Runs this view's background work, shown in its status bar. */
    private final UiTasks tasks;
    private final Label workLabel = new Label();
    public static final String MENU_BAR_ID = "menu-bar";
    public static final String EDIT_MENU_ID = "menu-edit";
    public static final String NOTICE_ID = "notice";
    /** File, (View, Clusters: added by their features,) Help. */
    private final MenuBar menuBar = new MenuBar();
    private final Label notice = new Label();
    private java.util.function.Supplier<String> noticeText = () -> "";
    private final NetworkLayoutModel layout;
    private final ToggleButton mapLayout = new ToggleButton();
    private final ToggleButton networkLayout = new ToggleButton();
    private final Button rerunLayout = new Button();
    private final org.supracluster.ui.supermap.SuperMapViewModel superModel;
    private final org.supracluster.ui.supermap.SuperMapView superMap;
    private final org.supracluster.ui.supermap.SuperMapSwitch superSwitch;
    /** The map and the super-cluster map, one over the other: what presenter mode shows alone. */
    private final javafx.scene.layout.StackPane mapArea;
    private final org.supracluster.ui.history.HistoryViewModel history;
    private final org.supracluster.ui.presenter.PresenterViewModel presenterModel =
            new org.supracluster.ui.presenter.PresenterViewModel();
    private org.supracluster.ui.presenter.PresenterView presenter;
    private final javafx.scene.control.Menu editMenu = new javafx.scene.control.Menu();
    private final org.supracluster.ui.scenes.SceneViewModel scenes;
    private final org.supracluster.ui.scenes.SceneMenu sceneMenu;
    private final javafx.scene.control.MenuItem undoItem = new javafx.scene.control.MenuItem();
    private final javafx.scene.control.MenuItem redoItem = new javafx.scene.control.MenuItem();
    /** Copy and CSV export of every table in the window, with the File menu's dialogs and executor. */
    private final org.supracluster.ui.tables.TableActions tableActions;

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
        this.workspace = java.util.Objects.requireNonNull(workspace, "workspace");
        this.tasks = new UiTasks(files.executor(), UiTasks.fxThread(), background, notices);
        this.filters = new FilterView(model.filters());
        this.roles = new RolesTabs(model);
        // Firm metrics (betweenness takes seconds on big networks) are computed off the FX thread.
        this.metrics = new FirmMetricsViewModel(model, tasks);
        this.inspector = new InspectorView(InspectorViewModel.of(model, metrics, workspace::database, tasks));
        this.firms = new FirmsView(new FirmsViewModel(model, metrics));
        this.cartography = new CartographyView(new CartographyViewModel(model, metrics));
        this.map = new MapView(graph != null ? graph : prepareGraph(model), model.scheme());
        this.layout = new NetworkLayoutModel(model.linksProperty(), tasks);
        this.superModel = new org.supracluster.ui.supermap.SuperMapViewModel(model);
        this.superMap = new org.supracluster.ui.supermap.SuperMapView(superModel);
        this.superSwitch = new org.supracluster.ui.supermap.SuperMapSwitch(superModel);
        this.mapArea = new javafx.scene.layout.StackPane(map, superMap);
        this.history = new org.supracluster.ui.history.HistoryViewModel(model);
        this.scenes = new org.supracluster.ui.scenes.SceneViewModel(model, superModel, layout, presenterModel,
                workspace.database());
        this.sceneMenu = new org.supracluster.ui.scenes.SceneMenu(scenes, this, notices);
        this.tableActions = new org.supracluster.ui.tables.TableActions(files.choice()::csvFile, tasks);
        createView();
        roles.installTableActions(tableActions);
        tableActions.install(firms.table(), () -> "firms");
        fileMenu = new FileMenu(new FileCommandsViewModel(files.choice(), notices, tasks, workspace,
                new org.supracluster.ui.files.RecentFiles(files.recentStore()), this), files.quit());
        menuBar.getMenus().setAll(fileMenu.fileMenu(), editMenu, sceneMenu.menu(), fileMenu.helpMenu());
        fileMenu.acceptDroppedFiles(this);
        initListeners();
        // The graph shows the current links already (prepareGraph); a firm selected before the
        // view existed (a scheme change keeps the selection) is highlighted here.
        map.networkGraph().select(model.selectedFirmProperty().get(), model.linksProperty().get());
        updateStatus();
    }

    /**
     * The map's graph of a view model, showing its current links: safe off the JavaFX thread
     * while no viewer draws it yet.
     */
    static NetworkGraph prepareGraph(ExplorerViewModel model) {
        NetworkGraph g = new NetworkGraph(model.allLinks(), model.partition());
        g.show(model.linksProperty().get());
        return g;
    }

    private void createView() {
        trade.setId(TRADE_TOGGLE_ID);
        copatent.setId(COPATENT_TOGGLE_ID);
        search.setId(SEARCH_ID);
        search.setPrefColumnCount(22);
        language.setId(LANGUAGE_ID);
        language.getItems().setAll(I18n.SUPPORTED_LOCALES);
        language.setValue(I18n.locale());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : I18n.languageName(l);
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        texts();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        sizeBy.setId(SIZE_ID);
        sizeBy.getItems().setAll(SIZE_METRICS);
        sizeBy.setValue(SIZE_METRICS.get(0));
        sizeBy.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : I18n.get(key);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        menuBar.setId(MENU_BAR_ID);
        ToolBar tools = new ToolBar(trade, copatent, new Separator(), search, new Separator(), sizeLabel,
                sizeBy, new Separator(), mapLayout, networkLayout, rerunLayout, new Separator());
        tools.getItems().addAll(superSwitch.controls());
        tools.getItems().addAll(spacer, language);
        setTop(new VBox(menuBar, tools));
        // The cluster scheme comes first: the province tree below groups provinces by its clusters.
        SchemeBar schemes = new SchemeBar(new SchemeChooserViewModel(model.network(), model.scheme(),
                workspace.database()), tasks, workspace::showScheme);
        VBox.setVgrow(filters, Priority.ALWAYS);
        setLeft(new VBox(schemes, filters));
        // The map above; below it the finding in words and the analysis tabs.
        bottomTabs.getTabs().setAll(roles.tabs());
        firmsTab.setContent(firms);
        firmsTab.setClosable(false);
        cartographyTab.setContent(cartography);
        cartographyTab.setClosable(false);
        int afterRoles = Math.min(1, bottomTabs.getTabs().size());
        bottomTabs.getTabs().add(afterRoles, firmsTab);
        bottomTabs.getTabs().add(afterRoles + 1, cartographyTab);
        VBox.setVgrow(bottomTabs, Priority.ALWAYS);
        VBox lower = new VBox(roles.finding(), bottomTabs);
        // The inspector sits beside the map only, so the tables and charts below get the whole
        // width; both dividers can be dragged, and the inspector keeps its width when the window
        // grows (the map takes the rest).
        // The super-cluster map lies over the firm map; one of the two is shown.
        superMap.setVisible(false);
        SplitPane upper = new SplitPane(mapArea, inspector);
        upper.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(inspector, false);
        SplitPane centre = new SplitPane(upper, lower);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.6);
        setCenter(centre);
        status.setId(STATUS_ID);
        // Background work (firm metrics: betweenness takes seconds on large networks) shows here.
        ProgressBar busy = new ProgressBar();
        busy.setPrefWidth(160);
        background.track("work.metrics", metrics.runningProperty(), metrics.progressProperty(), metrics::cancel);
        background.track("work.layout", layout.runningProperty(), layout.progressProperty(), layout::stop);
        busy.progressProperty().bind(background.progressProperty());
        busy.visibleProperty().bind(background.runningProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        cancel.setOnAction(e -> background.cancel());
        cancel.visibleProperty().bind(background.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        background.labelKeyProperty().addListener((o, was, now) -> workText());
        filterText.setId(FILTER_TEXT_ID);
        filterText.setStyle("-fx-text-fill: #555555;");
        filterText.setMinWidth(0);
        status.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        notice.setId(NOTICE_ID);
        HBox bar = new HBox(8, status, new Separator(Orientation.VERTICAL), filterText, notice, gap, workLabel, busy,
                cancel);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setStyle("-fx-padding: 3 8 3 8;");
        setBottom(bar);
    }

    private void initListeners() {
        trade.selectedProperty().bindBidirectional(model.tradeProperty());
        copatent.selectedProperty().bindBidirectional(model.copatentProperty());
        model.linksProperty().addListener((o, was, now) -> {
            map.show(now);
            map.networkGraph().select(model.selectedFirmProperty().get(), now);
        });
        map.setOnFirmClicked(firm -> model.selectedFirmProperty().set(firm));
        map.setOnDrawingChanged(this::updateStatus);
        sizeBy.valueProperty().addListener((o, was, now) -> resize());
        metrics.metricsProperty().addListener((o, was, now) -> resize());
        model.selectedFirmProperty().addListener((o, was, now) ->
                map.networkGraph().select(now.intValue(), model.linksProperty().get()));
        // The counts follow the filter (the model recomputes them before this listener runs), and
        // the status bar says both: one update per filter change.
        model.filterProperty().addListener((o, was, now) -> updateStatus());
        languageSubscription = I18n.addListener(locale -> {
            texts();
            // The choice box shows its items through the converter: make it redraw them.
            String chosen = sizeBy.getValue();
            sizeBy.getItems().setAll(SIZE_METRICS);
            sizeBy.setValue(chosen);
            language.setValue(locale);
            updateStatus();
            sceneCounter();
        });
        language.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(I18n.locale())) {
                I18n.setLocale(now);
            }
        });
        var completion = TextFields.bindAutoCompletion(search,
                request -> model.search(request.getUserText(), SUGGESTIONS).stream().map(this::firmLabel).toList());
        completion.setOnAutoCompleted(e -> selectByLabel(e.getCompletion()));
        search.setOnAction(e -> searchAsTyped());
        // While suggestions show, Enter goes to their pop-up, which does nothing unless one was
        // chosen with the arrow keys: then Enter searches what was typed, as without the pop-up.
        var popup = completion.getAutoCompletionPopup();
        popup.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && popup.getSkin() != null
                    && popup.getSkin().getNode() instanceof javafx.scene.control.ListView<?> list
                    && list.getSelectionModel().getSelectedIndex() < 0) {
                e.consume();
                popup.hide();
                searchAsTyped();
            }
        });
        initLayoutSwitch();
        initSuperMap();
        initHistoryAndPresenter();
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::presenterKeys);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), history::redo);
                // Map zoom from anywhere in the window, as in browsers and image viewers.
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                        () -> map.zoomBy(0.8));
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN),
                        () -> map.zoomBy(0.8));
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                        () -> map.zoomBy(1 / 0.8));
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                        () -> map.zoomBy(1 / 0.8));
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                        map::resetCamera);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                        this::toggleLayout);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                        superModel::toggle);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        () -> {
                            search.requestFocus();
                            search.selectAll();
                        });
            }
        });
    }

    /**
     * The layout switch: two toggles (Map / Network) showing {@link NetworkLayoutModel#modeProperty()},
     * a button to lay the network out again, and the positions drawn as they arrive: while the layout
     * runs the camera keeps fitting the whole graph; when it ends, or the layout changes, it is reset.
     */
    private void initLayoutSwitch() {
        mapLayout.setId(LAYOUT_MAP_ID);
        networkLayout.setId(LAYOUT_NETWORK_ID);
        rerunLayout.setId(LAYOUT_RERUN_ID);
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        group.getToggles().setAll(mapLayout, networkLayout);
        mapLayout.setSelected(true);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // A click on the chosen toggle would leave none chosen: keep the layout shown.
                group.selectToggle(was);
            } else {
                layout.modeProperty().set(now == networkLayout ? NetworkLayoutModel.Mode.NETWORK
                        : NetworkLayoutModel.Mode.MAP);
            }
        });
        layout.modeProperty().addListener((o, was, now) -> {
            group.selectToggle(now == NetworkLayoutModel.Mode.NETWORK ? networkLayout : mapLayout);
            if (now == NetworkLayoutModel.Mode.MAP) {
                map.resetCamera();
            }
        });
        rerunLayout.visibleProperty().bind(networkLayout.selectedProperty());
        rerunLayout.managedProperty().bind(rerunLayout.visibleProperty());
        rerunLayout.setOnAction(e -> layout.rerun());
        layout.positionsProperty().addListener((o, was, now) -> {
            if (now == null) {
                map.placeFirms(null, null);
            } else {
                map.placeFirms(now.xs(), now.ys());
                if (was == null || now.isFinished() && !was.isFinished()) {
                    map.resetCamera();
                }
            }
        });
    }

    /**
     * The super-cluster map (Ctrl+K): shown instead of the firm map; a click on a group shows its
     * firms, filtered to its provinces, with the map zoomed to them.
     */
    private void initSuperMap() {
        superModel.modeProperty().addListener((o, was, now) -> {
            boolean groups = now == org.supracluster.ui.supermap.SuperMapViewModel.Mode.GROUPS;
            superMap.setVisible(groups);
            map.setVisible(!groups);
        });
        superMap.setOnGroupClicked(group -> {
            double[] box = superModel.expand(superModel.groupingProperty().get(), group);
            if (box != null && map.isShowingProvinces()) {
                map.zoomTo(box[0], box[1], box[2], box[3]);
            } else {
                map.resetCamera();
            }
        });
    }

    /**
     * Undo and redo (Edit menu, Ctrl+Z, Ctrl+Y) of filter, selection and camera; presenter mode
     * (F5, Esc, T for the theme).
     */
    private void initHistoryAndPresenter() {
        map.setOnCameraSettled(() -> {
            var camera = map.graphView().getCamera();
            if (camera != null) {
                var c = camera.getViewCenter();
                history.cameraSettled(c.x, c.y, camera.getViewPercent());
            }
        });
        history.setCameraMover(c -> map.moveCamera(c.centreX(), c.centreY(), c.zoom()));
        scenes.setCameraSource(() -> {
            var camera = map.graphView().getCamera();
            if (camera == null) {
                return org.supracluster.ui.history.ExplorerState.Camera.UNKNOWN;
            }
            var c = camera.getViewCenter();
            return new org.supracluster.ui.history.ExplorerState.Camera(c.x, c.y, camera.getViewPercent());
        });
        // A glide only makes sense within one layout; across layouts the positions jump anyway.
        scenes.setCameraMover((c, smooth) -> {
            if (smooth) {
                map.glideCamera(c.centreX(), c.centreY(), c.zoom(), 600);
            } else {
                map.moveCamera(c.centreX(), c.centreY(), c.zoom());
            }
        });
        undoItem.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        redoItem.setAccelerator(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));
        undoItem.setOnAction(e -> history.undo());
        redoItem.setOnAction(e -> history.redo());
        undoItem.disableProperty().bind(history.canUndoProperty().not());
        redoItem.disableProperty().bind(history.canRedoProperty().not());
        editMenu.setId(EDIT_MENU_ID);
        editMenu.getItems().setAll(undoItem, redoItem);
        presenter = new org.supracluster.ui.presenter.PresenterView(presenterModel, this, mapArea, p -> {
            boolean on = p.isActive();
            boolean dark = on && p.themeProperty().get() == org.supracluster.ui.presenter.PresenterViewModel.Theme.DARK;
            map.setPresentation(on, dark);
            superMap.setPresentation(on, dark);
            map.setSizeMeaning(on && sizeBy.getValue() != null
                    ? I18n.format("legend.size", I18n.get(sizeBy.getValue()).toLowerCase(I18n.locale())) : "");
        });
        presenter.setDefaultTitle(I18n.get("app.title"));
        scenes.currentProperty().addListener((o, was, now) -> sceneCounter());
        scenes.scenes().addListener((javafx.collections.ListChangeListener<org.supracluster.model.Scene>) c -> sceneCounter());
    }

    /** F5 enters or leaves presenter mode, Esc leaves it, T switches its theme. */
    private void presenterKeys(javafx.scene.input.KeyEvent e) {
        if (sceneKeys(e)) {
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.F5 && !e.isShortcutDown()) {
            presenterModel.toggle();
            e.consume();
        } else if (presenterModel.isActive() && e.getCode() == KeyCode.ESCAPE) {
            presenterModel.leave();
            e.consume();
        } else if (presenterModel.isActive() && e.getCode() == KeyCode.T && !e.isShortcutDown()
                && !(getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
            presenterModel.toggleTheme();
            e.consume();
        }
    }

    /**
     * Page Down / Page Up step through the scenes; in presenter mode Right / Left too (outside it
     * the arrows pan the map). Not while typing: a text field keeps its keys.
     */
    private boolean sceneKeys(javafx.scene.input.KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || getScene() == null
                || getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl
                || scenes.scenes().isEmpty()) {
            return false;
        }
        boolean presenting = presenterModel.isActive();
        KeyCode k = e.getCode();
        if (k == KeyCode.PAGE_DOWN || presenting && k == KeyCode.RIGHT) {
            scenes.next();
            return true;
        }
        if (k == KeyCode.PAGE_UP || presenting && k == KeyCode.LEFT) {
            scenes.previous();
            return true;
        }
        return false;
    }

    /** The presenter header's "Scene 2 of 3 · name", in the current language. */
    private void sceneCounter() {
        int i = scenes.currentProperty().get();
        int n = scenes.scenes().size();
        presenterModel.sceneProperty().set(i >= 0 && i < n
                ? I18n.format("presenter.scene", i + 1, n, scenes.scenes().get(i).name()) : "");
    }

    /** The presenter's scenes. */
    public org.supracluster.ui.scenes.SceneViewModel scenes() {
        return scenes;
    }

    /** Presenter mode's state (on or off, title, subtitle, theme). */
    @Override
    public org.supracluster.ui.presenter.PresenterViewModel presenter() {
        return presenterModel;
    }

    /** Undo and redo of filter, selection and camera. */
    public org.supracluster.ui.history.HistoryViewModel history() {
        return history;
    }

    /** The super-cluster map's state (firms or groups, grouping). */
    public org.supracluster.ui.supermap.SuperMapViewModel superMap() {
        return superModel;
    }

    /** Ctrl+L: from the map to the network layout and back. */
    private void toggleLayout() {
        layout.modeProperty().set(layout.modeProperty().get() == NetworkLayoutModel.Mode.MAP
                ? NetworkLayoutModel.Mode.NETWORK : NetworkLayoutModel.Mode.MAP);
    }

    /** Sizes the firms' circles by the chosen metric, once the metrics of the view are known. */
    private void resize() {
        var m = metrics.metricsProperty().get();
        String key = sizeBy.getValue();
        if (m == null || key == null) {
            return; // the choice is briefly empty while its items are redrawn for a new language
        }
        double[] values = new double[model.network().firmCount()];
        for (int f = 0; f < values.length; f++) {
            if (!m.isShown(f)) {
                continue;
            }
            values[f] = switch (key) {
                case "metric.weightedDegree" -> m.weightedDegree(f);
                case "metric.betweenness" -> m.hasBetweenness() ? m.betweenness(f) : m.degree(f);
                case "metric.pageRank" -> m.pageRank(f);
                default -> m.degree(f);
            };
        }
        map.networkGraph().sizeBy(values);
    }

    private void workText() {
        String key = background.labelKeyProperty().get();
        workLabel.setText(key.isEmpty() ? "" : I18n.get(key));
    }

    private void texts() {
        workText();
        showNotice();
        trade.setText(I18n.get("filter.trade"));
        copatent.setText(I18n.get("filter.copatent"));
        search.setPromptText(I18n.get("search.prompt"));
        cancel.setText(I18n.get("common.cancel"));
        sizeLabel.setText(I18n.format("legend.size", ""));
        firmsTab.setText(I18n.get("tab.firms"));
        cartographyTab.setText(I18n.get("tab.cartography"));
        mapLayout.setText(I18n.get("layout.map"));
        networkLayout.setText(I18n.get("layout.network"));
        rerunLayout.setText(I18n.get("layout.rerun"));
        editMenu.setText(I18n.get("menu.edit"));
        undoItem.setText(I18n.get("menu.edit.undo"));
        redoItem.setText(I18n.get("menu.edit.redo"));
        if (sceneMenu != null) {
            sceneMenu.updateTexts();
        }
        if (presenter != null) {
            presenter.setDefaultTitle(I18n.get("app.title"));
        }
        mapLayout.setTooltip(new javafx.scene.control.Tooltip(I18n.get("layout.tooltip")));
        networkLayout.setTooltip(new javafx.scene.control.Tooltip(I18n.get("layout.tooltip")));
    }

    /** Selects the best match of the search text (see {@link ExplorerViewModel#search}). */
    private void searchAsTyped() {
        var hits = model.search(search.getText(), 1);
        if (!hits.isEmpty()) {
            select(hits.get(0));
        }
    }

    /** "name (id)": what the search suggests, unique because ids are. */
    private String firmLabel(int firm) {
        return model.network().firmName(firm) + " (" + model.network().firmId(firm) + ")";
    }

    private void selectByLabel(String label) {
        int open = label.lastIndexOf(" (");
        if (open > 0 && label.endsWith(")")) {
            int firm = model.network().indexOf(label.substring(open + 2, label.length() - 1));
            if (firm >= 0) {
                select(firm);
            }
        }
    }

    /** Selects a firm and centres the map on it. */
    private void select(int firm) {
        model.selectedFirmProperty().set(firm);
        map.centreOn(firm);
    }

    private void updateStatus() {
        ExplorerViewModel.ShownCounts c = model.countsProperty().get();
        String text = I18n.format("status.shown", c.firms(), c.totalFirms(), c.links(), c.totalLinks());
        int notDrawn = map.networkGraph().notDrawnCount();
        status.setText(notDrawn == 0 ? text : text + " · " + I18n.format("status.linksNotDrawn", notDrawn));
        var f = model.filters();
        String words = org.supracluster.ui.filter.FilterDescription.of(model.filterProperty().get(), model.scheme(),
                f.hasYears() ? f.minYear() : null, f.hasYears() ? f.maxYear() : null);
        filterText.setText(words);
        if (presenter != null) {
            presenter.setDefaultSubtitle(words);
        }
    }

    /**
     * Shows a short notice in the status bar ("Exported … to …"), until the next one. The text is
     * asked for again when the language changes.
     */
    public void notice(java.util.function.Supplier<String> text) {
        noticeText = java.util.Objects.requireNonNull(text, "text");
        showNotice();
    }

    private void showNotice() {
        String t = noticeText.get();
        notice.setText(t.isEmpty() ? "" : "· " + t);
    }

    /** The menu bar: File first, Help last; other features insert their menus before Help. */
    public MenuBar menuBar() {
        return menuBar;
    }

    /** The bottom tabs (cluster roles, between clusters, geography, …). */
    public TabPane tabs() {
        return bottomTabs;
    }

    /**
     * A picture of the map shown (the firm map, or the super-cluster map when that is shown) under
     * a title band, for the image export.
     *
     * @throws IllegalStateException when the map has not been drawn yet
     */
    @Override
    public org.supracluster.export.MapScene mapPicture(String title, String subtitle) {
        if (showsSuperClusters()) {
            return superMap.picture(title, subtitle);
        }
        return org.supracluster.ui.map.MapPicture.of(map, model.scheme(), title, subtitle);
    }

    public MapView map() {
        return map;
    }

    /**
     * Lets go of everything that outlives the view: language listeners (which would keep the
     * whole view, its map graph included, reachable), the firm metrics and layout under way and
     * the map's viewer. Call when the window shows another view instead.
     */
    public void dispose() {
        languageSubscription.close();
        fileMenu.dispose();
        roles.dispose();
        inspector.dispose();
        firms.dispose();
        cartography.dispose();
        filters.dispose();
        metrics.cancel();
        layout.cancel();
        map.close();
        superModel.dispose();
        superMap.dispose();
        superSwitch.dispose();
        presenter.dispose();
        setLeft(null); // the scheme bar follows the language while in a scene: out of it, it lets go
    }

    /** The map's layout (map or network) and the network layout's positions. */
    public NetworkLayoutModel networkLayout() {
        return layout;
    }

    @Override
    public ExplorerViewModel model() {
        return model;
    }

    @Override
    public boolean showsSuperClusters() {
        return superModel.modeProperty().get() == org.supracluster.ui.supermap.SuperMapViewModel.Mode.GROUPS;
    }

    @Override
    public java.awt.image.BufferedImage paint(org.supracluster.export.MapScene scene, double scale) {
        return javafx.embed.swing.SwingFXUtils.fromFXImage(org.supracluster.ui.map.MapPainter.paint(scene, scale),
                null);
    }

    @Override
    public void showImportReport(org.supracluster.ui.files.DatabaseImport.Outcome outcome) {
        org.supracluster.ui.files.ImportReportDialog.create(window(), outcome, tableActions).show();
    }

    /** Copy and CSV export for the tables of this window (and of its dialogs, such as the import report). */
    public org.supracluster.ui.tables.TableActions tableActions() {
        return tableActions;
    }

    /** Runs this view's background work, shown in its status bar, failures told over its window. */
    public UiTasks tasks() {
        return tasks;
    }

    /** The window showing this view, or null before it is shown. */
    private javafx.stage.Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    public Workspace workspace() {
        return workspace;
    }
}
