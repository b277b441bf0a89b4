package org.supracluster.ui.search;

import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.supracluster.model.Network;
import org.supracluster.ui.ExplorerViewModel;

/**
 * Finding a firm by name or id: the suggestions shown while typing ("name (id)", unique because
 * ids are) and the firm chosen, which is selected and then shown ({@code show}: the window centres
 * the map on it). The matching itself is {@link ExplorerViewModel#search}'s. No {@code Node}:
 * tested without a window.
 *
 * <p>The field's {@link #textProperty() text} is cleared when the selection moves to a firm the
 * search did not choose (a click on the map, a partner, a table row): the field holds a query, not
 * the selection, which the inspector names. Showing the clicked firm's name there instead would
 * look like a query that found it, and Enter would search for it again; cleared, the field shows
 * its prompt and is ready for the next name, as Gephi's and Cytoscape's search fields are once
 * their query is done with.
 */
public final class SearchViewModel {

    /** Suggestions offered while typing. */
    static final int SUGGESTIONS = 15;

    private final ExplorerViewModel model;
    private final IntConsumer show;
    private final javafx.beans.property.StringProperty text = new javafx.beans.property.SimpleStringProperty("");
    /** Stands for "no firm found" and differs from every selection, {@link ExplorerViewModel#NO_FIRM} included. */
    private static final int NOTHING_FOUND = Integer.MIN_VALUE;
    /** The firm the search selected last, {@link #NOTHING_FOUND} once the selection has moved on. */
    private int found = NOTHING_FOUND;
    private final javafx.beans.value.ChangeListener<Number> selectionMoved = (o, was, now) -> {
        if (now.intValue() != found) {
            found = NOTHING_FOUND;
            text.set("");
        }
    };

    /**
     * @param model the view searched; its selected firm is set
     * @param show shows a chosen firm (centres the map on it), after it is selected
     */
    public SearchViewModel(ExplorerViewModel model, IntConsumer show) {
        this.model = Objects.requireNonNull(model, "model");
        this.show = Objects.requireNonNull(show, "show");
        model.selectedFirmProperty().addListener(selectionMoved);
    }

    /** What the field shows: the query typed or chosen, empty after the selection moved elsewhere. */
    public javafx.beans.property.StringProperty textProperty() {
        return text;
    }

    /** Stops following the selection (the field is going away). */
    public void dispose() {
        model.selectedFirmProperty().removeListener(selectionMoved);
    }

    /** The suggestions for what was typed so far, best first, as "name (id)". */
    public List<String> suggestions(String typed) {
        return model.search(typed, SUGGESTIONS).stream().map(this::label).toList();
    }

    /**
     * Selects and shows the best match of what was typed (Enter without choosing a suggestion).
     *
     * @return whether a firm matched
     */
    public boolean searchAsTyped(String typed) {
        List<Integer> hits = model.search(typed, 1);
        if (hits.isEmpty()) {
            return false;
        }
        select(hits.get(0));
        return true;
    }

    /**
     * Selects and shows the firm of a suggestion ("name (id)"); a text that is not one of the
     * suggestions' form, or names no firm, changes nothing.
     *
     * @return whether a firm was chosen
     */
    public boolean choose(String suggestion) {
        int open = suggestion.lastIndexOf(" (");
        if (open <= 0 || !suggestion.endsWith(")")) {
            return false;
        }
        int firm = model.network().indexOf(suggestion.substring(open + 2, suggestion.length() - 1));
        if (firm < 0) {
            return false;
        }
        select(firm);
        return true;
    }

    /** "name (id)". */
    String label(int firm) {
        Network n = model.network();
        return n.firmName(firm) + " (" + n.firmId(firm) + ")";
    }

    private void select(int firm) {
        found = firm;
        model.selectedFirmProperty().set(firm);
        show.accept(firm);
    }
}
