package org.supracluster.ui.filter;

import org.supracluster.ui.FilterViewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;
import org.supracluster.ui.map.NetworkGraphTest;

/** Year playback on the test network's links dated 2020–2022 (no clock: steps by hand). */
class YearPlaybackTest {

    private final FilterViewModel vm = new FilterViewModel(NetworkGraphTest.network(), ClusterScheme.defaultFive());
    private final YearPlayback playback = new YearPlayback(vm);

    private String window() {
        return vm.yearFromProperty().get() + "–" + vm.yearToProperty().get();
    }

    @Test
    void fromTheWholeSpanItPlaysOneYearAtATimeAndStopsAtTheLast() {
        assertTrue(playback.canPlay());
        playback.play();
        assertTrue(playback.playingProperty().get());
        assertEquals("2020–2020", window());
        assertEquals(java.util.Set.of(LinkType.TRADE, LinkType.COPATENT), vm.getFilter().linkTypes());
        assertEquals(Integer.valueOf(2020), vm.getFilter().yearFrom());
        playback.step();
        assertEquals("2021–2021", window());
        playback.step();
        assertEquals("2022–2022", window());
        assertFalse(playback.playingProperty().get(), "the last year reached: stopped");
        playback.step();
        assertEquals("2022–2022", window(), "a stopped playback does not move");
    }

    @Test
    void aNarrowerWindowKeepsItsWidthAndPauseKeepsItWhereItIs() {
        vm.setYearRange(2020, 2021);
        playback.play();
        assertEquals("2020–2021", window(), "a window not at the end plays from where it is");
        playback.pause();
        playback.step();
        assertEquals("2020–2021", window());
        playback.play();
        playback.step();
        assertEquals("2021–2022", window());
        assertFalse(playback.playingProperty().get());
        playback.play();
        assertEquals("2020–2021", window(), "at the end, play starts again from the first year, same width");
    }

    @Test
    void nothingToPlayWithoutDatedLinksOverSeveralYears() {
        Network.Builder b = Network.builder();
        b.addFirm(new Firm("A", "A", Region.SEOUL, "", 37.5, 127.0, Segment.FAB, -1, Map.of()));
        b.addFirm(new Firm("B", "B", Region.BUSAN, "", 35.2, 129.0, Segment.FAB, -1, Map.of()));
        b.addLink(0, 1, LinkType.TRADE, 1, 2021);
        YearPlayback one = new YearPlayback(new FilterViewModel(b.build(), ClusterScheme.defaultFive()));
        assertFalse(one.canPlay());
        one.play();
        assertFalse(one.playingProperty().get());
    }
}
