package org.supracluster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.map.NetworkGraphTest;

/** The filter panel's state, tested without a window. */
class FilterViewModelTest {

    /** S (Seoul), G (Gyeonggi), B (Busan), J (Jeju); links dated 2020–2022, weights 1–6. */
    private final Network network = NetworkGraphTest.network();
    private final FilterViewModel vm = new FilterViewModel(network, ClusterScheme.defaultFive());

    private static EnumSet<Region> allBut(Region... left) {
        EnumSet<Region> s = EnumSet.allOf(Region.class);
        s.removeAll(List.of(left));
        return s;
    }

    @Test
    void startsWithEverything() {
        assertEquals(Filter.all(), vm.getFilter());
        assertEquals(2020, vm.minYear());
        assertEquals(2022, vm.maxYear());
        assertEquals(6, vm.maxLinkWeight());
        assertEquals(6, vm.maxLinkWeight(LinkType.TRADE));
        assertEquals(3, vm.maxLinkWeight(LinkType.COPATENT));
        assertTrue(vm.allRegions().isSelected());
    }

    @Test
    void uncheckingAProvinceRemovesItFromTheFilter() {
        vm.regionSelectedProperty(Region.GYEONGGI).set(false);
        assertEquals(allBut(Region.GYEONGGI), vm.getFilter().regions());
        RegionGroup capital = vm.groupOf(Region.GYEONGGI);
        assertFalse(capital.isSelected());
        assertTrue(capital.isIndeterminate(), "two of three capital provinces still checked");
        assertTrue(vm.allRegions().isIndeterminate());
        vm.regionSelectedProperty(Region.GYEONGGI).set(true);
        assertEquals(Filter.all(), vm.getFilter());
        assertTrue(capital.isSelected());
        assertFalse(capital.isIndeterminate());
    }

    @Test
    void uncheckingAClusterRemovesAllItsProvinces() {
        RegionGroup capital = vm.regionGroups().get(0);
        assertEquals("Capital region", capital.cluster().orElseThrow().englishName());
        vm.setGroupSelected(capital, false);
        assertEquals(allBut(Region.SEOUL, Region.INCHEON, Region.GYEONGGI), vm.getFilter().regions());
        assertFalse(capital.isSelected());
        assertFalse(capital.isIndeterminate(), "none checked is unchecked, not indeterminate");
        assertFalse(vm.regionSelectedProperty(Region.INCHEON).get());
        vm.setGroupSelected(vm.allRegions(), false);
        assertTrue(vm.getFilter().regions().isEmpty());
        vm.setGroupSelected(vm.allRegions(), true);
        assertEquals(Filter.all(), vm.getFilter());
    }

    @Test
    void otherGroupHoldsGangwonAndJejuUnderTheDefaultScheme() {
        List<RegionGroup> groups = vm.regionGroups();
        assertEquals(6, groups.size(), "five clusters and other");
        RegionGroup other = groups.get(5);
        assertTrue(other.isOther());
        assertTrue(other.cluster().isEmpty());
        assertEquals(List.of(Region.GANGWON, Region.JEJU), other.regions());
        assertEquals(other, vm.groupOf(Region.JEJU));
        vm.setGroupSelected(other, false);
        assertEquals(allBut(Region.GANGWON, Region.JEJU), vm.getFilter().regions());
        assertEquals(vm.getFilter(), Filter.all().withClusters(ClusterScheme.defaultFive(),
                List.of(0, 1, 2, 3, 4), false));
    }

    @Test
    void everyProvinceIsInExactlyOneGroup() {
        List<Region> listed = new ArrayList<>();
        vm.regionGroups().forEach(g -> listed.addAll(g.regions()));
        assertEquals(17, listed.size());
        assertEquals(EnumSet.allOf(Region.class), EnumSet.copyOf(listed));
    }

    @Test
    void linkTypeTogglesReachTheFilter() {
        vm.copatentProperty().set(false);
        assertEquals(EnumSet.of(LinkType.TRADE), vm.getFilter().linkTypes());
        vm.tradeProperty().set(false);
        assertTrue(vm.getFilter().linkTypes().isEmpty());
        vm.copatentProperty().set(true);
        assertEquals(EnumSet.of(LinkType.COPATENT), vm.getFilter().linkTypes());
    }

    @Test
    void aNarrowerYearRangeBoundsTheYearsAndDropsUndatedLinks() {
        vm.setYearRange(2021, 2022);
        Filter f = vm.getFilter();
        assertEquals(2021, f.yearFrom());
        assertEquals(2022, f.yearTo());
        assertFalse(f.includeUndated());
        assertFalse(f.acceptsYear(Link.NO_YEAR));
        assertFalse(f.acceptsYear(2020));
        vm.setYearRange(2020, 2022);
        assertNull(vm.getFilter().yearFrom());
        assertNull(vm.getFilter().yearTo());
        assertTrue(vm.getFilter().includeUndated(), "the whole span keeps undated links");
    }

    @Test
    void yearsOutsideTheSpanAreClampedAndAnEmptyRangeIsRefused() {
        vm.setYearRange(1990, 2100);
        assertEquals(2020, vm.yearFromProperty().get());
        assertEquals(2022, vm.yearToProperty().get());
        assertEquals(Filter.all(), vm.getFilter());
        vm.setYearRange(2021, 2100);
        assertEquals(2021, vm.getFilter().yearFrom());
        assertEquals(2022, vm.getFilter().yearTo());
        assertThrows(IllegalArgumentException.class, () -> vm.setYearRange(2022, 2021));
    }

    @Test
    void minimumWeightReachesTheFilterWithinZeroToTheHeaviestLink() {
        vm.setMinWeight(2.5);
        assertEquals(2.5, vm.getFilter().minWeight(LinkType.TRADE));
        assertEquals(2.5, vm.getFilter().minWeight(LinkType.COPATENT));
        // Each type is clamped to its own heaviest link: trade 6, co-patent 3.
        vm.setMinWeight(100);
        assertEquals(6, vm.getFilter().minWeight(LinkType.TRADE));
        assertEquals(3, vm.getFilter().minWeight(LinkType.COPATENT));
        vm.setMinWeight(-1);
        assertEquals(0, vm.getFilter().minWeight(LinkType.TRADE));
        assertEquals(0, vm.getFilter().minWeight(LinkType.COPATENT));
        assertThrows(IllegalArgumentException.class, () -> vm.setMinWeight(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> vm.setMinWeight(LinkType.TRADE, Double.NaN));
    }

    @Test
    void eachLinkTypeHasItsOwnMinimumWeight() {
        // Trade S→G 2 (2020), S→G 6 (2021), G→B 1; co-patent S–G 1, G–J 3.
        vm.setMinWeight(LinkType.COPATENT, 2);
        assertEquals(Filter.all().withMinWeight(LinkType.COPATENT, 2), vm.getFilter());
        assertEquals(0, vm.minWeightProperty(LinkType.TRADE).get());
        assertEquals(2, vm.minWeightProperty(LinkType.COPATENT).get());
        assertEquals(4, NetworkView.of(network, vm.getFilter()).shownLinkCount(), "three trade links, G–J");
        vm.setMinWeight(LinkType.TRADE, 2);
        assertEquals(3, NetworkView.of(network, vm.getFilter()).shownLinkCount(), "S→G twice, G–J");
        vm.setMinWeight(LinkType.COPATENT, 50);
        assertEquals(3, vm.getFilter().minWeight(LinkType.COPATENT), "clamped to the heaviest co-patent link");
        assertEquals(2, vm.getFilter().minWeight(LinkType.TRADE));
    }

    @Test
    void settingBothMinimumWeightsPublishesOneFilter() {
        List<Filter> published = new ArrayList<>();
        vm.filterProperty().addListener((o, was, now) -> published.add(now));
        vm.setMinWeight(2);
        assertEquals(List.of(Filter.all().withMinWeight(2)), published);
    }

    @Test
    void aFilterWithTwoMinimumWeightsShowsBothInThePanel() {
        Filter f = Filter.all().withMinWeight(LinkType.TRADE, 5).withMinWeight(LinkType.COPATENT, 1.5);
        vm.setFilter(f);
        assertEquals(f, vm.getFilter());
        assertEquals(5, vm.minWeightProperty(LinkType.TRADE).get());
        assertEquals(1.5, vm.minWeightProperty(LinkType.COPATENT).get());
        vm.setFilter(Filter.all().withMinWeight(LinkType.TRADE, 10));
        assertEquals(6, vm.getFilter().minWeight(LinkType.TRADE), "clamped to the heaviest trade link");
        assertEquals(0, vm.getFilter().minWeight(LinkType.COPATENT));
    }

    @Test
    void segmentsReachTheFilter() {
        assertEquals(8, Segment.values().length);
        vm.segmentSelectedProperty(Segment.FAB).set(false);
        vm.segmentSelectedProperty(Segment.OTHER).set(false);
        EnumSet<Segment> expected = EnumSet.allOf(Segment.class);
        expected.removeAll(List.of(Segment.FAB, Segment.OTHER));
        assertEquals(expected, vm.getFilter().segments());
    }

    @Test
    void resetRestoresEverything() {
        vm.setGroupSelected(vm.regionGroups().get(2), false);
        vm.regionSelectedProperty(Region.JEJU).set(false);
        vm.tradeProperty().set(false);
        vm.setYearRange(2021, 2021);
        vm.setMinWeight(3);
        vm.segmentSelectedProperty(Segment.DESIGN).set(false);
        assertFalse(vm.getFilter().equals(Filter.all()));
        vm.reset();
        assertEquals(Filter.all(), vm.getFilter());
        assertTrue(vm.allRegions().isSelected());
        assertEquals(2020, vm.yearFromProperty().get());
        assertEquals(2022, vm.yearToProperty().get());
        assertEquals(0, vm.minWeightProperty(LinkType.TRADE).get());
        assertEquals(0, vm.minWeightProperty(LinkType.COPATENT).get());
    }

    @Test
    void bulkChangesPublishOneFilterAndNoChangePublishesNone() {
        List<Filter> published = new ArrayList<>();
        vm.filterProperty().addListener((o, was, now) -> published.add(now));
        vm.setGroupSelected(vm.regionGroups().get(1), false); // four provinces
        assertEquals(1, published.size());
        vm.setGroupSelected(vm.regionGroups().get(1), false);
        vm.setFilter(vm.getFilter());
        vm.copatentProperty().set(true);
        assertEquals(1, published.size(), "setting what is already set publishes nothing");
        vm.reset();
        assertEquals(2, published.size());
    }

    @Test
    void aFilterSetFromOutsideShowsInThePanel() {
        Filter f = Filter.all().withRegions(EnumSet.of(Region.SEOUL, Region.BUSAN))
                .withLinkTypes(EnumSet.of(LinkType.COPATENT)).withYears(2021, 2022).withIncludeUndated(false)
                .withMinWeight(2).withSegments(EnumSet.of(Segment.FAB));
        vm.setFilter(f);
        assertEquals(f, vm.getFilter());
        assertFalse(vm.tradeProperty().get());
        assertTrue(vm.groupOf(Region.SEOUL).isIndeterminate());
        assertFalse(vm.groupOf(Region.DAEGU).isSelected());
        assertFalse(vm.segmentSelectedProperty(Segment.DESIGN).get());
    }

    @Test
    void aNetworkWithoutDatesOffersNoYearsAndKeepsEveryLink() {
        Network.Builder b = Network.builder();
        b.addFirm(new Firm("A", "A", Region.SEOUL, "", 37.5, 127.0, Segment.FAB, -1, Map.of()));
        b.addFirm(new Firm("B", "B", Region.JEJU, "", 33.5, 126.5, Segment.FAB, -1, Map.of()));
        b.addLink(0, 1, LinkType.TRADE, 1.5, Link.NO_YEAR);
        FilterViewModel undated = new FilterViewModel(b.build(), ClusterScheme.defaultFive());
        assertFalse(undated.hasYears());
        assertEquals(Filter.all(), undated.getFilter());
        undated.setYearRange(2000, 2010);
        assertEquals(Filter.all(), undated.getFilter());
        assertEquals(0.1, undated.weightStep(LinkType.TRADE), 1e-12);
        assertEquals(1, undated.weightStep(LinkType.COPATENT), "no co-patent links");
        assertEquals(0, undated.maxLinkWeight(LinkType.COPATENT));
    }

    @Test
    void aSchemeWithoutUnassignedProvincesHasNoOtherGroup() {
        Map<Region, Integer> every = new java.util.EnumMap<>(Region.class);
        for (Region r : Region.values()) {
            every.put(r, r.ordinal() % 2);
        }
        ClusterScheme two = new ClusterScheme("two", List.of(new ClusterScheme.Cluster("East", "동"),
                new ClusterScheme.Cluster("West", "서"), new ClusterScheme.Cluster("Empty", "빈")), every, Map.of());
        FilterViewModel model = new FilterViewModel(network, two);
        assertEquals(2, model.regionGroups().size(), "no other group, no group for a cluster without provinces");
        assertTrue(model.regionGroups().stream().noneMatch(RegionGroup::isOther));
    }

    /** The wiring the explorer uses: the panel's filter drives the explorer's view model. */
    @Test
    void thePanelDrivesTheExplorer() {
        ExplorerViewModel explorer = new ExplorerViewModel(network, ClusterScheme.defaultFive());
        vm.filterProperty().addListener((o, was, now) -> explorer.setFilter(now));
        vm.copatentProperty().set(false);
        assertFalse(explorer.copatentProperty().get());
        assertEquals(new ExplorerViewModel.ShownCounts(4, 4, 2, 4), explorer.countsProperty().get());
        vm.regionSelectedProperty(Region.JEJU).set(false);
        assertEquals(3, explorer.countsProperty().get().firms());
        vm.reset();
        assertEquals(Filter.all(), explorer.filterProperty().get());
        assertEquals(new ExplorerViewModel.ShownCounts(4, 4, 4, 4), explorer.countsProperty().get());
    }
}
