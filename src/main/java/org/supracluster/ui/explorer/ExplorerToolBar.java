package org.supracluster.ui.explorer;

import java.util.Locale;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;
import org.supracluster.ui.inspector.FirmMetricsViewModel;
import org.supracluster.ui.layout.NetworkLayoutModel;
import org.supracluster.ui.map.MapView;
import org.supracluster.ui.search.SearchBox;
import org.supracluster.ui.search.SearchViewModel;
import org.supracluster.ui.supermap.SuperMapSwitch;
import org.supracluster.ui.supermap.SuperMapViewModel;

/**
 * The tool bar under the menus: the link-type toggles, the search, "size by", the layout switch,
 * the super-cluster switch and, at the right end, the language.
 */
final class ExplorerToolBar extends ToolBar {

    static final String TRADE_TOGGLE_ID = "trade-toggle";
    static final String COPATENT_TOGGLE_ID = "copatent-toggle";
    static final String LANGUAGE_ID = "language";

    private final ToggleButton trade = new ToggleButton();
    private final ToggleButton copatent = new ToggleButton();
    private final SearchBox search;
    private final SizeByChoice sizeBy;
    private final LayoutSwitch layoutSwitch;
    private final SuperMapSwitch superSwitch;
    private final ChoiceBox<Locale> languages = new ChoiceBox<>();
    private final I18n.Subscription language;

    ExplorerToolBar(ExplorerViewModel model, FirmMetricsViewModel metrics, MapView map, NetworkLayoutModel layout,
                    SuperMapViewModel superModel) {
        trade.setId(TRADE_TOGGLE_ID);
        copatent.setId(COPATENT_TOGGLE_ID);
        trade.selectedProperty().bindBidirectional(model.tradeProperty());
        copatent.selectedProperty().bindBidirectional(model.copatentProperty());
        // Esc in the search gives the keys back to the map (arrows pan it, Page Down steps the scenes).
        search = new SearchBox(new SearchViewModel(model, map::centreOn), () -> map.graphView().requestFocus());
        sizeBy = new SizeByChoice(metrics, map.networkGraph());
        layoutSwitch = new LayoutSwitch(layout, map);
        superSwitch = new SuperMapSwitch(superModel);
        languageChoice();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getItems().setAll(trade, copatent, new Separator(), search, new Separator(), sizeBy.label(), sizeBy.choice(),
                new Separator());
        getItems().addAll(layoutSwitch.controls());
        getItems().add(new Separator());
        getItems().addAll(superSwitch.controls());
        getItems().addAll(spacer, languages);
        language = I18n.addListener(locale -> {
            texts();
            languages.setValue(locale);
        });
        texts();
    }

    private void languageChoice() {
        languages.setId(LANGUAGE_ID);
        languages.getItems().setAll(I18n.SUPPORTED_LOCALES);
        languages.setValue(I18n.locale());
        languages.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : I18n.languageName(l);
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        languages.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(I18n.locale())) {
                I18n.setLocale(now);
            }
        });
    }

    private void texts() {
        trade.setText(I18n.get("filter.trade"));
        copatent.setText(I18n.get("filter.copatent"));
    }

    SearchBox search() {
        return search;
    }

    SizeByChoice sizeBy() {
        return sizeBy;
    }

    LayoutSwitch layoutSwitch() {
        return layoutSwitch;
    }

    void dispose() {
        language.close();
        search.dispose();
        sizeBy.dispose();
        layoutSwitch.dispose();
        superSwitch.dispose();
    }
}
