package org.supracluster.ui.scheme;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.supracluster.analysis.DerivedSchemes;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Network;
import org.supracluster.model.Region;
import org.supracluster.store.Database;
import org.supracluster.store.SchemeRepository;
import org.supracluster.ui.I18n;

/**
 * The state of the scheme editor: the scheme's name, its clusters with English and Korean
 * names, and the cluster of each of the 17 provinces ({@link #OTHER} for none, Gangwon and Jeju
 * included). Validates as it changes ({@link #problemProperty()}), tells what saving will do
 * ({@link #effectProperty()}) and saves into a database file in one transaction.
 *
 * <p>The editor works by province. A scheme that places firms one by one (derived from
 * coordinates or communities, or imported by firm) cannot be shown that way, so the editor
 * starts from a province-based copy: each province goes to the cluster holding most of its
 * firms (ties to the lower cluster), clusters left without a province are dropped, and
 * {@link #note()} says so. A derived scheme's copy starts without a name, since derived names
 * are reserved.
 */
public final class SchemeEditorViewModel {

    /** One cluster being edited; identity matters, so two clusters may briefly share names. */
    public static final class ClusterRow {
        private final StringProperty english = new SimpleStringProperty("");
        private final StringProperty korean = new SimpleStringProperty("");

        ClusterRow(String english, String korean) {
            this.english.set(english);
            this.korean.set(korean);
        }

        public StringProperty englishProperty() {
            return english;
        }

        public StringProperty koreanProperty() {
            return korean;
        }

        @Override
        public String toString() {
            return english.get();
        }
    }

    /** The "cluster" of a province in no cluster; first in {@link #assignable()}. */
    public static final ClusterRow OTHER = new ClusterRow("", "");

    private final String originalName;
    private final Set<String> storedNames;
    private final String note;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableList<ClusterRow> clusters =
            FXCollections.observableArrayList(r -> new Observable[] {r.english, r.korean});
    private final ObservableList<ClusterRow> assignable = FXCollections.observableArrayList();
    private final Map<Region, ObjectProperty<ClusterRow>> regions = new EnumMap<>(Region.class);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper effect = new ReadOnlyStringWrapper("");

    /**
     * @param scheme the scheme to start from (the one shown)
     * @param network the network shown, for the province copy of a firm-by-firm scheme
     * @param storedNames names of the schemes stored in the database, so a new name does not
     *        overwrite another scheme by accident
     */
    public SchemeEditorViewModel(ClusterScheme scheme, Network network, Collection<String> storedNames) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(network, "network");
        this.originalName = scheme.name();
        this.storedNames = Set.copyOf(storedNames);
        for (Region r : Region.values()) {
            regions.put(r, new SimpleObjectProperty<>(OTHER));
        }
        boolean byFirm = !scheme.firmClusters().isEmpty();
        if (byFirm) {
            copyByProvince(scheme, network);
            note = I18n.format("scheme.note.firmCopy", scheme.name());
        } else {
            for (ClusterScheme.Cluster c : scheme.clusters()) {
                clusters.add(new ClusterRow(c.englishName(), c.koreanName()));
            }
            scheme.regionClusters().forEach((r, c) -> regions.get(r).set(clusters.get(c)));
            note = "";
        }
        name.set(DerivedSchemes.isDerivedName(scheme.name()) ? "" : scheme.name());
        assignable.add(OTHER);
        assignable.addAll(clusters);
        clusters.addListener((ListChangeListener<ClusterRow>) ch -> {
            // Mirrored change by change, never replaced whole: a province's choice box would keep
            // its selected position through a wholesale replacement and pick another cluster.
            while (ch.next()) {
                if (ch.wasRemoved()) {
                    assignable.removeAll(ch.getRemoved());
                }
                if (ch.wasAdded()) {
                    assignable.addAll(ch.getFrom() + 1, ch.getAddedSubList());
                }
            }
            validate();
        });
        name.addListener((o, was, now) -> validate());
        regions.values().forEach(p -> p.addListener((o, was, now) -> validate()));
        validate();
    }

    /** Each province to the cluster holding most of its firms; clusters left empty are dropped. */
    private void copyByProvince(ClusterScheme scheme, Network network) {
        int k = scheme.clusterCount();
        Map<Region, int[]> counts = new EnumMap<>(Region.class);
        for (int f = 0; f < network.firmCount(); f++) {
            int c = scheme.clusterOf(network, f);
            if (c != ClusterScheme.OTHER) {
                counts.computeIfAbsent(network.region(f), r -> new int[k])[c]++;
            }
        }
        Map<Region, Integer> best = new EnumMap<>(Region.class);
        counts.forEach((r, n) -> {
            int top = 0;
            for (int c = 1; c < k; c++) {
                top = n[c] > n[top] ? c : top;
            }
            best.put(r, top);
        });
        List<ClusterRow> rows = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            ClusterScheme.Cluster cl = scheme.clusters().get(c);
            rows.add(best.containsValue(c) ? new ClusterRow(cl.englishName(), cl.koreanName()) : null);
        }
        rows.stream().filter(Objects::nonNull).forEach(clusters::add);
        best.forEach((r, c) -> regions.get(r).set(rows.get(c)));
    }

    /** Adds a cluster named "Cluster n" / "클러스터 n" (first n not taken) and returns it. */
    public ClusterRow addCluster() {
        int n = clusters.size() + 1;
        while (taken("Cluster " + n) || taken("클러스터 " + n)) {
            n++;
        }
        // Names are data in both languages whatever language the window speaks.
        ClusterRow row = new ClusterRow("Cluster " + n, "클러스터 " + n);
        clusters.add(row);
        return row;
    }

    private boolean taken(String clusterName) {
        return clusters.stream().anyMatch(r -> r.english.get().strip().equalsIgnoreCase(clusterName)
                || r.korean.get().strip().equalsIgnoreCase(clusterName));
    }

    /** Removes a cluster; its provinces go to {@link #OTHER}. */
    public void removeCluster(ClusterRow row) {
        regions.values().stream().filter(p -> p.get() == row).forEach(p -> p.set(OTHER));
        clusters.remove(row);
    }

    /** The cluster of a province, {@link #OTHER} for none; set it to assign the province. */
    public ObjectProperty<ClusterRow> clusterOf(Region region) {
        return regions.get(region);
    }

    /** The clusters, in order (the scheme numbers them so). */
    public ObservableList<ClusterRow> clusters() {
        return clusters;
    }

    /** {@link #OTHER} and then the clusters: what a province can be given. */
    public ObservableList<ClusterRow> assignable() {
        return FXCollections.unmodifiableObservableList(assignable);
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Why the scheme cannot be saved yet, in a sentence; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** What saving will do (replace the default, replace a stored scheme, create one); empty while invalid. */
    public ReadOnlyStringProperty effectProperty() {
        return effect.getReadOnlyProperty();
    }

    /** Why the editor did not start from the scheme itself, or empty. */
    public String note() {
        return note;
    }

    /** The name of the scheme the editor started from. */
    public String originalName() {
        return originalName;
    }

    private void validate() {
        String p = findProblem();
        problem.set(p);
        valid.set(p.isEmpty());
        String n = name.get() == null ? "" : name.get().strip();
        if (!p.isEmpty()) {
            effect.set("");
        } else if (n.equals(ClusterScheme.DEFAULT_NAME)) {
            effect.set(I18n.get("scheme.effect.default"));
        } else if (storedNames.contains(n)) {
            effect.set(I18n.format("scheme.effect.replace", n));
        } else {
            effect.set(I18n.format("scheme.effect.create", n));
        }
    }

    private String findProblem() {
        String n = name.get() == null ? "" : name.get().strip();
        boolean editingDefault = ClusterScheme.DEFAULT_NAME.equals(originalName);
        if (n.isEmpty()) {
            return I18n.get("scheme.problem.noName");
        }
        if (n.equalsIgnoreCase(ClusterScheme.DEFAULT_NAME) && !(editingDefault && n.equals(ClusterScheme.DEFAULT_NAME))) {
            return I18n.get("scheme.problem.defaultName");
        }
        if (DerivedSchemes.isReservedName(n)) {
            return I18n.format("scheme.problem.reservedName", n);
        }
        if (!n.equals(originalName) && !n.equals(ClusterScheme.DEFAULT_NAME) && storedNames.contains(n)) {
            return I18n.format("scheme.problem.nameTaken", n);
        }
        if (clusters.isEmpty()) {
            return I18n.get("scheme.problem.noCluster");
        }
        for (int i = 0; i < clusters.size(); i++) {
            if (clusters.get(i).english.get() == null || clusters.get(i).english.get().isBlank()) {
                return I18n.format("scheme.problem.noEnglishName", i + 1);
            }
        }
        // ClusterScheme.indexOf finds a cluster by either name, ignoring case, spaces and dashes:
        // a name that finds an earlier cluster is one the command line and filters could not tell apart.
        ClusterScheme probe = new ClusterScheme("probe", clusterNames(), Map.of(), Map.of());
        for (int i = 0; i < clusters.size(); i++) {
            for (String s : List.of(clusters.get(i).english.get(), clusters.get(i).korean.get())) {
                int found = probe.indexOf(s);
                if (found >= 0 && found != i) {
                    return I18n.format("scheme.problem.duplicate", s.strip());
                }
            }
        }
        for (int i = 0; i < clusters.size(); i++) {
            ClusterRow row = clusters.get(i);
            if (regions.values().stream().noneMatch(p -> p.get() == row)) {
                return I18n.format("scheme.problem.emptyCluster", displayName(row));
            }
        }
        return "";
    }

    /** The clusters' names, stripped; called once every English name is known to be there. */
    private List<ClusterScheme.Cluster> clusterNames() {
        List<ClusterScheme.Cluster> out = new ArrayList<>();
        for (ClusterRow r : clusters) {
            String ko = r.korean.get() == null ? "" : r.korean.get().strip();
            out.add(new ClusterScheme.Cluster(r.english.get().strip(), ko));
        }
        return out;
    }

    /** A cluster's name in the window's language (English when it has no Korean name). */
    public static String displayName(ClusterRow row) {
        String ko = row.korean.get() == null ? "" : row.korean.get().strip();
        return I18n.isKorean() && !ko.isEmpty() ? ko : row.english.get().strip();
    }

    /**
     * The edited scheme: clusters numbered in the list's order, names stripped, a blank Korean
     * name taking the English one, no firm placements.
     *
     * @throws IllegalStateException with the problem's sentence while the scheme is not valid
     */
    public ClusterScheme toScheme() {
        if (!valid.get()) {
            throw new IllegalStateException(problem.get());
        }
        Map<Region, Integer> map = new EnumMap<>(Region.class);
        regions.forEach((r, p) -> {
            if (p.get() != OTHER) {
                map.put(r, clusters.indexOf(p.get()));
            }
        });
        return new ClusterScheme(name.get().strip(), clusterNames(), map, Map.of());
    }

    /**
     * Saves the edited scheme into the database file in one transaction (all of it or, on an
     * error such as a busy database, nothing) and returns it. Opens and closes its own
     * connection, so it may run on any thread; the scheme is read on the calling thread first.
     *
     * @throws IllegalStateException while the scheme is not valid
     * @throws org.supracluster.store.StoreException when the file cannot be written (its message says why)
     */
    public ClusterScheme save(Path database) {
        return save(toScheme(), database);
    }

    /** Saves a scheme taken with {@link #toScheme()}; for a background thread. */
    public static ClusterScheme save(ClusterScheme scheme, Path database) {
        return save(scheme, database, Database.BUSY_TIMEOUT_MS_DEFAULT);
    }

    /** Like {@link #save(ClusterScheme, Path)}, waiting at most this long for another writer (tests). */
    static ClusterScheme save(ClusterScheme scheme, Path database, int busyTimeoutMs) {
        try (Database d = Database.open(database, false, busyTimeoutMs)) {
            SchemeRepository.of(d).save(scheme);
        }
        return scheme;
    }
}
