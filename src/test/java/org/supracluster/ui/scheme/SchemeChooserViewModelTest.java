package org.supracluster.ui.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.analysis.DerivedSchemes;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;
import org.supracluster.model.Region;
import org.supracluster.store.Database;
import org.supracluster.store.SchemeRepository;
import org.supracluster.ui.I18n;
import org.supracluster.ui.map.NetworkGraphTest;

/** The scheme chooser's state, without a window. */
class SchemeChooserViewModelTest {

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

    private static final ClusterScheme MINE = new ClusterScheme("mine",
            List.of(new ClusterScheme.Cluster("North", "북부")), Map.of(Region.GANGWON, 0), Map.of());

    @Test
    void withoutADatabaseTheDefaultAndTheDerivedKindsAreOffered() {
        SchemeChooserViewModel m = new SchemeChooserViewModel(NetworkGraphTest.network(),
                ClusterScheme.defaultFive(), Optional.empty());
        assertEquals(List.of(SchemeChoice.DEFAULT, SchemeChoice.GEO, SchemeChoice.COMMUNITIES), m.choices());
        assertEquals(SchemeChoice.DEFAULT, m.activeChoice());
        assertEquals(5, m.kProperty().get());
        assertTrue(m.isShown(SchemeChoice.DEFAULT, 5));
        assertFalse(m.isShown(SchemeChoice.GEO, 5));
        assertEquals(List.of(), m.loadStoredNames());
        assertEquals(ClusterScheme.defaultFive(), m.compute(SchemeChoice.DEFAULT, 5, Progress.NONE));
        assertThrows(IllegalArgumentException.class, () -> m.compute(SchemeChoice.stored("mine"), 5, Progress.NONE));
    }

    @Test
    void storedSchemesComeAfterTheDefaultAndTheShownOneIsAlwaysListed() {
        SchemeChooserViewModel m = new SchemeChooserViewModel(NetworkGraphTest.network(), MINE, Optional.empty());
        assertEquals(List.of(SchemeChoice.DEFAULT, SchemeChoice.stored("mine"), SchemeChoice.GEO,
                SchemeChoice.COMMUNITIES), m.choices(), "shown, so listed before the names are read");
        m.setStoredNames(List.of("alpha", "default", "mine"));
        assertEquals(List.of(SchemeChoice.DEFAULT, SchemeChoice.stored("alpha"), SchemeChoice.stored("mine"),
                SchemeChoice.GEO, SchemeChoice.COMMUNITIES), m.choices());
        assertEquals(SchemeChoice.stored("mine"), m.activeChoice());
    }

    @Test
    void aDerivedSchemeIsToldByItsName() {
        Network n = NetworkGraphTest.network();
        ClusterScheme geo = DerivedSchemes.geo(n, NetworkView.of(n, Filter.all()), 3, 1, Progress.NONE);
        SchemeChooserViewModel m = new SchemeChooserViewModel(n, geo, Optional.empty());
        assertEquals(SchemeChoice.GEO, m.activeChoice());
        assertEquals(3, m.kProperty().get(), "K follows the scheme shown");
        assertTrue(m.isShown(SchemeChoice.GEO, 3));
        assertFalse(m.isShown(SchemeChoice.GEO, 2));
        ClusterScheme communities = new ClusterScheme("communities", List.of(), Map.of(), Map.of());
        assertEquals(SchemeChoice.COMMUNITIES, new SchemeChooserViewModel(n, communities, Optional.empty())
                .activeChoice());
    }

    @Test
    void derivedSchemesAreFormedOnTheWholeNetwork() {
        Network n = NetworkGraphTest.network();
        SchemeChooserViewModel m = new SchemeChooserViewModel(n, ClusterScheme.defaultFive(), Optional.empty());
        NetworkView all = NetworkView.of(n, Filter.all());
        assertEquals(DerivedSchemes.geo(n, all, 2, DerivedSchemes.SEED_DEFAULT, Progress.NONE),
                m.compute(SchemeChoice.GEO, 2, Progress.NONE));
        ClusterScheme communities = m.compute(SchemeChoice.COMMUNITIES, 5, Progress.NONE);
        assertEquals(DerivedSchemes.communities(n, LinkGraph.of(all), DerivedSchemes.SEED_DEFAULT, Progress.NONE),
                communities);
        assertEquals("communities", communities.name());
        // Four firms at four places cannot form five clusters: said in words, with what to do.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.compute(SchemeChoice.GEO, 5, Progress.NONE));
        assertEquals("The firms have fewer than 5 distinct locations, so they cannot form 5 clusters: "
                + "choose a smaller K.", e.getMessage());
    }

    /**
     * The toggle chooses the weighting: "communities" and "communities:unweighted" are two
     * schemes, each shown only under its own setting. On this star (G with S, B and J) every firm
     * is in one community, so Q = 0 either way (Σ d_c = 2W: W/W − (2W/2W)² = 0).
     */
    @Test
    void theUnweightedToggleChoosesTheWeightingOfTheCommunities() {
        Network n = NetworkGraphTest.network();
        LinkGraph all = LinkGraph.of(NetworkView.of(n, Filter.all()));
        SchemeChooserViewModel m = new SchemeChooserViewModel(n, ClusterScheme.defaultFive(), Optional.empty());
        assertFalse(m.unweightedProperty().get());
        assertTrue(m.modularity().isEmpty(), "not the communities");
        ClusterScheme unweighted = m.compute(SchemeChoice.COMMUNITIES, 5, false, Progress.NONE);
        assertEquals("communities:unweighted", unweighted.name());
        assertEquals(DerivedSchemes.communities(n, all, false, DerivedSchemes.SEED_DEFAULT, Progress.NONE), unweighted);

        SchemeChooserViewModel shown = new SchemeChooserViewModel(n, unweighted, Optional.empty());
        assertEquals(SchemeChoice.COMMUNITIES, shown.activeChoice());
        assertTrue(shown.unweightedProperty().get(), "starts as the shown communities were found");
        assertFalse(shown.isWeightedCommunities());
        assertTrue(shown.isShown(SchemeChoice.COMMUNITIES, 5));
        shown.unweightedProperty().set(false);
        assertFalse(shown.isShown(SchemeChoice.COMMUNITIES, 5), "weighted communities are another scheme");
        assertEquals(0.0, shown.modularity().getAsDouble(), 1e-12);
        assertEquals("Unweighted modularity Q = 0.000", I18n.format("scheme.modularity.unweighted", 0.0));
    }

    @Test
    void storedSchemesAreReadFromTheDatabaseFile() {
        Path file = dir.resolve("c.db");
        try (Database db = Database.open(file)) {
            SchemeRepository.of(db).save(MINE);
        }
        SchemeChooserViewModel m = new SchemeChooserViewModel(NetworkGraphTest.network(),
                ClusterScheme.defaultFive(), Optional.of(file));
        assertEquals(List.of("default", "mine"), m.loadStoredNames());
        assertEquals(MINE, m.compute(SchemeChoice.stored("mine"), 5, Progress.NONE));
        assertEquals(ClusterScheme.defaultFive(), m.compute(SchemeChoice.DEFAULT, 5, Progress.NONE));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.compute(SchemeChoice.stored("gone"), 5, Progress.NONE));
        assertEquals("No scheme named “gone” is stored in this database.", e.getMessage());
    }
}
