package org.supracluster.ui.presenter;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Presenter mode's state: on or off, the title and subtitle shown over the map, and the theme.
 * The title and subtitle follow their defaults (the program's name, the filter in words) until
 * the presenter edits them. No {@code Node}: tested without a window.
 */
public final class PresenterViewModel {

    /** Light: the usual look. Dark: a dark map for dim rooms and projectors. */
    public enum Theme { LIGHT, DARK }

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty subtitle = new SimpleStringProperty("");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private boolean titleEdited;
    private boolean subtitleEdited;
    /** The defaults last given, to go back to when a scene has no title or subtitle of its own. */
    private String defaultTitle = "";
    private String defaultSubtitle = "";

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }

    /** F5: on if off, off if on. */
    public void toggle() {
        active.set(!active.get());
    }

    /** Esc: off. */
    public void leave() {
        active.set(false);
    }

    public void enter() {
        active.set(true);
    }

    /** The title shown; set it through {@link #editTitle} or {@link #setDefaultTitle}. */
    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty subtitleProperty() {
        return subtitle;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** T: light to dark and back. */
    public void toggleTheme() {
        theme.set(theme.get() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT);
    }

    /** The presenter's own title; blank goes back to the default. */
    public void editTitle(String text, String defaultTitle) {
        titleEdited = text != null && !text.isBlank();
        title.set(titleEdited ? text.strip() : Objects.requireNonNullElse(defaultTitle, ""));
    }

    /** The title the presenter wrote, or empty while the title is the default one. */
    public java.util.Optional<String> ownTitle() {
        return titleEdited ? java.util.Optional.of(title.get()) : java.util.Optional.empty();
    }

    private final javafx.beans.property.StringProperty scene = new javafx.beans.property.SimpleStringProperty("");

    /**
     * Where the presenter is among the saved scenes ("Scene 2 of 3 · name"), shown small in the
     * header like a slide number; empty when no scene is shown.
     */
    public javafx.beans.property.StringProperty sceneProperty() {
        return scene;
    }

    /** The subtitle the presenter wrote, or empty while the subtitle follows the filter. */
    public java.util.Optional<String> ownSubtitle() {
        return subtitleEdited ? java.util.Optional.of(subtitle.get()) : java.util.Optional.empty();
    }

    /**
     * A scene's title and subtitle: its own where it has them (null: none), else the defaults,
     * which then follow the language and the filter again.
     */
    public void restore(String ownTitle, String ownSubtitle) {
        editTitle(ownTitle, defaultTitle);
        editSubtitle(ownSubtitle, defaultSubtitle);
    }

    /** The presenter's own subtitle; blank goes back to the default. */
    public void editSubtitle(String text, String defaultSubtitle) {
        subtitleEdited = text != null && !text.isBlank();
        subtitle.set(subtitleEdited ? text.strip() : Objects.requireNonNullElse(defaultSubtitle, ""));
    }

    /** The title unless the presenter wrote one (the program's name, in the current language). */
    public void setDefaultTitle(String text) {
        defaultTitle = Objects.requireNonNullElse(text, "");
        if (!titleEdited) {
            title.set(Objects.requireNonNullElse(text, ""));
        }
    }

    /** The subtitle unless the presenter wrote one (the active filter in words). */
    public void setDefaultSubtitle(String text) {
        defaultSubtitle = Objects.requireNonNullElse(text, "");
        if (!subtitleEdited) {
            subtitle.set(Objects.requireNonNullElse(text, ""));
        }
    }
}
