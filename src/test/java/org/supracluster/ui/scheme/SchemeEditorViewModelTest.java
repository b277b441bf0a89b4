package org.supracluster.ui.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Firm;
import org.supracluster.model.Network;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;
import org.supracluster.store.Database;
import org.supracluster.store.SchemeRepository;
import org.supracluster.store.StoreException;
import org.supracluster.ui.I18n;
import org.supracluster.ui.map.NetworkGraphTest;

/** The scheme editor's state, without a window. */
class SchemeEditorViewModelTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @AfterAll
    static void system() {
        I18n.followSystemLocale();
    }

    private static SchemeEditorViewModel editDefault() {
        return new SchemeEditorViewModel(ClusterScheme.defaultFive(), NetworkGraphTest.network(),
                List.of("default", "mine"));
    }

    @Test
    void theDefaultSchemeIsShownAsItIsWithGangwonAndJejuOther() {
        SchemeEditorViewModel m = editDefault();
        assertEquals("default", m.nameProperty().get());
        assertEquals(5, m.clusters().size());
        assertEquals("Capital region", m.clusters().get(0).englishProperty().get());
        assertEquals("수도권", m.clusters().get(0).koreanProperty().get());
        assertSame(m.clusters().get(0), m.clusterOf(Region.SEOUL).get());
        assertSame(m.clusters().get(1), m.clusterOf(Region.SEJONG).get());
        assertSame(SchemeEditorViewModel.OTHER, m.clusterOf(Region.GANGWON).get());
        assertSame(SchemeEditorViewModel.OTHER, m.clusterOf(Region.JEJU).get());
        assertEquals(6, m.assignable().size(), "Other and the five clusters");
        assertTrue(m.validProperty().get(), m.problemProperty().get());
        assertEquals("Saving replaces the default scheme in this database.", m.effectProperty().get());
        assertEquals("", m.note());
        assertEquals(ClusterScheme.defaultFive(), m.toScheme());
    }

    @Test
    void assigningAndRenamingGiveTheSchemeSaved() {
        SchemeEditorViewModel m = editDefault();
        m.clusterOf(Region.GANGWON).set(m.clusters().get(0));
        m.clusterOf(Region.JEJU).set(m.clusters().get(3));
        m.clusterOf(Region.SEJONG).set(SchemeEditorViewModel.OTHER);
        m.clusters().get(3).englishProperty().set("  South coast ");
        m.clusters().get(3).koreanProperty().set("남해안");
        m.nameProperty().set(" coast ");
        assertTrue(m.validProperty().get(), m.problemProperty().get());
        assertEquals("Saving creates the new scheme “coast”.", m.effectProperty().get());
        ClusterScheme s = m.toScheme();
        assertEquals("coast", s.name());
        assertEquals(new ClusterScheme.Cluster("South coast", "남해안"), s.clusters().get(3));
        assertEquals(0, s.clusterOf(Region.GANGWON));
        assertEquals(3, s.clusterOf(Region.JEJU));
        assertEquals(ClusterScheme.OTHER, s.clusterOf(Region.SEJONG));
        assertEquals(0, s.clusterOf(Region.SEOUL));
        assertTrue(s.firmClusters().isEmpty());
    }

    @Test
    void removingAClusterMovesItsProvincesToOtherAndRenumbersTheRest() {
        SchemeEditorViewModel m = editDefault();
        m.nameProperty().set("four");
        m.removeCluster(m.clusters().get(2)); // Daegu–Gyeongbuk
        assertSame(SchemeEditorViewModel.OTHER, m.clusterOf(Region.DAEGU).get());
        assertSame(SchemeEditorViewModel.OTHER, m.clusterOf(Region.GYEONGBUK).get());
        assertEquals(5, m.assignable().size());
        ClusterScheme s = m.toScheme();
        assertEquals(4, s.clusterCount());
        assertEquals(ClusterScheme.OTHER, s.clusterOf(Region.DAEGU));
        assertEquals(2, s.clusterOf(Region.BUSAN), "Southeast moves up to 2");
        assertEquals("Southeast", s.clusters().get(2).englishName());
        assertEquals(3, s.clusterOf(Region.JEONNAM));
    }

    @Test
    void theNameIsChecked() {
        SchemeEditorViewModel m = editDefault();
        m.nameProperty().set("  ");
        assertProblem(m, "Give the scheme a name.");
        m.nameProperty().set("mine");
        assertProblem(m, "A scheme named “mine” is already stored: choose another name.");
        m.nameProperty().set("Geography");
        assertProblem(m, "“Geography” cannot name a stored scheme: names starting with “geo” and the name "
                + "“communities” stand for schemes formed from coordinates and communities.");
        m.nameProperty().set("communities");
        assertFalse(m.validProperty().get());
        m.nameProperty().set("default");
        assertTrue(m.validProperty().get(), "the default may keep its name");

        // Another scheme may not take the default's name, and may keep its own (saving replaces it).
        SchemeEditorViewModel mine = new SchemeEditorViewModel(new ClusterScheme("mine",
                List.of(new ClusterScheme.Cluster("North", "북부")), Map.of(Region.GANGWON, 0), Map.of()),
                NetworkGraphTest.network(), List.of("default", "mine"));
        assertTrue(mine.validProperty().get(), mine.problemProperty().get());
        assertEquals("Saving replaces the stored scheme “mine”.", mine.effectProperty().get());
        mine.nameProperty().set("Default");
        assertProblem(mine, "“default” is the name of the default scheme: choose another name (to change the "
                + "default, edit the default scheme).");
        assertEquals("", mine.effectProperty().get());
    }

    @Test
    void clusterNamesAndProvincesAreChecked() {
        SchemeEditorViewModel m = editDefault();
        m.nameProperty().set("mine2");
        m.clusters().get(1).englishProperty().set(" ");
        assertProblem(m, "Cluster 2 needs an English name.");
        // Names are compared as the filters and the command line find clusters: case, spaces and dashes aside.
        m.clusters().get(1).englishProperty().set("capital  REGION");
        assertProblem(m, "Two clusters are called “capital  REGION”: give each cluster names of its own.");
        m.clusters().get(1).englishProperty().set("Chungcheong");
        m.clusters().get(4).koreanProperty().set("수도권");
        assertProblem(m, "Two clusters are called “수도권”: give each cluster names of its own.");
        m.clusters().get(4).koreanProperty().set("호남권");
        assertTrue(m.validProperty().get(), m.problemProperty().get());
        SchemeEditorViewModel.ClusterRow added = m.addCluster();
        assertEquals("Cluster 6", added.englishProperty().get());
        assertEquals("클러스터 6", added.koreanProperty().get());
        assertProblem(m, "Cluster “Cluster 6” has no province: assign one or remove the cluster.");
        m.clusterOf(Region.JEJU).set(added);
        assertTrue(m.validProperty().get(), m.problemProperty().get());
        assertEquals(5, m.toScheme().clusterOf(Region.JEJU));
        assertEquals(new ClusterScheme.Cluster("Cluster 6", "클러스터 6"), m.toScheme().clusters().get(5));
        List.copyOf(m.clusters()).forEach(m::removeCluster);
        assertProblem(m, "Add at least one cluster.");
        assertThrows(IllegalStateException.class, m::toScheme);
    }

    @Test
    void aSchemeOfFirmsStartsFromAProvinceCopyByMajority() {
        // Gyeonggi: two firms in cluster 1, one in 0; Seoul: one in 0; Busan: its firm in no cluster.
        Network.Builder b = Network.builder();
        String[] ids = {"G1", "G2", "G3", "S1", "B1"};
        Region[] regions = {Region.GYEONGGI, Region.GYEONGGI, Region.GYEONGGI, Region.SEOUL, Region.BUSAN};
        for (int i = 0; i < ids.length; i++) {
            b.addFirm(new Firm(ids[i], ids[i], regions[i], "", 37, 127, Segment.FAB, -1, Map.of()));
        }
        ClusterScheme geo = new ClusterScheme("geo:3", List.of(new ClusterScheme.Cluster("Geo 1", "지리 1"),
                new ClusterScheme.Cluster("Geo 2", "지리 2"), new ClusterScheme.Cluster("Geo 3", "지리 3")),
                Map.of(), Map.of("G1", 1, "G2", 1, "G3", 0, "S1", 0));
        SchemeEditorViewModel m = new SchemeEditorViewModel(geo, b.build(), List.of("default"));
        assertTrue(m.note().startsWith("“geo:3” places firms one by one"), m.note());
        assertEquals("", m.nameProperty().get(), "derived names are reserved: the copy needs its own");
        assertProblem(m, "Give the scheme a name.");
        m.nameProperty().set("geo by province");
        assertFalse(m.validProperty().get());
        m.nameProperty().set("by province");
        ClusterScheme s = m.toScheme();
        // Geo 3 held no firm: dropped.
        assertEquals(List.of(new ClusterScheme.Cluster("Geo 1", "지리 1"), new ClusterScheme.Cluster("Geo 2", "지리 2")),
                s.clusters());
        assertEquals(Map.of(Region.GYEONGGI, 1, Region.SEOUL, 0), s.regionClusters());
        assertTrue(s.firmClusters().isEmpty());
    }

    @Test
    void savingWritesTheSchemeIntoTheDatabaseFile() {
        Path file = dir.resolve("s.db");
        Database.open(file).close();
        SchemeEditorViewModel m = editDefault();
        m.clusterOf(Region.JEJU).set(m.clusters().get(3));
        m.clusters().get(4).koreanProperty().set("");
        ClusterScheme saved = m.save(file);
        assertEquals("default", saved.name());
        try (Database db = Database.open(file, false, Database.BUSY_TIMEOUT_MS_DEFAULT)) {
            ClusterScheme loaded = SchemeRepository.of(db).load("default").orElseThrow();
            assertEquals(saved, loaded);
            assertEquals(3, loaded.clusterOf(Region.JEJU));
            assertEquals("Honam", loaded.clusters().get(4).koreanName(), "a blank Korean name takes the English");
            assertEquals(List.of("default"), SchemeRepository.of(db).names());
        }
    }

    @Test
    void aBusyDatabaseFailsWithAMessageAndStoresNothing() throws Exception {
        Path file = dir.resolve("busy.db");
        Database.open(file).close();
        SchemeEditorViewModel m = editDefault();
        m.nameProperty().set("coast");
        ClusterScheme s = m.toScheme();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE"); // another program holds the write lock
            StoreException e = assertThrows(StoreException.class, () -> SchemeEditorViewModel.save(s, file, 50));
            assertTrue(e.getMessage().contains("is busy"), e.getMessage());
            st.execute("ROLLBACK");
        }
        try (Database db = Database.open(file, false, Database.BUSY_TIMEOUT_MS_DEFAULT)) {
            assertEquals(List.of("default"), SchemeRepository.of(db).names());
        }
    }

    private static void assertProblem(SchemeEditorViewModel m, String expected) {
        assertEquals(expected, m.problemProperty().get());
        assertFalse(m.validProperty().get());
    }
}
