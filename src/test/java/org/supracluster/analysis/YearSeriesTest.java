package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.ClusterRolesFixtures.Net;
import org.supracluster.model.Filter;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;

class YearSeriesTest {

    /**
     * Clusters 0 {a, b} and 1 {c}. a–b co-patent in 2019 and again in 2021; b→c trade in 2021;
     * a–c co-patent undated. 2020 has no link.
     */
    private static Net net() {
        return new Net().firm("a", 0).firm("b", 0).firm("c", 1)
                .link("a", "b", LinkType.COPATENT, 1, 2019)
                .link("a", "b", LinkType.COPATENT, 2, 2021)
                .link("b", "c", LinkType.TRADE, 5, 2021)
                .link("a", "c", LinkType.COPATENT, 9, Link.NO_YEAR);
    }

    @Test
    void yearsRunFromTheFirstToTheLastDatedLinkWithoutGaps() {
        Network n = net().network();
        assertArrayEquals(new int[] {2019, 2020, 2021}, YearSeries.years(n, Filter.all()));
        assertArrayEquals(new int[] {2020, 2021, 2022}, YearSeries.years(n, Filter.all().withYears(2020, 2022)));
        assertArrayEquals(new int[] {2021}, YearSeries.years(n, Filter.all().withYears(2021, null)));
        assertArrayEquals(new int[0], YearSeries.years(new Net().firm("x", 0).network(), Filter.all()));
    }

    @Test
    void eachYearIsAOneYearViewWithoutUndatedLinks() {
        // 2019: a–b internal (I_0 = 1). 2020: nothing. 2021: a–b internal, b→c external.
        // The undated a–c link (weight 9) is in no year.
        Net net = net();
        List<YearSeries.Point<ClusterRoles>> s = YearSeries.clusterRoles(net.network(), Filter.all(),
                net.partition(2), Progress.NONE);
        assertEquals(List.of(2019, 2020, 2021), s.stream().map(YearSeries.Point::year).toList());
        assertEquals(1, s.get(0).value().internalLinks());
        assertEquals(0, s.get(0).value().interClusterLinks());
        assertEquals(0, s.get(1).value().internalLinks() + s.get(1).value().interClusterLinks());
        assertEquals(1, s.get(2).value().internalLinks());
        assertEquals(1, s.get(2).value().interClusterLinks());
        assertEquals(5.0, s.get(2).value().interClusterWeight());
        assertEquals(0.0, s.get(2).value().eiIndex());
    }

    @Test
    void aYearWindowIsJustAViewWithThoseYears() {
        // 2019–2021 as one window: the two a–b rows merge into one link of weight 3, so the window
        // has 1 internal link although the years have one each; the undated a–c joins unless excluded.
        Net net = net();
        Network n = net.network();
        Filter window = Filter.all().withYears(2019, 2021);
        ClusterRoles withUndated = ClusterRoles.of(LinkGraph.of(NetworkView.of(n, window)), net.partition(2));
        assertEquals(1, withUndated.internalLinks());
        assertEquals(3.0, withUndated.internalWeight());
        assertEquals(2, withUndated.interClusterLinks());
        ClusterRoles dated = ClusterRoles.of(LinkGraph.of(NetworkView.of(n, window.withIncludeUndated(false))),
                net.partition(2));
        assertEquals(1, dated.interClusterLinks());
    }

    @Test
    void mapTakesAnyMetricAndKeepsTheBaseFilter() {
        Net net = net();
        Filter tradeOnly = Filter.all().withLinkTypes(List.of(LinkType.TRADE));
        List<YearSeries.Point<Integer>> links = YearSeries.map(net.network(), tradeOnly, new int[] {2019, 2021},
                LinkGraph::linkCount, Progress.NONE);
        assertEquals(0, links.get(0).value());
        assertEquals(1, links.get(1).value());
    }

    @Test
    void stopsWhenCancelled() {
        Progress cancelled = new Progress() {
            @Override
            public void report(double fraction, String what) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        Net net = net();
        assertThrows(Progress.Cancelled.class,
                () -> YearSeries.clusterRoles(net.network(), Filter.all(), net.partition(2), cancelled));
        assertThrows(IllegalArgumentException.class,
                () -> YearSeries.clusterRoles(net.network(), Filter.all(), new Net().partition(2), Progress.NONE));
    }
}
