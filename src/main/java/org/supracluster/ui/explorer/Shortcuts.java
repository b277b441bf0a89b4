package org.supracluster.ui.explorer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The window's keyboard shortcuts in one table: each with its keys, what it does in words (a
 * message key, for a list of shortcuts) and its action. Two kinds: accelerators (Ctrl+… combinations
 * that work wherever the focus is, as the menus' do) and keys that only act in a state ({@code
 * when}: F5 and the scene keys, which must leave a text field its own keys). The menus' own
 * accelerators (File, Edit, Scenes) stay on their items.
 */
public final class Shortcuts {

    /**
     * One shortcut.
     *
     * @param keys the keys pressed
     * @param messageKey what it does, in words
     * @param when whether it acts now (always, for an accelerator)
     * @param action what it does
     * @param accelerator whether it is a scene accelerator rather than a key filtered before the focus owner sees it
     */
    public record Shortcut(KeyCombination keys, String messageKey, BooleanSupplier when, Runnable action,
                           boolean accelerator) {
        public Shortcut {
            Objects.requireNonNull(keys, "keys");
            Objects.requireNonNull(messageKey, "messageKey");
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(action, "action");
        }
    }

    private final List<Shortcut> table = new ArrayList<>();

    /** {@code key} with the platform's shortcut modifier (Ctrl, ⌘ on macOS) and {@code more}. */
    public static KeyCombination shortcut(KeyCode key, KeyCombination.Modifier... more) {
        KeyCombination.Modifier[] all = new KeyCombination.Modifier[more.length + 1];
        all[0] = KeyCombination.SHORTCUT_DOWN;
        System.arraycopy(more, 0, all, 1, more.length);
        return new KeyCodeCombination(key, all);
    }

    /** Adds an accelerator: {@code keys} run {@code action} wherever the focus is. */
    public Shortcuts accelerator(KeyCombination keys, String messageKey, Runnable action) {
        table.add(new Shortcut(keys, messageKey, () -> true, action, true));
        return this;
    }

    /**
     * Adds a key that runs {@code action} only {@code when} it holds; it is seen before the focused
     * control, which then does not get it. The first key of the table that matches and holds wins.
     */
    public Shortcuts key(KeyCombination keys, String messageKey, BooleanSupplier when, Runnable action) {
        table.add(new Shortcut(keys, messageKey, when, action, false));
        return this;
    }

    /** The table, in the order added. */
    public List<Shortcut> entries() {
        return Collections.unmodifiableList(table);
    }

    /** Puts the accelerators on {@code scene} and filters its key presses for the other keys. */
    public void install(Scene scene) {
        for (Shortcut s : table) {
            if (s.accelerator()) {
                scene.getAccelerators().put(s.keys(), s.action());
            }
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (handle(e)) {
                e.consume();
            }
        });
    }

    /**
     * Runs the first key (not accelerator) of the table that matches {@code e} and holds now.
     *
     * @return whether one ran
     */
    boolean handle(KeyEvent e) {
        for (Shortcut s : table) {
            if (!s.accelerator() && s.keys().match(e) && s.when().getAsBoolean()) {
                s.action().run();
                return true;
            }
        }
        return false;
    }
}
