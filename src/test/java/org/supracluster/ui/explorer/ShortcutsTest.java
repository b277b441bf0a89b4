package org.supracluster.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;

/** The shortcut table's keys, tested with key events and no window. */
class ShortcutsTest {

    private static KeyEvent press(KeyCode code, boolean shift, boolean alt) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, false, alt, false);
    }

    @Test
    void theFirstKeyThatMatchesAndHoldsRuns() {
        List<String> ran = new ArrayList<>();
        AtomicBoolean presenting = new AtomicBoolean(false);
        Shortcuts s = new Shortcuts()
                .key(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHIFT_ANY), "shortcut.nextScene",
                        presenting::get, () -> ran.add("next"))
                .key(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_ANY, KeyCombination.ALT_ANY),
                        "shortcut.presenter", () -> true, () -> ran.add("presenter"))
                .key(new KeyCodeCombination(KeyCode.F5), "shortcut.presenterLeave", () -> true,
                        () -> ran.add("second F5"));
        assertFalse(s.handle(press(KeyCode.RIGHT, false, false)), "outside presenter mode the arrow pans the map");
        presenting.set(true);
        assertTrue(s.handle(press(KeyCode.RIGHT, true, false)), "Shift is allowed");
        assertTrue(s.handle(press(KeyCode.F5, false, true)));
        assertFalse(s.handle(press(KeyCode.F6, false, false)));
        assertEquals(List.of("next", "presenter"), ran, "the first matching F5 wins");
    }

    @Test
    void acceleratorsAreListedButNotFiltered() {
        List<String> ran = new ArrayList<>();
        Shortcuts s = new Shortcuts().accelerator(new KeyCodeCombination(KeyCode.K, KeyCombination.ALT_DOWN),
                "shortcut.superMap", () -> ran.add("k"));
        // An accelerator goes on the scene (it works wherever the focus is); the filter leaves it.
        assertFalse(s.handle(press(KeyCode.K, false, true)));
        assertEquals(List.of(), ran);
        assertEquals(1, s.entries().size());
        assertTrue(s.entries().get(0).accelerator());
        assertEquals("shortcut.superMap", s.entries().get(0).messageKey());
    }
}
