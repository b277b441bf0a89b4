package org.supracluster.ui.inspector;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.supracluster.model.Network;
import org.supracluster.store.RecordStore;
import org.supracluster.ui.I18n;
import org.supracluster.ui.Notices;
import org.supracluster.ui.UiTasks;

/**
 * The patents behind the co-patent links of the inspected firm, listed per partner when asked for
 * (a partner opened in the inspector's tree): read off the JavaFX thread ({@link UiTasks}) from
 * the database's records, as lines "number · year · title" in the current language. Forgotten
 * when another firm is inspected. No {@code Node}: tested without a window.
 */
public final class LinkPatentsViewModel {

    private final Network network;
    private final PatentRecords records;
    private final UiTasks tasks;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    /** Partner → its patents (null while being read), or the reason they could not be read. */
    private final Map<Integer, Object> read = new HashMap<>();
    private final ObservableMap<Integer, List<String>> lines = FXCollections.observableHashMap();
    private final ObservableMap<Integer, List<String>> linesReadOnly = FXCollections.unmodifiableObservableMap(lines);
    private int firm = -1;

    public LinkPatentsViewModel(Network network, PatentRecords records, UiTasks tasks) {
        this.network = Objects.requireNonNull(network, "network");
        this.records = Objects.requireNonNull(records, "records");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        // Only worth offering when the database holds patent records at all (the sample has none).
        tasks.task(work -> records.any()).onSuccess(available::set).onFailure(t -> available.set(false)).start();
    }

    /** No records behind the links (a network without a database file): nothing to list, nothing run. */
    public static LinkPatentsViewModel none(Network network) {
        return new LinkPatentsViewModel(network, PatentRecords.NONE, UiTasks.immediate(new Notices() {
            @Override
            public void notice(java.util.function.Supplier<String> text) {
            }

            @Override
            public void error(String header, String text) {
            }

            @Override
            public void inform(String header, String text) {
            }
        }));
    }

    /** The firm whose links are listed; another firm's lists are forgotten. */
    void inspect(int f) {
        if (f != firm) {
            firm = f;
            read.clear();
            lines.clear();
        }
    }

    /** Reads the patents of the inspected firm and {@code partner} (once), in the background. */
    public void show(int partner) {
        int f = firm;
        if (f < 0 || read.containsKey(partner)) {
            return;
        }
        read.put(partner, null);
        lines.put(partner, List.of(I18n.get("inspector.patents.loading")));
        String a = network.firmId(f);
        String b = network.firmId(partner);
        tasks.task(work -> records.between(a, b))
                .onSuccess(rows -> arrived(f, partner, rows))
                .onFailure(t -> arrived(f, partner, Notices.reason(t)))
                .start();
    }

    private void arrived(int f, int partner, Object result) {
        if (f == firm) {
            read.put(partner, result);
            lines.put(partner, words(result));
        }
    }

    /** Words the lists again (the language changed). */
    void texts() {
        read.forEach((partner, result) -> lines.put(partner, words(result)));
    }

    @SuppressWarnings("unchecked")
    private static List<String> words(Object result) {
        if (result == null) {
            return List.of(I18n.get("inspector.patents.loading"));
        }
        if (result instanceof String reason) {
            return List.of(I18n.format("inspector.patents.failed", reason));
        }
        List<RecordStore.PatentRow> rows = (List<RecordStore.PatentRow>) result;
        if (rows.isEmpty()) {
            return List.of(I18n.get("inspector.patents.none"));
        }
        return rows.stream().map(p -> I18n.format("inspector.patent", p.number(), p.year(),
                p.title() == null || p.title().isBlank() ? "—" : p.title())).toList();
    }

    /** Whether the database holds patent records (else co-patent partners have no list to open). */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Partner → its patents as lines (or one line saying they are being read, or none are stored). */
    public ObservableMap<Integer, List<String>> lines() {
        return linesReadOnly;
    }
}
