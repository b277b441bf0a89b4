package org.supracluster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.Region;
import org.supracluster.ui.map.NetworkGraphTest;

/** The explorer's state, tested without a window. */
class ExplorerViewModelTest {

    /** S (Seoul), G (Gyeonggi), B (Busan), J (Jeju) with two trade and two co-patent links. */
    private final Network network = NetworkGraphTest.network();

    @Test
    void startsWithEverythingShown() {
        ExplorerViewModel vm = new ExplorerViewModel(network, ClusterScheme.defaultFive());
        // 4 firms; merged links: S→G trade, G→B trade, S–G co-patent, G–J co-patent.
        assertEquals(new ExplorerViewModel.ShownCounts(4, 4, 4, 4), vm.countsProperty().get());
    }

    @Test
    void turningCoPatentOffLeavesTheTradeLinks() {
        ExplorerViewModel vm = new ExplorerViewModel(network, ClusterScheme.defaultFive());
        vm.copatentProperty().set(false);
        assertEquals(EnumSet.of(LinkType.TRADE), vm.filterProperty().get().linkTypes());
        assertEquals(new ExplorerViewModel.ShownCounts(4, 4, 2, 4), vm.countsProperty().get());
        vm.tradeProperty().set(false);
        assertEquals(0, vm.countsProperty().get().links());
        vm.copatentProperty().set(true);
        vm.tradeProperty().set(true);
        assertEquals(4, vm.countsProperty().get().links());
    }

    @Test
    void searchFindsFirmsByNameOrIdNamePrefixFirst() {
        ExplorerViewModel vm = new ExplorerViewModel(network, ClusterScheme.defaultFive());
        // Names: 서울 설계 001 (S), 수원 팹 002 (G), 부산 소재 003 (B), 제주 연구 004 (J).
        assertEquals(java.util.List.of(network.indexOf("G")), vm.search(" 수원 ", 10));
        assertEquals(java.util.List.of(network.indexOf("J")), vm.search("j", 10));
        assertEquals(4, vm.search("00", 10).size());
        assertEquals(2, vm.search("00", 2).size());
        assertEquals(java.util.List.of(), vm.search("  ", 10));
    }

    @Test
    void aWholeFilterSetsTheTogglesToo() {
        ExplorerViewModel vm = new ExplorerViewModel(network, ClusterScheme.defaultFive());
        vm.setFilter(Filter.all().withLinkTypes(EnumSet.of(LinkType.COPATENT)).withRegions(
                EnumSet.of(Region.SEOUL, Region.GYEONGGI)));
        assertFalse(vm.tradeProperty().get());
        assertEquals(new ExplorerViewModel.ShownCounts(2, 4, 1, 4), vm.countsProperty().get());
    }
}
