package org.supracluster.ui.scenes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.supracluster.model.Network;
import org.supracluster.model.Scene;
import org.supracluster.store.Database;
import org.supracluster.store.SceneRepository;
import org.supracluster.store.StoreException;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;
import org.supracluster.ui.history.ExplorerState;
import org.supracluster.ui.layout.NetworkLayoutModel;
import org.supracluster.ui.presenter.PresenterViewModel;
import org.supracluster.ui.supermap.SuperMapViewModel;

/**
 * Scenes: saves the explorer's state (filter, selection, view, grouping, layout, camera, presenter
 * title) under a name and puts it back, stepping through the scenes like slides. Scenes live in
 * the open database file; with none (a network not from a file, or tests) they live in memory
 * for the session. No {@code Node}: tested without a window.
 */
public final class SceneViewModel {

    /** Moves the map's camera; {@code smooth} when the layout stayed the same, so a glide makes sense. */
    @FunctionalInterface
    public interface CameraMover {
        void move(ExplorerState.Camera camera, boolean smooth);
    }

    private final ExplorerViewModel model;
    private final SuperMapViewModel superMap;
    private final NetworkLayoutModel layout;
    private final PresenterViewModel presenter;
    private final Optional<Path> database;
    private final ObservableList<Scene> scenes = FXCollections.observableArrayList();
    private final ObservableList<Scene> readOnlyScenes = FXCollections.unmodifiableObservableList(scenes);
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /** The scenes of a session without a database file. */
    private final List<Scene> memory = new ArrayList<>();
    private Supplier<ExplorerState.Camera> camera = () -> ExplorerState.Camera.UNKNOWN;
    private CameraMover mover = (c, smooth) -> { };

    public SceneViewModel(ExplorerViewModel model, SuperMapViewModel superMap, NetworkLayoutModel layout,
                          PresenterViewModel presenter, Optional<Path> database) {
        this.model = Objects.requireNonNull(model, "model");
        this.superMap = Objects.requireNonNull(superMap, "superMap");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.presenter = Objects.requireNonNull(presenter, "presenter");
        this.database = Objects.requireNonNull(database, "database");
        reload();
    }

    /** Where the map's camera is now (the map sets this). */
    public void setCameraSource(Supplier<ExplorerState.Camera> source) {
        camera = Objects.requireNonNull(source, "source");
    }

    /** How a scene's camera is put back (the map sets this). */
    public void setCameraMover(CameraMover m) {
        mover = Objects.requireNonNull(m, "mover");
    }

    /** The scenes in stepping order. */
    public ObservableList<Scene> scenes() {
        return readOnlyScenes;
    }

    /** Index of the scene shown last, or -1. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The last failure in words (empty when the last action worked). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The state now, under a name. */
    public Scene capture(String name) {
        Network n = model.network();
        int firm = model.selectedFirmProperty().get();
        String firmId = firm >= 0 && firm < n.firmCount() ? n.firmId(firm) : null;
        ExplorerState.Camera c = camera.get();
        return new Scene(name.strip(), model.filterProperty().get(),
                superMap.modeProperty().get().name().toLowerCase(java.util.Locale.ROOT),
                superMap.groupingProperty().get().name().toLowerCase(java.util.Locale.ROOT),
                layout.modeProperty().get().name().toLowerCase(java.util.Locale.ROOT),
                firmId, c.centreX(), c.centreY(), c.zoom(),
                // Only what the presenter wrote: a default title or the filter in words would be
                // frozen in the language of the day the scene was saved.
                presenter.ownTitle().orElse(null), presenter.ownSubtitle().orElse(null));
    }

    /** Saves the state now under a name (replacing a scene of that name where it stands); false on failure. */
    public boolean save(String name) {
        if (name == null || name.isBlank()) {
            problem.set(I18n.get("scenes.error.noName"));
            return false;
        }
        Scene s = capture(name);
        boolean ok = storeOk(repo -> {
            repo.save(s);
            return true;
        }, () -> {
            int i = indexIn(memory, s.name());
            if (i >= 0) {
                memory.set(i, s);
            } else {
                memory.add(s);
            }
            return true;
        });
        if (ok) {
            reload();
            current.set(indexIn(scenes, s.name()));
        }
        return ok;
    }

    /** Deletes the scene of this name; false when there was none or it failed. */
    public boolean delete(String name) {
        boolean ok = storeOk(repo -> repo.delete(name), () -> memory.removeIf(s -> s.name().equals(name)));
        if (ok) {
            reload();
            current.set(Math.min(current.get(), scenes.size() - 1));
        }
        return ok;
    }

    /** Reads the scenes again from the database. */
    public void reload() {
        List<Scene> list = database.isEmpty() ? List.copyOf(memory) : store(SceneRepository::list, List::of);
        scenes.setAll(list == null ? List.of() : list);
    }

    /**
     * Makes the scene called {@code name} the current one without putting it back (the window
     * shows the network again as it was, which is where that scene had left it); nothing when no
     * scene has that name.
     */
    public void markCurrent(String name) {
        int i = indexIn(scenes, name);
        if (i >= 0) {
            current.set(i);
        }
    }

    /** Page Down / Right: the next scene; false when there is none. */
    public boolean next() {
        int i = current.get() + 1;
        return i < scenes.size() && apply(i);
    }

    /** Page Up / Left: the previous scene; false when there is none. */
    public boolean previous() {
        int i = current.get() - 1;
        return i >= 0 && i < scenes.size() && apply(i);
    }

    /** Puts scene {@code i} back: filter, selection, view, layout, presenter title and camera. */
    public boolean apply(int i) {
        if (i < 0 || i >= scenes.size()) {
            return false;
        }
        Scene s = scenes.get(i);
        NetworkLayoutModel.Mode mode = parse(NetworkLayoutModel.Mode.class, s.layout(), NetworkLayoutModel.Mode.MAP);
        boolean sameLayout = layout.modeProperty().get() == mode;
        model.setFilter(s.filter());
        int firm = s.selectedFirm() == null ? ExplorerViewModel.NO_FIRM : model.network().indexOf(s.selectedFirm());
        model.selectedFirmProperty().set(firm < 0 ? ExplorerViewModel.NO_FIRM : firm);
        superMap.groupingProperty().set(parse(SuperMapViewModel.Grouping.class, s.grouping(),
                SuperMapViewModel.Grouping.CLUSTERS));
        superMap.modeProperty().set(parse(SuperMapViewModel.Mode.class, s.view(), SuperMapViewModel.Mode.FIRMS));
        layout.modeProperty().set(mode);
        presenter.restore(ownTitle(s.title()), ownSubtitle(s.subtitle()));
        if (s.hasCamera()) {
            mover.move(new ExplorerState.Camera(s.centreX(), s.centreY(), s.zoom()), sameLayout);
        }
        current.set(i);
        return true;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code, E fallback) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(code)) {
                return e;
            }
        }
        return fallback;
    }

    /** Runs an action on the database, or on the in-memory list when there is none; null on failure. */
    private <T> T store(Function<SceneRepository, T> onDb, Supplier<T> inMemory) {
        problem.set("");
        if (database.isEmpty()) {
            return inMemory.get();
        }
        try (Database d = Database.open(database.get(), false, Database.BUSY_TIMEOUT_MS_DEFAULT)) {
            return onDb.apply(SceneRepository.of(d));
        } catch (StoreException e) {
            problem.set(I18n.format("scenes.error.store", e.getMessage()));
            return null;
        }
    }

    private boolean storeOk(Function<SceneRepository, Boolean> onDb, Supplier<Boolean> inMemory) {
        Boolean ok = store(onDb, inMemory);
        return ok != null && ok;
    }

    /**
     * A stored title, unless it is the program's name in one of its languages: scenes saved before
     * only the presenter's own titles were kept hold the default, which must follow the language.
     */
    static String ownTitle(String stored) {
        return stored == null || FORMER_TITLES.contains(stored) || I18n.SUPPORTED_LOCALES.stream()
                .anyMatch(l -> stored.equals(I18n.getIn(l, "app.title"))) ? null : stored;
    }

    /**
     * The program's names as earlier versions wrote them into scenes: the Korean name was spelled
     * 수퍼클러스터 before the glossary fixed 슈퍼클러스터, and those scenes hold the default too.
     */
    private static final java.util.Set<String> FORMER_TITLES = java.util.Set.of("수퍼클러스터 탐색기");

    /** A stored subtitle, unless it is the filter in words (in either language), as older scenes kept. */
    static String ownSubtitle(String stored) {
        if (stored == null) {
            return null;
        }
        for (java.util.Locale l : I18n.SUPPORTED_LOCALES) {
            String pattern = I18n.getIn(l, "status.filter");
            String prefix = pattern.substring(0, Math.max(0, pattern.indexOf("{0}")));
            if (stored.equals(I18n.getIn(l, "status.filter.none")) || !prefix.isEmpty() && stored.startsWith(prefix)) {
                return null;
            }
        }
        return stored;
    }

    private static int indexIn(List<Scene> list, String name) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

}
