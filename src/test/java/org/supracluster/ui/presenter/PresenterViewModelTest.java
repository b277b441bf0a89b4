package org.supracluster.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Presenter mode's state, without a window. */
class PresenterViewModelTest {

    private final PresenterViewModel vm = new PresenterViewModel();

    @Test
    void f5TogglesAndEscLeaves() {
        vm.toggle();
        assertTrue(vm.isActive());
        vm.leave();
        assertFalse(vm.isActive());
        vm.toggle();
        vm.toggle();
        assertFalse(vm.isActive());
    }

    @Test
    void theSubtitleFollowsTheFilterUntilEdited() {
        vm.setDefaultSubtitle("All firms and links");
        assertEquals("All firms and links", vm.subtitleProperty().get());
        vm.editSubtitle("  Busan 2024  ", "All firms and links");
        vm.setDefaultSubtitle("Filter: Trade only");
        assertEquals("Busan 2024", vm.subtitleProperty().get());
        vm.editSubtitle(" ", "Filter: Trade only"); // blank: back to following the filter
        assertEquals("Filter: Trade only", vm.subtitleProperty().get());
        vm.setDefaultSubtitle("All firms and links");
        assertEquals("All firms and links", vm.subtitleProperty().get());
    }

    @Test
    void anEditedTitleSurvivesALanguageChange() {
        vm.setDefaultTitle("Supracluster Explorer");
        vm.editTitle("Semiconductor super-cluster", "Supracluster Explorer");
        vm.setDefaultTitle("슈프라클러스터 탐색기");
        assertEquals("Semiconductor super-cluster", vm.titleProperty().get());
    }

    @Test
    void theThemeSwitchesBetweenLightAndDark() {
        assertEquals(PresenterViewModel.Theme.LIGHT, vm.themeProperty().get());
        vm.toggleTheme();
        assertEquals(PresenterViewModel.Theme.DARK, vm.themeProperty().get());
        vm.toggleTheme();
        assertEquals(PresenterViewModel.Theme.LIGHT, vm.themeProperty().get());
    }
}
