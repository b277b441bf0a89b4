package org.supracluster.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supracluster.model.TestNetworks.firm;
import static org.supracluster.model.TestNetworks.firms;
import static org.supracluster.model.TestNetworks.links;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FilterAndViewTest {

    /*
     * Firms:  0 s1 Seoul design      1 s2 Seoul fab        2 g1 Gyeonggi fab
     *         3 d1 Daejeon research  4 k1 Gangwon materials 5 j1 Jeju packaging
     * Links:  0 s1->g1 trade   1.0 2015
     *         1 g1->s2 trade   5.0 2020
     *         2 s1--d1 copat   2.0 2018
     *         3 g1--d1 copat   0.5 undated
     *         4 k1->g1 trade   3.0 2022
     *         5 d1--j1 copat   1.0 2024
     *         6 s2->d1 trade   2.5 undated
     */
    private static final Network NET = build();

    private static Network build() {
        Network.Builder b = Network.builder();
        b.addFirm(firm("s1", Region.SEOUL, Segment.DESIGN));
        b.addFirm(firm("s2", Region.SEOUL, Segment.FAB));
        b.addFirm(firm("g1", Region.GYEONGGI, Segment.FAB));
        b.addFirm(firm("d1", Region.DAEJEON, Segment.RESEARCH));
        b.addFirm(firm("k1", Region.GANGWON, Segment.MATERIALS));
        b.addFirm(firm("j1", Region.JEJU, Segment.PACKAGING));
        b.addLink(0, 2, LinkType.TRADE, 1.0, 2015);
        b.addLink(2, 1, LinkType.TRADE, 5.0, 2020);
        b.addLink(0, 3, LinkType.COPATENT, 2.0, 2018);
        b.addLink(2, 3, LinkType.COPATENT, 0.5, Link.NO_YEAR);
        b.addLink(4, 2, LinkType.TRADE, 3.0, 2022);
        b.addLink(3, 5, LinkType.COPATENT, 1.0, 2024);
        b.addLink(1, 3, LinkType.TRADE, 2.5, Link.NO_YEAR);
        return b.build();
    }

    private static Set<Region> allBut(Region... out) {
        EnumSet<Region> r = EnumSet.allOf(Region.class);
        r.removeAll(List.of(out));
        return r;
    }

    @Test
    void allShowsEveryFirmAndEveryLink() {
        NetworkView v = NetworkView.of(NET, Filter.all());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), firms(v));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), links(v));
        assertEquals(6, v.shownFirmCount());
        assertEquals(7, v.shownLinkCount());
        assertSame(NET, v.network());
        assertEquals(Filter.all(), v.filter());
    }

    @Test
    void allSelectsEveryRegionTypeSegmentAndYear() {
        Filter all = Filter.all();
        assertEquals(EnumSet.allOf(Region.class), all.regions());
        assertEquals(EnumSet.allOf(LinkType.class), all.linkTypes());
        assertEquals(EnumSet.allOf(Segment.class), all.segments());
        assertTrue(all.includeUndated());
        assertEquals(null, all.yearFrom());
        assertEquals(null, all.yearTo());
        assertEquals(0.0, all.minWeight(LinkType.TRADE));
        assertEquals(0.0, all.minWeight(LinkType.COPATENT));
    }

    @Test
    void uncheckingARegionRemovesItsFirmsAndEveryLinkTouchingThem() {
        NetworkView v = NetworkView.of(NET, Filter.all().withRegions(allBut(Region.DAEJEON)));
        assertEquals(List.of(0, 1, 2, 4, 5), firms(v));
        assertEquals(List.of(0, 1, 4), links(v));
        for (int l = 0; l < NET.linkCount(); l++) {
            boolean touchesDaejeon = NET.region(NET.linkSource(l)) == Region.DAEJEON
                    || NET.region(NET.linkTarget(l)) == Region.DAEJEON;
            if (touchesDaejeon) {
                assertFalse(v.isLinkShown(l), "link " + l);
            }
        }
    }

    @Test
    void uncheckingTwoRegionsLeavesOnlyLinksBetweenTheRest() {
        NetworkView v = NetworkView.of(NET, Filter.all().withRegions(EnumSet.of(Region.SEOUL, Region.GYEONGGI)));
        assertEquals(List.of(0, 1, 2), firms(v));
        assertEquals(List.of(0, 1), links(v));
    }

    @Test
    void linkTypeFilterKeepsFirmsAndDropsTheOtherType() {
        NetworkView trade = NetworkView.of(NET, Filter.all().withLinkTypes(EnumSet.of(LinkType.TRADE)));
        assertEquals(List.of(0, 1, 4, 6), links(trade));
        assertEquals(6, trade.shownFirmCount(), "firms stay when their links are filtered out");
        NetworkView copatent = NetworkView.of(NET, Filter.all().withLinkTypes(List.of(LinkType.COPATENT)));
        assertEquals(List.of(2, 3, 5), links(copatent));
        NetworkView none = NetworkView.of(NET, Filter.all().withLinkTypes(List.of()));
        assertEquals(List.of(), links(none));
        assertEquals(6, none.shownFirmCount());
    }

    @Test
    void yearRangeIsInclusiveAndShowsUndatedLinksWhenAsked() {
        NetworkView v = NetworkView.of(NET, Filter.all().withYears(2018, 2022));
        assertEquals(List.of(1, 2, 3, 4, 6), links(v));
        NetworkView dated = NetworkView.of(NET, Filter.all().withYears(2018, 2022).withIncludeUndated(false));
        assertEquals(List.of(1, 2, 4), links(dated));
    }

    @Test
    void openEndedYearRanges() {
        assertEquals(List.of(1, 3, 4, 5, 6), links(NetworkView.of(NET, Filter.all().withYears(2020, null))));
        assertEquals(List.of(0, 3, 6), links(NetworkView.of(NET, Filter.all().withYears(null, 2017))));
        assertEquals(List.of(0, 1, 2, 4, 5),
                links(NetworkView.of(NET, Filter.all().withIncludeUndated(false))));
        assertEquals(List.of(1, 3, 6), links(NetworkView.of(NET, Filter.all().withYears(2020, 2020))));
    }

    @Test
    void acceptsYearFollowsTheRangeAndTheUndatedFlag() {
        Filter f = Filter.all().withYears(2018, 2020);
        assertTrue(f.acceptsYear(2018));
        assertTrue(f.acceptsYear(2020));
        assertFalse(f.acceptsYear(2017));
        assertFalse(f.acceptsYear(2021));
        assertTrue(f.acceptsYear(Link.NO_YEAR));
        assertFalse(f.withIncludeUndated(false).acceptsYear(Link.NO_YEAR));
    }

    @Test
    void anEmptyYearRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Filter.all().withYears(2022, 2018));
    }

    @Test
    void minWeightKeepsLinksAtLeastThatHeavy() {
        assertEquals(List.of(0, 1, 2, 4, 5, 6), links(NetworkView.of(NET, Filter.all().withMinWeight(1.0))));
        assertEquals(List.of(1, 4, 6), links(NetworkView.of(NET, Filter.all().withMinWeight(2.5))));
        assertEquals(List.of(), links(NetworkView.of(NET, Filter.all().withMinWeight(5.01))));
        assertEquals(6, NetworkView.of(NET, Filter.all().withMinWeight(100)).shownFirmCount());
        assertThrows(IllegalArgumentException.class, () -> Filter.all().withMinWeight(Double.NaN));
    }

    @Test
    void aTradeMinimumKeepsTheHeavyTradeLinksAndEveryCoPatentLink() {
        // Trade ≥ 3: links 1 (5.0) and 4 (3.0) of the four trade links; co-patent 2, 3 (0.5), 5 all stay.
        Filter heavyTrade = Filter.all().withMinWeight(LinkType.TRADE, 3);
        assertEquals(List.of(1, 2, 3, 4, 5), links(NetworkView.of(NET, heavyTrade)));
        // Trade ≥ 10 is above every trade link: only the three co-patent links are left.
        assertEquals(List.of(2, 3, 5), links(NetworkView.of(NET, Filter.all().withMinWeight(LinkType.TRADE, 10))));
        // The same 2.5 for both drops co-patent 2 (2.0) too; for trade alone it keeps every co-patent link.
        assertEquals(List.of(1, 4, 6), links(NetworkView.of(NET, Filter.all().withMinWeight(2.5))));
        assertEquals(List.of(1, 2, 3, 4, 5, 6),
                links(NetworkView.of(NET, Filter.all().withMinWeight(LinkType.TRADE, 2.5))));
    }

    @Test
    void aCoPatentMinimumLeavesEveryTradeLink() {
        // Co-patent ≥ 1: link 3 (0.5) goes; trade 0, 1, 4, 6 stay, link 0 although it weighs only 1.0.
        assertEquals(List.of(0, 1, 2, 4, 5, 6),
                links(NetworkView.of(NET, Filter.all().withMinWeight(LinkType.COPATENT, 1))));
        // Trade ≥ 3 and co-patent ≥ 2: trade 1, 4 and co-patent 2.
        Filter both = Filter.all().withMinWeight(LinkType.TRADE, 3).withMinWeight(LinkType.COPATENT, 2);
        assertEquals(List.of(1, 2, 4), links(NetworkView.of(NET, both)));
        assertEquals(3.0, both.minWeight(LinkType.TRADE));
        assertEquals(2.0, both.minWeight(LinkType.COPATENT));
    }

    @Test
    void minimumWeightsPerTypeAreValuesOfTheFilter() {
        Filter twoByType = Filter.all().withMinWeight(LinkType.TRADE, 2).withMinWeight(LinkType.COPATENT, 2);
        assertEquals(Filter.all().withMinWeight(2), twoByType);
        assertEquals(Filter.all().withMinWeight(2).hashCode(), twoByType.hashCode());
        assertTrue(twoByType.hasOneMinWeight());
        Filter tradeOnly = Filter.all().withMinWeight(LinkType.TRADE, 2);
        assertNotEquals(twoByType, tradeOnly);
        assertFalse(tradeOnly.hasOneMinWeight());
        assertEquals(0.0, tradeOnly.minWeight(LinkType.COPATENT), "the other type keeps its minimum");
        assertEquals(Filter.all(), Filter.all().withMinWeight(LinkType.TRADE, -0.0));
        assertThrows(UnsupportedOperationException.class, () -> tradeOnly.minWeights().put(LinkType.TRADE, 9.0));
        assertThrows(IllegalArgumentException.class, () -> Filter.all().withMinWeight(LinkType.COPATENT, Double.NaN));
        // A map that leaves a type out means no minimum for it.
        Filter partial = new Filter(Set.of(), Set.of(), null, null, true, Map.of(LinkType.TRADE, 4.0),
                Set.of());
        assertEquals(4.0, partial.minWeight(LinkType.TRADE));
        assertEquals(0.0, partial.minWeight(LinkType.COPATENT));
    }

    @Test
    void segmentFilterRemovesFirmsOfOtherSegmentsAndTheirLinks() {
        NetworkView v = NetworkView.of(NET, Filter.all().withSegments(EnumSet.of(Segment.FAB, Segment.RESEARCH)));
        assertEquals(List.of(1, 2, 3), firms(v));
        assertEquals(List.of(1, 3, 6), links(v));
        assertEquals(List.of(), firms(NetworkView.of(NET, Filter.all().withSegments(List.of()))));
    }

    @Test
    void withClustersShowsTheProvincesOfTheChosenClusters() {
        ClusterScheme five = ClusterScheme.defaultFive();
        Filter capital = Filter.all().withClusters(five, List.of(0), false);
        assertEquals(EnumSet.of(Region.SEOUL, Region.INCHEON, Region.GYEONGGI), capital.regions());
        NetworkView v = NetworkView.of(NET, capital);
        assertEquals(List.of(0, 1, 2), firms(v));
        assertEquals(List.of(0, 1), links(v));

        Filter capitalAndChungcheong = Filter.all().withClusters(five, List.of(0, 1), false);
        assertEquals(EnumSet.of(Region.SEOUL, Region.INCHEON, Region.GYEONGGI, Region.DAEJEON, Region.SEJONG,
                Region.CHUNGBUK, Region.CHUNGNAM), capitalAndChungcheong.regions());
        assertEquals(List.of(0, 1, 2, 3, 6), links(NetworkView.of(NET, capitalAndChungcheong)));
    }

    @Test
    void withClustersAddsTheUnassignedProvincesAsOther() {
        ClusterScheme five = ClusterScheme.defaultFive();
        assertEquals(EnumSet.of(Region.GANGWON, Region.JEJU),
                Filter.all().withClusters(five, List.of(), true).regions());
        Filter capitalAndOther = Filter.all().withClusters(five, List.of(0), true);
        assertEquals(EnumSet.of(Region.SEOUL, Region.INCHEON, Region.GYEONGGI, Region.GANGWON, Region.JEJU),
                capitalAndOther.regions());
        NetworkView v = NetworkView.of(NET, capitalAndOther);
        assertEquals(List.of(0, 1, 2, 4, 5), firms(v));
        assertEquals(List.of(0, 1, 4), links(v));
        assertEquals(EnumSet.allOf(Region.class),
                Filter.all().withClusters(five, List.of(0, 1, 2, 3, 4), true).regions());
        assertEquals(Set.of(), Filter.all().withClusters(five, List.of(), false).regions());
    }

    @Test
    void filtersCombine() {
        Filter f = Filter.all()
                .withRegions(allBut(Region.JEJU))
                .withLinkTypes(List.of(LinkType.TRADE))
                .withYears(2016, null)
                .withMinWeight(2.0)
                .withSegments(EnumSet.complementOf(EnumSet.of(Segment.MATERIALS)));
        assertEquals(List.of(1, 6), links(NetworkView.of(NET, f)));
        assertEquals(List.of(1), links(NetworkView.of(NET, f.withIncludeUndated(false))));
    }

    @Test
    void emptyFilterShowsNothing() {
        Filter none = new Filter(Set.of(), Set.of(), null, null, false, 0, Set.of());
        NetworkView v = NetworkView.of(NET, none);
        assertEquals(0, v.shownFirmCount());
        assertEquals(0, v.shownLinkCount());
        assertEquals(-1, v.nextFirm(0));
        assertEquals(-1, v.nextLink(0));
        NetworkView noRegions = NetworkView.of(NET, Filter.all().withRegions(List.of()));
        assertEquals(0, noRegions.shownFirmCount());
        assertEquals(0, noRegions.shownLinkCount());
    }

    @Test
    void viewsNeverChangeTheNetworkAndOneNetworkGivesManyViews() {
        NetworkView trade = NetworkView.of(NET, Filter.all().withLinkTypes(List.of(LinkType.TRADE)));
        NetworkView seoul = NetworkView.of(NET, Filter.all().withRegions(List.of(Region.SEOUL)));
        NetworkView all = NetworkView.of(NET, Filter.all());
        assertSame(NET, trade.network());
        assertSame(NET, seoul.network());
        assertEquals(List.of(0, 1, 4, 6), links(trade));
        assertEquals(List.of(0, 1), firms(seoul));
        assertEquals(List.of(), links(seoul));
        assertEquals(7, all.shownLinkCount());
        assertEquals(6, NET.firmCount());
        assertEquals(7, NET.linkCount());
        assertEquals(5.0, NET.linkWeight(1));
        assertEquals(Link.NO_YEAR, NET.linkYear(3));
        assertEquals(List.of(0, 1, 4, 6), links(trade), "an earlier view is not changed by later ones");
    }

    @Test
    void viewOfAnEmptyNetworkIsEmpty() {
        NetworkView v = NetworkView.of(Network.builder().build(), Filter.all());
        assertEquals(0, v.shownFirmCount());
        assertEquals(0, v.shownLinkCount());
        assertEquals(-1, v.nextFirm(0));
    }

    @Test
    void withMethodsReturnChangedCopiesAndLeaveTheOriginal() {
        Filter all = Filter.all();
        Filter trade = all.withLinkTypes(List.of(LinkType.TRADE));
        assertNotEquals(all, trade);
        assertEquals(EnumSet.allOf(LinkType.class), all.linkTypes());
        assertEquals(Filter.all(), all.withRegions(EnumSet.allOf(Region.class)));
    }

    @Test
    void aFilterCannotBeChangedThroughItsSets() {
        Filter f = Filter.all();
        assertThrows(UnsupportedOperationException.class, () -> f.regions().remove(Region.SEOUL));
        assertThrows(UnsupportedOperationException.class, () -> f.linkTypes().clear());
        assertThrows(UnsupportedOperationException.class, () -> f.segments().add(Segment.FAB));
        NetworkView v = NetworkView.of(NET, f);
        assertEquals(Filter.all(), v.filter());
    }

    @Test
    void aFilterKeepsItsOwnCopyOfTheSetsItWasGiven() {
        EnumSet<Region> regions = EnumSet.of(Region.SEOUL);
        Filter f = Filter.all().withRegions(regions);
        regions.add(Region.BUSAN);
        assertEquals(EnumSet.of(Region.SEOUL), f.regions());
    }
}
