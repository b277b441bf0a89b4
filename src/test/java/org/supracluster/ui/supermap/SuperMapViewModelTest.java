package org.supracluster.ui.supermap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.ClusterRole;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.LinkType;
import org.supracluster.model.Region;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.roles.ClusterPalette;
import org.supracluster.ui.supermap.SuperMapViewModel.Grouping;
import org.supracluster.ui.supermap.SuperMapViewModel.Mode;

/** The super-cluster map's state, without a window. */
class SuperMapViewModelTest {

    private final ExplorerViewModel explorer =
            new ExplorerViewModel(SuperMapGeometryTest.network(), ClusterScheme.defaultFive());
    private final SuperMapViewModel model = new SuperMapViewModel(explorer);

    @Test
    void figuresAreComputedWhenGroupsShowAndFollowTheLinks() {
        assertNull(model.figuresProperty().get(), "nothing computed while firms show");
        assertFalse(model.arcCountsProperty().get(), "no counts on the arcs until asked for");
        model.toggle();
        assertEquals(Mode.GROUPS, model.modeProperty().get());
        var f = model.figuresProperty().get();
        assertEquals(5, f.graph().groupCount());
        assertEquals(3, f.graph().firmCount(SuperMapGeometryTest.CAPITAL));
        assertEquals(EnumSet.allOf(LinkType.class), f.types());
        explorer.tradeProperty().set(false);
        assertEquals(EnumSet.of(LinkType.COPATENT), model.figuresProperty().get().types());
        model.groupingProperty().set(Grouping.PROVINCES);
        assertEquals(17, model.figuresProperty().get().graph().groupCount());
    }

    @Test
    void namesColoursAndRolesOfGroups() {
        model.toggle();
        assertEquals("충청·대전", model.name(Grouping.CLUSTERS, 1, Locale.KOREAN));
        assertEquals("Busan", model.name(Grouping.PROVINCES, Region.BUSAN.ordinal(), Locale.ENGLISH));
        assertEquals(ClusterPalette.cluster(3), model.colour(Grouping.PROVINCES, Region.BUSAN.ordinal()));
        assertEquals(ClusterPalette.OTHER_COLOUR, model.colour(Grouping.PROVINCES, Region.JEJU.ordinal()));
        assertEquals(ClusterRole.CORE_HUB, model.role(SuperMapGeometryTest.CAPITAL));
    }

    @Test
    void expandingAGroupShowsItsFirmsAndGivesTheirRectangle() {
        model.toggle();
        double[] box = model.expand(Grouping.CLUSTERS, SuperMapGeometryTest.CAPITAL);
        assertEquals(Mode.FIRMS, model.modeProperty().get());
        assertEquals(EnumSet.of(Region.SEOUL, Region.INCHEON, Region.GYEONGGI), explorer.filterProperty().get().regions());
        assertArrayEquals(new double[] {127.0, 37.2, 127.2, 37.5}, box, 1e-9);
        model.expand(Grouping.PROVINCES, Region.BUSAN.ordinal());
        assertEquals(EnumSet.of(Region.BUSAN), explorer.filterProperty().get().regions());
        assertEquals(1, explorer.countsProperty().get().firms());
    }
}
