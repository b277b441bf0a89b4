package org.supracluster.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.supracluster.model.TestNetworks.firm;
import static org.supracluster.model.TestNetworks.firms;
import static org.supracluster.model.TestNetworks.links;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The indexed {@link NetworkView#of} against the filter's definition read literally (a firm shown
 * when its province and segment are selected; a link when both ends are shown, its type selected,
 * its year accepted and its weight at least its type's minimum), on random networks and filters.
 */
class NetworkViewIndexTest {

    private static Network random(int firms, int links, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Region[] regions = Region.values();
        Segment[] segments = Segment.values();
        Network.Builder b = Network.builder();
        for (int f = 0; f < firms; f++) {
            b.addFirm(firm("f" + f, regions[r.nextInt(regions.length)], segments[r.nextInt(segments.length)]));
        }
        for (int l = 0; l < links && firms > 0; l++) {
            LinkType type = r.nextInt(4) == 0 ? LinkType.COPATENT : LinkType.TRADE;
            int year = r.nextInt(5) == 0 ? Link.NO_YEAR : 2010 + r.nextInt(15);
            b.addLink(r.nextInt(firms), r.nextInt(firms), type, 0.5 + r.nextInt(10), year);
        }
        return b.build();
    }

    private static <E extends Enum<E>> EnumSet<E> some(Class<E> type, SplittableRandom r) {
        EnumSet<E> out = EnumSet.noneOf(type);
        boolean all = r.nextInt(3) == 0;
        for (E e : type.getEnumConstants()) {
            if (all || r.nextBoolean()) {
                out.add(e);
            }
        }
        return out;
    }

    private static Filter randomFilter(SplittableRandom r) {
        Filter f = Filter.all().withRegions(some(Region.class, r)).withSegments(some(Segment.class, r))
                .withLinkTypes(some(LinkType.class, r));
        if (r.nextBoolean()) {
            int from = 2010 + r.nextInt(15);
            f = f.withYears(r.nextBoolean() ? from : null, r.nextBoolean() ? from + r.nextInt(5) : null);
        }
        if (r.nextInt(4) == 0) {
            f = f.withIncludeUndated(false);
        }
        if (r.nextBoolean()) {
            f = f.withMinWeight(LinkType.TRADE, r.nextInt(8));
        }
        return f;
    }

    private static List<Integer> expectedFirms(Network net, Filter f) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < net.firmCount(); i++) {
            if (f.regions().contains(net.region(i)) && f.segments().contains(net.segment(i))) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<Integer> expectedLinks(Network net, Filter f) {
        List<Integer> shown = expectedFirms(net, f);
        List<Integer> out = new ArrayList<>();
        for (int l = 0; l < net.linkCount(); l++) {
            if (shown.contains(net.linkSource(l)) && shown.contains(net.linkTarget(l))
                    && f.linkTypes().contains(net.linkType(l)) && f.acceptsYear(net.linkYear(l))
                    && net.linkWeight(l) >= f.minWeight(net.linkType(l))) {
                out.add(l);
            }
        }
        return out;
    }

    @Test
    void randomFiltersShowWhatTheDefinitionShows() {
        SplittableRandom r = new SplittableRandom(17);
        // 128 firms and 640 links fill whole words of the bit masks; the others end inside one.
        for (int[] size : new int[][] {{128, 640}, {300, 1500}, {61, 200}, {1, 1}, {0, 0}}) {
            Network net = random(size[0], size[1], size[0]);
            for (int i = 0; i < 200; i++) {
                Filter f = i == 0 ? Filter.all() : randomFilter(r);
                NetworkView v = NetworkView.of(net, f);
                assertEquals(expectedFirms(net, f), firms(v), f.toString());
                assertEquals(expectedLinks(net, f), links(v), f.toString());
                assertEquals(expectedLinks(net, f).size(), v.shownLinkCount());
            }
        }
    }

    @Test
    void aLinkBetweenTwoSelectedProvincesIsShownInEitherDirection() {
        // 0 Seoul, 1 Gyeonggi, 2 Busan. Trade 1->0 and 0->1 join the two selected provinces (stored
        // under one province pair whatever the direction); 0->2 leaves the selection.
        Network.Builder b = Network.builder();
        b.addFirm(firm("s", Region.SEOUL));
        b.addFirm(firm("g", Region.GYEONGGI));
        b.addFirm(firm("b", Region.BUSAN));
        b.addLink(1, 0, LinkType.TRADE, 1, 2020);
        b.addLink(0, 1, LinkType.TRADE, 1, 2020);
        b.addLink(0, 2, LinkType.TRADE, 1, 2020);
        b.addLink(1, 1, LinkType.COPATENT, 1, 2020);
        NetworkView v = NetworkView.of(b.build(), Filter.all().withRegions(EnumSet.of(Region.SEOUL, Region.GYEONGGI)));
        assertEquals(List.of(0, 1), firms(v));
        assertEquals(List.of(0, 1, 3), links(v));
    }
}
