package org.supracluster.ui.search;

import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.textfield.TextFields;
import org.supracluster.ui.I18n;

/**
 * The tool bar's search field: suggestions pop up while typing (ControlsFX auto-completion);
 * choosing one, or Enter on what was typed, selects the firm; a firm selected another way empties
 * the field. Only binds to its
 * {@link SearchViewModel}.
 */
public final class SearchBox extends TextField {

    /** The field's id, so tests find it. */
    public static final String SEARCH_ID = "search";

    private final I18n.Subscription language;
    private final SearchViewModel model;

    /**
     * @param leave gives the keys back to the map when Esc is pressed in the field (a second Esc
     *              when the suggestions show: the first closes them)
     */
    public SearchBox(SearchViewModel model, Runnable leave) {
        this.model = model;
        setId(SEARCH_ID);
        textProperty().bindBidirectional(model.textProperty());
        setPrefColumnCount(22);
        var completion = TextFields.bindAutoCompletion(this, request -> model.suggestions(request.getUserText()));
        completion.setOnAutoCompleted(e -> model.choose(e.getCompletion()));
        setOnAction(e -> model.searchAsTyped(getText()));
        // While suggestions show, Enter goes to their pop-up, which does nothing unless one was
        // chosen with the arrow keys: then Enter searches what was typed, as without the pop-up.
        var popup = completion.getAutoCompletionPopup();
        popup.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && popup.getSkin() != null
                    && popup.getSkin().getNode() instanceof ListView<?> list
                    && list.getSelectionModel().getSelectedIndex() < 0) {
                e.consume();
                popup.hide();
                model.searchAsTyped(getText());
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                leave.run();
            }
        });
        language = I18n.addListener(locale -> setPromptText(I18n.get("search.prompt")));
        setPromptText(I18n.get("search.prompt"));
    }

    /** Puts the cursor in the field with its text selected, to type over it (Ctrl+F). */
    public void focusToType() {
        requestFocus();
        selectAll();
    }

    /** Stops following the language. */
    public void dispose() {
        language.close();
        model.dispose();
    }
}
