package org.supracluster.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Network;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.map.NetworkGraphTest;

/** Finding a firm, tested without a window. */
class SearchViewModelTest {

    /** S 서울 설계 001, G 수원 팹 002, B 부산 소재 003, J 제주 연구 004. */
    private final Network network = NetworkGraphTest.network();
    private final ExplorerViewModel model = new ExplorerViewModel(network, ClusterScheme.defaultFive());
    private final List<Integer> shown = new ArrayList<>();
    private final SearchViewModel search = new SearchViewModel(model, shown::add);

    @Test
    void suggestsNameAndId() {
        assertEquals(List.of("부산 소재 003 (B)"), search.suggestions("부산"));
        assertEquals(4, search.suggestions("00").size());
        assertEquals(List.of(), search.suggestions("  "));
    }

    @Test
    void enterSelectsAndShowsTheBestMatch() {
        assertTrue(search.searchAsTyped("수원"));
        int g = network.indexOf("G");
        assertEquals(g, model.selectedFirmProperty().get());
        assertEquals(List.of(g), shown);
        assertFalse(search.searchAsTyped("없는 이름"));
        assertEquals(g, model.selectedFirmProperty().get(), "no match leaves the selection");
    }

    @Test
    void aChosenSuggestionSelectsItsFirmByTheIdInBrackets() {
        assertTrue(search.choose("제주 연구 004 (J)"));
        assertEquals(network.indexOf("J"), model.selectedFirmProperty().get());
        // A name with brackets of its own: the last " (" starts the id.
        assertTrue(search.choose("이름 (괄호) 002 (G)"));
        assertEquals(network.indexOf("G"), model.selectedFirmProperty().get());
        assertFalse(search.choose("제주 연구 004"), "not a suggestion's form");
        assertFalse(search.choose("제주 (X9)"), "no firm has that id");
        assertEquals(List.of(network.indexOf("J"), network.indexOf("G")), shown);
    }

    @Test
    void theQueryStaysWithItsFirmAndGoesWhenAnotherIsSelected() {
        search.textProperty().set("부산");
        assertTrue(search.searchAsTyped(search.textProperty().get()));
        assertEquals("부산", search.textProperty().get(), "the firm found is selected: the query stays");
        model.selectedFirmProperty().set(network.indexOf("G"));
        assertEquals("", search.textProperty().get(), "selected another way (a click on the map): emptied");
        search.textProperty().set("제주");
        model.selectedFirmProperty().set(ExplorerViewModel.NO_FIRM);
        assertEquals("", search.textProperty().get(), "a cleared selection empties it too");
        search.dispose();
        search.textProperty().set("수원");
        model.selectedFirmProperty().set(network.indexOf("B"));
        assertEquals("수원", search.textProperty().get(), "a disposed field no longer follows the selection");
    }
}
