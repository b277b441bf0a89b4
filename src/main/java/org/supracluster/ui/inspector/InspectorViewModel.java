package org.supracluster.ui.inspector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.supracluster.analysis.Brokerage;
import org.supracluster.analysis.BrokerageRole;
import org.supracluster.analysis.CartographyRole;
import org.supracluster.analysis.FirmMetric;
import org.supracluster.analysis.FirmMetrics;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;

/**
 * The inspector's state for the explorer's selected firm: its name, where it is, its figures, its
 * Guimerà–Amaral role and brokerage counts, and its partners grouped by cluster and then by link
 * kind. Everything is text in the current language, rebuilt when the selection, the links, the
 * figures or the language change. No {@code Node}: tested without a window.
 */
public final class InspectorViewModel {

    /**
     * One labelled value ("Degree", "12") with what the figure is and its formula in words, or
     * null for a plain fact (region, segment).
     */
    public record Fact(String label, String value, String tip) {
        public Fact(String label, String value) {
            this(label, value, null);
        }
    }

    /** A partner firm with the summed weight of its links of one kind to the inspected firm. */
    public record Partner(int firm, String name, double weight, String text) { }

    /** The partners of one cluster linked in one way. */
    public record KindGroup(PartnerKind kind, String title, List<Partner> partners) {
        public KindGroup {
            partners = List.copyOf(partners);
        }
    }

    /** The partners in one cluster ({@link Partition#OTHER} for firms in none), by link kind. */
    public record ClusterGroup(int cluster, String title, List<KindGroup> kinds) {
        public ClusterGroup {
            kinds = List.copyOf(kinds);
        }
    }

    private static final Comparator<Integer> OTHER_LAST =
            Comparator.comparingInt((Integer c) -> c == Partition.OTHER ? Integer.MAX_VALUE : c);

    private final ExplorerViewModel model;
    private final FirmMetricsViewModel metrics;
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper();
    private final javafx.beans.property.ReadOnlyIntegerWrapper inspected =
            new javafx.beans.property.ReadOnlyIntegerWrapper(ExplorerViewModel.NO_FIRM);
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper role = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CartographyRole> cartographyRole = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper partnerCount = new ReadOnlyStringWrapper("");
    private final ObservableList<Fact> details = FXCollections.observableArrayList();
    private final ObservableList<Fact> centralities = FXCollections.observableArrayList();
    private final ObservableList<Fact> brokerage = FXCollections.observableArrayList();
    private final ObservableList<ClusterGroup> partners = FXCollections.observableArrayList();
    /* Made once: a wrapper made per call would drop the listeners of a caller that did not keep it. */
    private final ObservableList<Fact> detailsReadOnly = FXCollections.unmodifiableObservableList(details);
    private final ObservableList<Fact> centralitiesReadOnly = FXCollections.unmodifiableObservableList(centralities);
    private final ObservableList<Fact> brokerageReadOnly = FXCollections.unmodifiableObservableList(brokerage);
    private final ObservableList<ClusterGroup> partnersReadOnly = FXCollections.unmodifiableObservableList(partners);
    private final I18n.Subscription language;
    private final LinkPatentsViewModel patents;
    private java.util.function.IntConsumer onPartnerChosen = firm -> { };

    /** An inspector with no records behind the links (a network without a database file). */
    public InspectorViewModel(ExplorerViewModel model, FirmMetricsViewModel metrics) {
        this(model, metrics, LinkPatentsViewModel.none(model.network()));
    }

    /**
     * An inspector of a network read from a database file: the patents behind its co-patent links
     * are read from the file {@code database} gives, through {@code tasks}.
     */
    public static InspectorViewModel of(ExplorerViewModel model, FirmMetricsViewModel metrics,
                                        java.util.function.Supplier<java.util.Optional<java.nio.file.Path>> database,
                                        org.supracluster.ui.UiTasks tasks) {
        return new InspectorViewModel(model, metrics, new LinkPatentsViewModel(model.network(),
                PatentRecords.in(database), tasks));
    }

    /** @param patents lists the patents behind the inspected firm's co-patent links */
    public InspectorViewModel(ExplorerViewModel model, FirmMetricsViewModel metrics, LinkPatentsViewModel patents) {
        this.model = Objects.requireNonNull(model, "model");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.patents = Objects.requireNonNull(patents, "patents");
        model.selectedFirmProperty().addListener((o, was, now) -> refresh());
        model.linksProperty().addListener((o, was, now) -> refresh());
        metrics.metricsProperty().addListener((o, was, now) -> refresh());
        language = I18n.addListener(locale -> {
            refresh();
            patents.texts();
        });
        refresh();
    }

    /** Moves the explorer's selection to a partner (or any firm), then shows it ({@link #setOnPartnerChosen}). */
    public void selectPartner(int firm) {
        model.selectedFirmProperty().set(firm);
        onPartnerChosen.accept(firm);
    }

    /**
     * What to do after a partner is chosen in the list: the window centres the map on it, so the
     * firm the user moved to is in sight (as a search result is). Nothing by default.
     */
    public void setOnPartnerChosen(java.util.function.IntConsumer show) {
        onPartnerChosen = Objects.requireNonNull(show, "show");
    }

    /** Clears the explorer's selection. */
    public void clearSelection() {
        model.selectedFirmProperty().set(ExplorerViewModel.NO_FIRM);
    }

    /** Stops following language switches (call when the panel goes away). */
    public void dispose() {
        language.close();
    }

    private int selected() {
        int f = model.selectedFirmProperty().get();
        return f >= 0 && f < model.network().firmCount() ? f : ExplorerViewModel.NO_FIRM;
    }

    private void refresh() {
        int f = selected();
        patents.inspect(f);
        hasSelection.set(f >= 0);
        inspected.set(f);
        if (f < 0) {
            name.set("");
            subtitle.set("");
            role.set("");
            cartographyRole.set(null);
            partnerCount.set("");
            details.clear();
            centralities.clear();
            brokerage.clear();
            partners.clear();
            return;
        }
        Network n = model.network();
        name.set(n.firmName(f));
        subtitle.set(n.city(f).isEmpty() ? n.firmId(f) : n.firmId(f) + " · " + n.city(f));
        int cluster = model.partition().of(f);
        List<Fact> facts = new ArrayList<>();
        if (!n.brn(f).isEmpty()) {
            facts.add(new Fact(I18n.get("firm.brn"), FirmText.brn(n.brn(f))));
        }
        facts.add(new Fact(I18n.get("firm.region"), FirmText.regionName(n.region(f))));
        facts.add(new Fact(I18n.get("firm.placement"), I18n.name(n.placement(f))));
        facts.add(new Fact(I18n.get("firm.cluster"), cluster == Partition.OTHER ? I18n.get("firm.notInCluster")
                : FirmText.clusterName(model, cluster)));
        facts.add(new Fact(I18n.get("firm.segment"), FirmText.segmentName(n.segment(f))));
        details.setAll(facts);
        FirmMetrics m = currentMetrics();
        centralities.setAll(figures(m, f));
        CartographyRole r = m == null ? null : m.role(f);
        cartographyRole.set(r);
        role.set(m == null ? I18n.get("inspector.computing")
                : r == null ? I18n.get("inspector.noRole") : FirmText.roleName(r));
        brokerage.setAll(brokerageFacts(m, f));
        showPartners(f);
    }

    /** The figures if they are for the links shown now, else null (a computation is under way). */
    private FirmMetrics currentMetrics() {
        FirmMetrics m = metrics.metricsProperty().get();
        return m != null && m.graph() == model.linksProperty().get() ? m : null;
    }

    private static List<Fact> figures(FirmMetrics m, int f) {
        List<Fact> facts = new ArrayList<>();
        for (FirmMetric metric : FirmMetric.values()) {
            // Betweenness says when it is a sampled estimate, with its standard error.
            String value = m == null ? I18n.get("inspector.computing") : metric == FirmMetric.BETWEENNESS
                    ? betweenness(m, f) : FirmText.figure(metric, metric.value(m, f));
            facts.add(new Fact(I18n.get(metric.messageKey()), value, I18n.get(metric.tipKey())));
        }
        return facts;
    }

    /** Exact value, "≈ value (standard error …)" when sampled, or "computing" while absent. */
    static String betweenness(FirmMetrics m, int f) {
        if (m == null || !m.hasBetweenness()) {
            return I18n.get("inspector.computing");
        }
        if (m.isBetweennessExact()) {
            return FirmText.decimal(m.betweenness(f));
        }
        return I18n.format("inspector.betweenness.sampled", FirmText.decimal(m.betweenness(f)),
                FirmText.decimal(m.betweennessError(f)));
    }

    private static List<Fact> brokerageFacts(FirmMetrics m, int f) {
        List<Fact> facts = new ArrayList<>();
        if (m == null) {
            return facts;
        }
        Brokerage.Counts c = m.brokerage(f);
        for (BrokerageRole r : BrokerageRole.values()) {
            facts.add(new Fact(I18n.name(r), FirmText.integer(c.get(r)), I18n.get(I18n.key(r) + ".tip")));
        }
        facts.add(new Fact(I18n.get("inspector.brokerage.total"), FirmText.integer(c.total()),
                I18n.get("inspector.brokerage.total.tip")));
        return facts;
    }

    /** Groups the firm's shown links by the partner's cluster and by kind, heaviest first. */
    private void showPartners(int f) {
        LinkGraph g = model.linksProperty().get();
        Map<Integer, Map<PartnerKind, List<Partner>>> byCluster = new TreeMap<>(OTHER_LAST);
        Set<Integer> distinct = new HashSet<>();
        Map<Integer, Set<Integer>> distinctByCluster = new TreeMap<>(OTHER_LAST);
        for (int l = 0; l < g.linkCount(); l++) {
            int a = g.from(l);
            int b = g.to(l);
            if (a == b || (a != f && b != f)) {
                continue;
            }
            int other = a == f ? b : a;
            PartnerKind kind = g.type(l) != LinkType.TRADE ? PartnerKind.COPATENT
                    : a == f ? PartnerKind.CUSTOMER : PartnerKind.SUPPLIER;
            int c = model.partition().of(other);
            byCluster.computeIfAbsent(c, x -> new EnumMap<>(PartnerKind.class))
                    .computeIfAbsent(kind, x -> new ArrayList<>())
                    .add(new Partner(other, model.network().firmName(other), g.weight(l),
                            I18n.format("inspector.partner", model.network().firmName(other),
                                    FirmText.decimal(g.weight(l)))));
            distinct.add(other);
            distinctByCluster.computeIfAbsent(c, x -> new HashSet<>()).add(other);
        }
        List<ClusterGroup> groups = new ArrayList<>();
        byCluster.forEach((c, kinds) -> {
            List<KindGroup> kindGroups = new ArrayList<>();
            kinds.forEach((kind, list) -> {
                list.sort(Comparator.comparingDouble(Partner::weight).reversed().thenComparing(Partner::name));
                kindGroups.add(new KindGroup(kind, I18n.format("inspector.partners.group", I18n.name(kind),
                        list.size()), list));
            });
            groups.add(new ClusterGroup(c, I18n.format("inspector.partners.group", FirmText.clusterName(model, c),
                    distinctByCluster.get(c).size()), kindGroups));
        });
        partnerCount.set(I18n.format("inspector.partners.count", distinct.size()));
        partners.setAll(groups);
    }

    /** Whether a firm is selected (else the view shows {@code inspector.empty}). */
    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }

    /** The firm shown, {@link ExplorerViewModel#NO_FIRM} for none. */
    public javafx.beans.property.ReadOnlyIntegerProperty inspectedFirmProperty() {
        return inspected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** The firm's id and city. */
    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** The Guimerà–Amaral role in words ("R6 Connector hub"), or why there is none. */
    public ReadOnlyStringProperty roleProperty() {
        return role.getReadOnlyProperty();
    }

    /** The role itself, null for none (or while computing). */
    public ReadOnlyObjectProperty<CartographyRole> cartographyRoleProperty() {
        return cartographyRole.getReadOnlyProperty();
    }

    /** "12 partners". */
    public ReadOnlyStringProperty partnerCountProperty() {
        return partnerCount.getReadOnlyProperty();
    }

    /** Registration number (when known), region, placement, cluster, segment. */
    public ObservableList<Fact> details() {
        return detailsReadOnly;
    }

    /** Degrees and centralities, z and P. */
    public ObservableList<Fact> centralities() {
        return centralitiesReadOnly;
    }

    /** Brokerage two-paths by role and their total (empty while computing). */
    public ObservableList<Fact> brokerage() {
        return brokerageReadOnly;
    }

    /** The patents behind the inspected firm's co-patent links, per partner, when asked for. */
    public LinkPatentsViewModel patents() {
        return patents;
    }

    /** Partners by cluster (the firm's clusters in index order, "other" last), then by kind. */
    public ObservableList<ClusterGroup> partners() {
        return partnersReadOnly;
    }
}
