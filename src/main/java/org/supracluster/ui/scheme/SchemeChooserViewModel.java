package org.supracluster.ui.scheme;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.supracluster.analysis.Communities;
import org.supracluster.analysis.DerivedSchemes;
import org.supracluster.analysis.GeoClusters;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;
import org.supracluster.store.Database;
import org.supracluster.store.SchemeRepository;
import org.supracluster.ui.I18n;

/**
 * The state of the scheme chooser: the entries (the default scheme, every stored one, from
 * coordinates, detected communities), the one shown, K for the coordinates, and how a chosen
 * entry becomes a {@link ClusterScheme}. The view model of a window is built for one scheme
 * (choosing another rebuilds the window), so the entry shown follows from that scheme's name.
 *
 * <p>Derived schemes are computed on the whole network (every firm, every link), not the
 * filtered view: a scheme outlives filter changes, and a firm hidden at the time must not stay
 * "other" once shown again. This matches the command line without filter options.
 */
public final class SchemeChooserViewModel {

    private final Network network;
    private final ClusterScheme active;
    private final Optional<Path> database;
    private final ObservableList<SchemeChoice> choices = FXCollections.observableArrayList();
    private final IntegerProperty k = new SimpleIntegerProperty(GeoClusters.K_DEFAULT);
    private final BooleanProperty unweighted = new SimpleBooleanProperty();

    /**
     * @param network the network shown
     * @param active the scheme shown
     * @param database the open database file; empty when there is none (tests), then only the
     *        built-in default and the derived schemes are offered
     */
    public SchemeChooserViewModel(Network network, ClusterScheme active, Optional<Path> database) {
        this.network = Objects.requireNonNull(network, "network");
        this.active = Objects.requireNonNull(active, "active");
        this.database = Objects.requireNonNull(database, "database");
        k.set(DerivedSchemes.geoK(active.name()).orElse(GeoClusters.K_DEFAULT));
        unweighted.set(DerivedSchemes.UNWEIGHTED_COMMUNITIES_NAME.equals(active.name()));
        setStoredNames(List.of());
    }

    /** Lists the stored schemes: the default first, the others alphabetically, then the derived kinds. */
    public void setStoredNames(List<String> names) {
        List<SchemeChoice> next = new ArrayList<>();
        next.add(SchemeChoice.DEFAULT);
        for (String n : names) {
            if (!n.equals(ClusterScheme.DEFAULT_NAME)) {
                next.add(SchemeChoice.stored(n));
            }
        }
        SchemeChoice shown = activeChoice();
        if (!next.contains(shown) && shown.kind() == SchemeChoice.Kind.STORED) {
            next.add(shown); // shown but not (or no longer) stored: still listed, so the choice reads right
        }
        next.add(SchemeChoice.GEO);
        next.add(SchemeChoice.COMMUNITIES);
        choices.setAll(next);
    }

    /** Names of the schemes stored in the database, alphabetically; none without a database. */
    public List<String> loadStoredNames() {
        if (database.isEmpty()) {
            return List.of();
        }
        try (Database d = Database.open(database.get(), false, Database.BUSY_TIMEOUT_MS_DEFAULT)) {
            return SchemeRepository.of(d).names();
        }
    }

    /**
     * The scheme of an entry: a stored one read from the database (the built-in default when
     * there is no database or it holds none), or a derived one computed on the whole network.
     * Runs on any thread; may take seconds on a large network.
     *
     * @param kValue K for {@link SchemeChoice#GEO}
     * @throws IllegalArgumentException when the scheme is not stored, or K clusters cannot be formed
     *         (the message says which, in the window's language)
     * @throws Progress.Cancelled when cancelled
     */
    public ClusterScheme compute(SchemeChoice choice, int kValue, Progress progress) {
        return compute(choice, kValue, true, progress);
    }

    /**
     * As {@link #compute(SchemeChoice, int, Progress)}, the communities found by weighted or
     * unweighted modularity (the toggle's value, read on the JavaFX thread by the caller).
     */
    public ClusterScheme compute(SchemeChoice choice, int kValue, boolean weightedCommunities, Progress progress) {
        switch (choice.kind()) {
            case GEO:
                try {
                    return DerivedSchemes.geo(network, NetworkView.of(network, Filter.all()), kValue,
                            DerivedSchemes.SEED_DEFAULT, progress);
                } catch (IllegalArgumentException e) {
                    // K within the spinner's range, so too few distinct firm locations for K clusters.
                    throw new IllegalArgumentException(I18n.format("scheme.error.geo", kValue), e);
                }
            case COMMUNITIES:
                return DerivedSchemes.communities(network, LinkGraph.of(NetworkView.of(network, Filter.all())),
                        weightedCommunities, DerivedSchemes.SEED_DEFAULT, progress);
            default:
                if (database.isEmpty()) {
                    if (choice.isDefault()) {
                        return ClusterScheme.defaultFive();
                    }
                    throw new IllegalArgumentException(I18n.format("scheme.error.notStored", choice.name()));
                }
                try (Database d = Database.open(database.get(), false, Database.BUSY_TIMEOUT_MS_DEFAULT)) {
                    Optional<ClusterScheme> s = SchemeRepository.of(d).load(choice.name());
                    if (s.isEmpty() && choice.isDefault()) {
                        return ClusterScheme.defaultFive();
                    }
                    return s.orElseThrow(() -> new IllegalArgumentException(
                            I18n.format("scheme.error.notStored", choice.name())));
                }
        }
    }

    /**
     * Whether choosing this entry with this K (and, for communities, the weighting the toggle
     * says) would show the scheme already shown.
     */
    public boolean isShown(SchemeChoice choice, int kValue) {
        if (!choice.equals(activeChoice())) {
            return false;
        }
        return switch (choice.kind()) {
            case GEO -> DerivedSchemes.geoName(kValue).equals(active.name());
            case COMMUNITIES -> DerivedSchemes.communitiesName(!unweighted.get()).equals(active.name());
            default -> true;
        };
    }

    /**
     * The modularity of the communities shown, on the whole network as they were found, weighted
     * or unweighted as they were found; empty when the scheme shown is not the communities.
     * Runs on any thread (it reads every link once).
     */
    public OptionalDouble modularity() {
        if (!DerivedSchemes.isCommunitiesName(active.name())) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Communities.modularity(LinkGraph.of(NetworkView.of(network, Filter.all())),
                Partition.of(active, network), isWeightedCommunities()));
    }

    /** Whether the scheme shown is the communities of weighted modularity (else of unweighted). */
    public boolean isWeightedCommunities() {
        return !DerivedSchemes.UNWEIGHTED_COMMUNITIES_NAME.equals(active.name());
    }

    /** The entry of the scheme shown. */
    public SchemeChoice activeChoice() {
        return SchemeChoice.of(active);
    }

    public ClusterScheme active() {
        return active;
    }

    public ObservableList<SchemeChoice> choices() {
        return choices;
    }

    /** K for the coordinates entry; starts at the shown scheme's K, else {@link GeoClusters#K_DEFAULT}. */
    public IntegerProperty kProperty() {
        return k;
    }

    /**
     * Whether communities are to be found by unweighted modularity (every linked pair counts 1);
     * starts as the shown communities were found, off for any other scheme.
     */
    public BooleanProperty unweightedProperty() {
        return unweighted;
    }

    public Optional<Path> database() {
        return database;
    }

    public Network network() {
        return network;
    }
}
