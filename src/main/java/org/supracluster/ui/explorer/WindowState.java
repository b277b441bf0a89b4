package org.supracluster.ui.explorer;

import org.supracluster.model.Filter;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.layout.LayoutOptions;
import org.supracluster.ui.presenter.PresenterViewModel;
import org.supracluster.ui.supermap.SuperMapViewModel;

/**
 * What the window keeps when it shows a network again. After an import, or with another cluster
 * scheme, it is the same data: the user stays where they were (filter, selected firm, firm or
 * super-cluster map, the current scene, the presenter's own title, subtitle and theme, the
 * dividers). With another database only how the window looks carries over (the dividers and the
 * presenter's theme): the rest belonged to the other data. Presenter mode itself is left: the new
 * window opens in its normal view (the File menu that imports is not shown while presenting).
 *
 * @param dividers the map/inspector and upper/lower divider positions
 * @param selectedFirm the selected firm's id, or null (ids survive a reload; indexes need not)
 * @param scene the name of the current scene, or null
 * @param ownTitle the presenter's own title, or null when it shows the default
 * @param ownSubtitle the presenter's own subtitle, or null
 * @param layoutOptions the network layout's options (LinLog, prevent overlap)
 */
record WindowState(double[][] dividers, Filter filter, String selectedFirm, SuperMapViewModel.Mode superMode,
                   SuperMapViewModel.Grouping grouping, String scene, String ownTitle,
                   String ownSubtitle, PresenterViewModel.Theme theme, LayoutOptions layoutOptions) {

    /**
     * The state of {@code view}, which is about to be replaced: a view in presenter mode leaves it
     * first, so that its dividers are read where the user left them (presenter mode takes the map
     * out of its split pane).
     */
    static WindowState of(ExplorerView view) {
        view.presenter().leave();
        ExplorerViewModel model = view.model();
        int firm = model.selectedFirmProperty().get();
        int current = view.scenes().currentProperty().get();
        PresenterViewModel presenter = view.presenter();
        return new WindowState(view.analysisArea().dividers(), model.filterProperty().get(),
                firm < 0 ? null : model.network().firmId(firm), view.superMap().modeProperty().get(),
                view.superMap().groupingProperty().get(),
                current < 0 ? null : view.scenes().scenes().get(current).name(),
                presenter.ownTitle().orElse(null), presenter.ownSubtitle().orElse(null),
                presenter.themeProperty().get(), view.networkLayout().optionsProperty().get());
    }

    /**
     * Puts this state on {@code view}, a new view of the same data ({@code sameData}) or of another
     * database.
     */
    void restore(ExplorerView view, boolean sameData) {
        view.analysisArea().setDividers(dividers);
        PresenterViewModel presenter = view.presenter();
        presenter.themeProperty().set(theme);
        view.networkLayout().optionsProperty().set(layoutOptions);
        if (!sameData) {
            return;
        }
        ExplorerViewModel model = view.model();
        model.setFilter(filter);
        int firm = selectedFirm == null ? ExplorerViewModel.NO_FIRM : model.network().indexOf(selectedFirm);
        model.selectedFirmProperty().set(firm < 0 ? ExplorerViewModel.NO_FIRM : firm);
        view.superMap().groupingProperty().set(grouping);
        view.superMap().modeProperty().set(superMode);
        if (scene != null) {
            view.scenes().markCurrent(scene);
        }
        presenter.restore(ownTitle, ownSubtitle);
    }
}
