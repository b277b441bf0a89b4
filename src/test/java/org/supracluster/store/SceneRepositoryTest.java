package org.supracluster.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Region;
import org.supracluster.model.Scene;
import org.supracluster.model.Segment;

class SceneRepositoryTest {

    @TempDir
    Path dir;

    static Scene everyField() {
        Filter f = new Filter(EnumSet.of(Region.SEOUL, Region.GYEONGGI), EnumSet.of(LinkType.COPATENT), 2015, 2020,
                false, 2.5, EnumSet.of(Segment.FAB, Segment.MATERIALS));
        return new Scene("수도권 공동특허", f, "groups", "provinces", "network", "F007", 12.5, -3.25, 0.4,
                "반도체 초광역 클러스터", "2015–2020");
    }

    static Scene nullable(String name) {
        Filter f = Filter.all().withYears(null, null).withRegions(EnumSet.noneOf(Region.class));
        return new Scene(name, f, "firms", "clusters", "map", null, Double.NaN, Double.NaN, Double.NaN, null, null);
    }

    @Test
    void everyFieldRoundTripsThroughTheFile() {
        Path file = dir.resolve("scenes.db");
        try (Database db = Database.open(file)) {
            SceneRepository.of(db).save(everyField());
            SceneRepository.of(db).save(nullable("전체"));
        }
        try (Database db = Database.open(file)) {
            List<Scene> scenes = SceneRepository.of(db).list();
            assertEquals(2, scenes.size());
            assertEquals(everyField(), scenes.get(0));
            Scene n = scenes.get(1);
            assertEquals("전체", n.name());
            assertEquals(null, n.filter().yearFrom());
            assertEquals(null, n.filter().yearTo());
            assertTrue(n.filter().regions().isEmpty());
            assertEquals(null, n.selectedFirm());
            assertFalse(n.hasCamera());
            assertEquals(null, n.title());
            assertEquals(nullable("전체").filter(), n.filter());
        }
    }

    @Test
    void savingUnderAnExistingNameReplacesItInPlace() {
        try (Database db = Database.open(dir.resolve("replace.db"))) {
            SceneRepository repo = SceneRepository.of(db);
            repo.save(nullable("a"));
            repo.save(nullable("b"));
            repo.save(nullable("c"));
            repo.save(everyField().withName("b"));
            assertEquals(List.of("a", "b", "c"), names(repo));
            assertEquals(everyField().withName("b"), repo.load("b").orElseThrow());
        }
    }

    @Test
    void scenesAreMovedAndDeleted() {
        try (Database db = Database.open(dir.resolve("move.db"))) {
            SceneRepository repo = SceneRepository.of(db);
            repo.save(nullable("a"));
            repo.save(nullable("b"));
            repo.save(nullable("c"));
            assertTrue(repo.moveDown("a"));
            assertEquals(List.of("b", "a", "c"), names(repo));
            assertTrue(repo.moveUp("c"));
            assertEquals(List.of("b", "c", "a"), names(repo));
            assertFalse(repo.moveUp("b"));
            assertFalse(repo.moveDown("a"));
            assertFalse(repo.moveDown("missing"));
            assertTrue(repo.delete("c"));
            assertFalse(repo.delete("c"));
            assertEquals(List.of("b", "a"), names(repo));
            repo.save(nullable("d"));
            assertEquals(List.of("b", "a", "d"), names(repo));
        }
    }

    @Test
    void aVersionOneDatabaseGainsScenesWithoutLosingItsData() throws Exception {
        Path file = dir.resolve("v1.db");
        // A version-1 file as the previous release wrote it: the first migration only.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : Schema.MIGRATIONS.get(0)) {
                s.execute(sql);
            }
            s.execute("INSERT INTO firm(fid, id, name, region, lat, lon, segment) VALUES (1, 'F1', '나래반도체', 'KR-41', 37.2, 127.1, 'fab')");
            s.execute("INSERT INTO cluster_scheme(name) VALUES ('mine')");
            s.execute("INSERT INTO metadata VALUES ('k', 'v')");
            s.execute("PRAGMA user_version = 1");
        }
        try (Database db = Database.open(file)) {
            assertEquals(Schema.VERSION, db.userVersion());
            assertTrue(SceneRepository.of(db).list().isEmpty());
            assertEquals(List.of("mine"), SchemeRepository.of(db).names());
            assertEquals(java.util.Map.of("F1", "나래반도체"), NetworkStore.of(db).firmNames());
            SceneRepository.of(db).save(everyField());
            assertEquals(List.of(everyField()), SceneRepository.of(db).list());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT value FROM metadata WHERE key = 'k'")) {
            assertTrue(r.next());
            assertEquals("v", r.getString(1));
        }
    }

    @Test
    void eachLinkTypeKeepsItsOwnMinimumWeight() throws Exception {
        Path file = dir.resolve("per-type.db");
        Filter f = Filter.all().withMinWeight(LinkType.TRADE, 250).withMinWeight(LinkType.COPATENT, 2);
        Scene scene = withFilter(nullable("무게"), f);
        try (Database db = Database.open(file)) {
            SceneRepository.of(db).save(scene);
        }
        try (Database db = Database.open(file)) {
            Filter back = SceneRepository.of(db).load("무게").orElseThrow().filter();
            assertEquals(250.0, back.minWeight(LinkType.TRADE));
            assertEquals(2.0, back.minWeight(LinkType.COPATENT));
            assertEquals(f, back);
        }
        // The old column holds what every shown link weighs at least, for anyone reading it by SQL.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT min_weight FROM scene")) {
            assertTrue(r.next());
            assertEquals(2.0, r.getDouble(1));
        }
    }

    @Test
    void aSceneSavedWithOneMinimumWeightAppliesItToBothTypes() throws Exception {
        Path file = dir.resolve("v3.db");
        // A version-3 file as the release before per-type weights wrote it, with two scenes in it.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (int v = 0; v < 3; v++) {
                for (String sql : Schema.MIGRATIONS.get(v)) {
                    s.execute(sql);
                }
            }
            s.execute("INSERT INTO scene(name, position, view, grouping, layout, regions, link_types, year_from,"
                    + " year_to, include_undated, min_weight, segments) VALUES ('무거운 연결', 0, 'firms', 'clusters',"
                    + " 'map', 'KR-11,KR-41', 'trade,copatent', 2018, 2022, 0, 10, 'fab,design')");
            s.execute("INSERT INTO scene(name, position, view, grouping, layout, regions, link_types, year_from,"
                    + " year_to, include_undated, min_weight, segments) VALUES ('전체', 1, 'firms', 'clusters',"
                    + " 'map', 'KR-11', 'copatent', NULL, NULL, 1, 0, 'fab')");
            s.execute("PRAGMA user_version = 3");
        }
        try (Database db = Database.open(file)) {
            assertEquals(Schema.VERSION, db.userVersion());
            List<Scene> scenes = SceneRepository.of(db).list();
            assertEquals(List.of("무거운 연결", "전체"), scenes.stream().map(Scene::name).toList());
            Filter heavy = scenes.get(0).filter();
            assertEquals(10.0, heavy.minWeight(LinkType.TRADE));
            assertEquals(10.0, heavy.minWeight(LinkType.COPATENT));
            assertEquals(Filter.all().withRegions(EnumSet.of(Region.SEOUL, Region.GYEONGGI)).withYears(2018, 2022)
                    .withIncludeUndated(false).withMinWeight(10)
                    .withSegments(EnumSet.of(Segment.FAB, Segment.DESIGN)), heavy);
            assertEquals(0.0, scenes.get(1).filter().minWeight(LinkType.TRADE));
            assertEquals(0.0, scenes.get(1).filter().minWeight(LinkType.COPATENT));
            // Saved again, the old scene keeps its meaning in the new columns.
            SceneRepository.of(db).save(withFilter(scenes.get(0), heavy.withMinWeight(LinkType.COPATENT, 3)));
            Filter again = SceneRepository.of(db).load("무거운 연결").orElseThrow().filter();
            assertEquals(10.0, again.minWeight(LinkType.TRADE));
            assertEquals(3.0, again.minWeight(LinkType.COPATENT));
        }
    }

    private static Scene withFilter(Scene s, Filter f) {
        return new Scene(s.name(), f, s.view(), s.grouping(), s.layout(), s.selectedFirm(), s.centreX(), s.centreY(),
                s.zoom(), s.title(), s.subtitle());
    }

    private static List<String> names(SceneRepository repo) {
        return repo.list().stream().map(Scene::name).toList();
    }
}
