package org.supracluster.ui.scenes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Region;
import org.supracluster.model.Scene;
import org.supracluster.store.Database;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.history.ExplorerState;
import org.supracluster.ui.layout.NetworkLayoutModel;
import org.supracluster.ui.map.NetworkGraphTest;
import org.supracluster.ui.presenter.PresenterViewModel;
import org.supracluster.ui.supermap.SuperMapViewModel;

/** Saving, listing, stepping and applying scenes, without a window. */
class SceneViewModelTest {

    @TempDir
    Path dir;

    /** One explorer session: its models and the scene view model over a database file (or none). */
    static final class Session {
        final ExplorerViewModel model = new ExplorerViewModel(NetworkGraphTest.network(), ClusterScheme.defaultFive());
        final SuperMapViewModel superMap = new SuperMapViewModel(model);
        // Nothing runs the network layout here: only its mode matters.
        final NetworkLayoutModel layout = new NetworkLayoutModel(model.linksProperty(),
                new org.supracluster.ui.UiTasks(r -> { }, Runnable::run, new org.supracluster.ui.BackgroundWork(),
                        new org.supracluster.ui.RecordingNotices()));
        final PresenterViewModel presenter = new PresenterViewModel();
        final SimpleObjectProperty<ExplorerState.Camera> camera =
                new SimpleObjectProperty<>(new ExplorerState.Camera(1, 2, 1));
        final List<String> moves = new ArrayList<>();
        final SceneViewModel scenes;

        Session(Optional<Path> db) {
            scenes = new SceneViewModel(model, superMap, layout, presenter, db);
            scenes.setCameraSource(camera::get);
            scenes.setCameraMover((c, smooth) -> {
                camera.set(c);
                moves.add(c.centreX() + "," + c.centreY() + "," + c.zoom() + (smooth ? " smooth" : " jump"));
            });
        }
    }

    /** A filter the panel can show as it is (a year range inside the data's 2020–2022 leaves undated links out). */
    static Filter seoulCopatent() {
        return Filter.all().withRegions(EnumSet.of(Region.SEOUL, Region.GYEONGGI))
                .withLinkTypes(EnumSet.of(LinkType.COPATENT)).withYears(2021, 2022).withMinWeight(1.5)
                .withIncludeUndated(false);
    }

    @Test
    void aScenesOwnTitleComesBackAndDefaultsFollowTheLanguageAndFilter() {
        Session s = new Session(Optional.empty());
        s.presenter.setDefaultTitle("Supracluster Explorer");
        s.presenter.setDefaultSubtitle("All firms and links");
        assertTrue(s.scenes.save("defaults"));
        s.presenter.editTitle("2024 협력 지도", "Supracluster Explorer");
        assertTrue(s.scenes.save("own title"));
        assertEquals(null, s.scenes.scenes().get(0).title(), "a default title is not stored");
        assertEquals(null, s.scenes.scenes().get(0).subtitle(), "nor the filter in words");
        assertEquals("2024 협력 지도", s.scenes.scenes().get(1).title());

        // Later, in Korean, with another filter described.
        s.presenter.setDefaultTitle("수퍼클러스터 탐색기");
        s.presenter.setDefaultSubtitle("필터: 공동특허만");
        assertTrue(s.scenes.apply(0));
        assertEquals("수퍼클러스터 탐색기", s.presenter.titleProperty().get(), "the default, in today's language");
        assertEquals("필터: 공동특허만", s.presenter.subtitleProperty().get());
        assertTrue(s.scenes.apply(1));
        assertEquals("2024 협력 지도", s.presenter.titleProperty().get(), "the presenter's own title");
        assertTrue(s.scenes.apply(0));
        assertEquals("수퍼클러스터 탐색기", s.presenter.titleProperty().get(), "and back to the default");
        assertTrue(s.presenter.ownTitle().isEmpty());
    }

    @Test
    void olderScenesDefaultTitleAndFilterWordsAreTakenAsDefaults() {
        assertEquals(null, SceneViewModel.ownTitle("Supracluster Explorer"));
        assertEquals(null, SceneViewModel.ownTitle("수퍼클러스터 탐색기"));
        assertEquals("2024 협력 지도", SceneViewModel.ownTitle("2024 협력 지도"));
        assertEquals(null, SceneViewModel.ownSubtitle("Filter: Co-patent only"));
        assertEquals(null, SceneViewModel.ownSubtitle("필터: 공동특허만"));
        assertEquals(null, SceneViewModel.ownSubtitle("All firms and links"));
        assertEquals(null, SceneViewModel.ownSubtitle("모든 기업과 연결"));
        assertEquals("발표용 부제", SceneViewModel.ownSubtitle("발표용 부제"));
        assertEquals(null, SceneViewModel.ownSubtitle(null));
    }

    @Test
    void scenesSurviveARestart() {
        Path file = dir.resolve("scenes.db");
        Database.open(file).close();
        Session first = new Session(Optional.of(file));
        first.model.setFilter(seoulCopatent());
        first.model.selectedFirmProperty().set(1);
        first.superMap.groupingProperty().set(SuperMapViewModel.Grouping.PROVINCES);
        first.camera.set(new ExplorerState.Camera(10.5, -4.25, 0.3));
        assertTrue(first.scenes.save("수도권 공동특허"));
        first.model.setFilter(Filter.all());
        first.camera.set(new ExplorerState.Camera(0, 0, 1));
        assertTrue(first.scenes.save("전체"));

        // A new program start: new models, new database connection, same file.
        Session second = new Session(Optional.of(file));
        assertEquals(List.of("수도권 공동특허", "전체"), second.scenes.scenes().stream().map(Scene::name).toList());
        assertEquals(Filter.all(), second.model.filterProperty().get());
        assertTrue(second.scenes.apply(0));
        assertEquals(seoulCopatent(), second.model.filterProperty().get());
        assertEquals(1, second.model.selectedFirmProperty().get());
        assertEquals(SuperMapViewModel.Grouping.PROVINCES, second.superMap.groupingProperty().get());
        assertEquals(List.of("10.5,-4.25,0.3 smooth"), second.moves);
    }

    @Test
    void stepsForwardAndBackLikeSlides() {
        Session s = new Session(Optional.empty());
        s.model.setFilter(seoulCopatent());
        s.scenes.save("one");
        s.model.setFilter(Filter.all().withMinWeight(3));
        s.superMap.modeProperty().set(SuperMapViewModel.Mode.GROUPS);
        s.scenes.save("two");
        assertEquals(1, s.scenes.currentProperty().get());
        assertFalse(s.scenes.next());
        assertTrue(s.scenes.previous());
        assertEquals(seoulCopatent(), s.model.filterProperty().get());
        assertEquals(SuperMapViewModel.Mode.FIRMS, s.superMap.modeProperty().get());
        assertFalse(s.scenes.previous());
        assertTrue(s.scenes.next());
        assertEquals(Filter.all().withMinWeight(3), s.model.filterProperty().get());
        assertEquals(SuperMapViewModel.Mode.GROUPS, s.superMap.modeProperty().get());
    }

    @Test
    void aLayoutChangeJumpsTheCameraAndSavingAgainKeepsThePlace() {
        Session s = new Session(Optional.empty());
        s.scenes.save("map");
        s.layout.modeProperty().set(NetworkLayoutModel.Mode.NETWORK);
        s.camera.set(new ExplorerState.Camera(5, 5, 0.5));
        s.scenes.save("network");
        s.scenes.apply(0);
        assertEquals(NetworkLayoutModel.Mode.MAP, s.layout.modeProperty().get());
        assertEquals(List.of("1.0,2.0,1.0 jump"), s.moves);
        s.model.setFilter(seoulCopatent());
        s.scenes.save("map");
        assertEquals(List.of("map", "network"), s.scenes.scenes().stream().map(Scene::name).toList());
        assertEquals(seoulCopatent(), s.scenes.scenes().get(0).filter());
        assertTrue(s.scenes.delete("map"));
        assertEquals(List.of("network"), s.scenes.scenes().stream().map(Scene::name).toList());
        assertFalse(s.scenes.save("  "));
        assertFalse(s.scenes.problemProperty().get().isEmpty());
    }
}
