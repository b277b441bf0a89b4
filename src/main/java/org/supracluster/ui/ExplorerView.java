package org.supracluster.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.supracluster.ui.map.MapView;
import org.supracluster.ui.map.NetworkGraph;

/**
 * The explorer window's content: the map in the centre, the link-type toggles above it, the
 * status bar below. Built in code in a fixed order (constructor, {@link #createView()},
 * {@link #initListeners()}); it only binds to the {@link ExplorerViewModel}.
 */
public final class ExplorerView extends BorderPane {

    /** Style classes and ids, so tests and stylesheets find the controls. */
    public static final String TRADE_TOGGLE_ID = "trade-toggle";
    public static final String COPATENT_TOGGLE_ID = "copatent-toggle";
    public static final String STATUS_ID = "status";

    private final ExplorerViewModel model;
    private final MapView map;
    private final ToggleButton trade = new ToggleButton();
    private final ToggleButton copatent = new ToggleButton();
    private final Label status = new Label();

    public ExplorerView(ExplorerViewModel model) {
        this.model = model;
        this.map = new MapView(new NetworkGraph(model.network(), model.partition()));
        createView();
        initListeners();
        map.show(model.linksProperty().get());
        updateStatus();
    }

    private void createView() {
        trade.setId(TRADE_TOGGLE_ID);
        copatent.setId(COPATENT_TOGGLE_ID);
        trade.setText(I18n.get("filter.trade"));
        copatent.setText(I18n.get("filter.copatent"));
        setTop(new ToolBar(trade, copatent));
        setCenter(map);
        status.setId(STATUS_ID);
        HBox bar = new HBox(status);
        bar.getStyleClass().add("status-bar");
        bar.setStyle("-fx-padding: 3 8 3 8;");
        setBottom(bar);
    }

    private void initListeners() {
        trade.selectedProperty().bindBidirectional(model.tradeProperty());
        copatent.selectedProperty().bindBidirectional(model.copatentProperty());
        model.linksProperty().addListener((o, was, now) -> {
            map.show(now);
            map.networkGraph().select(model.selectedFirmProperty().get(), now);
        });
        map.setOnFirmClicked(firm -> model.selectedFirmProperty().set(firm));
        model.selectedFirmProperty().addListener((o, was, now) ->
                map.networkGraph().select(now.intValue(), model.linksProperty().get()));
        model.countsProperty().addListener((o, was, now) -> updateStatus());
        I18n.addListener(locale -> {
            trade.setText(I18n.get("filter.trade"));
            copatent.setText(I18n.get("filter.copatent"));
            updateStatus();
        });
    }

    private void updateStatus() {
        ExplorerViewModel.ShownCounts c = model.countsProperty().get();
        status.setText(I18n.format("status.shown", c.firms(), c.totalFirms(), c.links(), c.totalLinks()));
    }

    public MapView map() {
        return map;
    }
}
