package org.supracluster.ui.status;

import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import org.supracluster.model.Filter;
import org.supracluster.ui.BackgroundWork;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.FilterViewModel;
import org.supracluster.ui.I18n;
import org.supracluster.ui.filter.FilterDescription;

/**
 * What the status bar says, in the current language: how much of the network is shown ("1,200 of
 * 1,500 firms, …", with the links the map leaves out), the filter in words (which an exported
 * picture and the presenter take as their subtitle), the last notice ("Exported … to …") and the
 * name of the background work under way. Follows the filter, the work and the language by
 * itself; {@link #refresh()} is for what it cannot observe (the map drew another number of
 * links). No {@code Node}: tested without a window. Used on the JavaFX thread.
 */
public final class StatusBarViewModel {

    private final ExplorerViewModel model;
    private final BackgroundWork background;
    private final IntSupplier notDrawn;
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper(this, "shown", "");
    private final ReadOnlyStringWrapper filter = new ReadOnlyStringWrapper(this, "filter", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper work = new ReadOnlyStringWrapper(this, "work", "");
    private Supplier<String> noticeText = () -> "";
    private final ChangeListener<Filter> onFilter = (o, was, now) -> refresh();
    private final ChangeListener<String> onWork = (o, was, now) -> work();
    private final I18n.Subscription language;

    /**
     * @param model the view shown: its counts and filter
     * @param background the work under way, named in the bar
     * @param notDrawn how many shown links the map leaves undrawn (0 when it draws all)
     */
    public StatusBarViewModel(ExplorerViewModel model, BackgroundWork background, IntSupplier notDrawn) {
        this.model = Objects.requireNonNull(model, "model");
        this.background = Objects.requireNonNull(background, "background");
        this.notDrawn = Objects.requireNonNull(notDrawn, "notDrawn");
        // The counts follow the filter (the model recomputes them before this listener runs):
        // one update per filter change says both.
        model.filterProperty().addListener(onFilter);
        background.labelKeyProperty().addListener(onWork);
        language = I18n.addListener(locale -> {
            refresh();
            work();
            showNotice();
        });
        refresh();
        work();
    }

    /** Words the counts and the filter again (after the map drew another number of links). */
    public void refresh() {
        ExplorerViewModel.ShownCounts c = model.countsProperty().get();
        String text = I18n.format("status.shown", c.firms(), c.totalFirms(), c.links(), c.totalLinks());
        int left = notDrawn.getAsInt();
        shown.set(left == 0 ? text : text + " · " + I18n.format("status.linksNotDrawn", left));
        filter.set(filterWords());
    }

    /**
     * The filter in words ("Filter: Capital region · Trade only"), or that it keeps everything:
     * the status bar's text, and the subtitle an exported picture or the presenter starts from.
     */
    public String filterWords() {
        FilterViewModel f = model.filters();
        return FilterDescription.of(model.filterProperty().get(), model.scheme(),
                f.hasYears() ? f.minYear() : null, f.hasYears() ? f.maxYear() : null);
    }

    /**
     * Shows a short notice ("Exported … to …") until the next one; the text is asked for again when
     * the language changes.
     */
    public void notice(Supplier<String> text) {
        noticeText = Objects.requireNonNull(text, "text");
        showNotice();
    }

    private void showNotice() {
        String t = noticeText.get();
        notice.set(t.isEmpty() ? "" : "· " + t);
    }

    private void work() {
        String key = background.labelKeyProperty().get();
        work.set(key.isEmpty() ? "" : I18n.get(key));
    }

    /** "Showing … of … firms, … of … links", and the links not drawn. */
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The filter in words ({@link #filterWords()}). */
    public ReadOnlyStringProperty filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** The last notice, after a "·", or "". */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The name of the background work under way, or "". */
    public ReadOnlyStringProperty workProperty() {
        return work.getReadOnlyProperty();
    }

    /** The background work the bar shows (its progress and Cancel). */
    public BackgroundWork background() {
        return background;
    }

    /** Stops following the view, the work and the language (the window shows another view). */
    public void dispose() {
        model.filterProperty().removeListener(onFilter);
        background.labelKeyProperty().removeListener(onWork);
        language.close();
    }
}
