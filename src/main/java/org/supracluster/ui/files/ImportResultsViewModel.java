package org.supracluster.ui.files;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.supracluster.ingest.ImportReport;
import org.supracluster.export.ResultTable;
import org.supracluster.ingest.UnmatchedCsv;
import org.supracluster.ingest.UnmatchedNames;
import org.supracluster.model.Placement;
import org.supracluster.ui.I18n;
import org.supracluster.ui.Notices;
import org.supracluster.ui.UiTasks;

/**
 * What the import dialog shows after a check (dry run) or an import: a summary sentence, how the
 * firms were placed, the errors and warnings, and the names in raw records that matched no firm,
 * each with its "did you mean" firms. One click accepts a suggestion as an alias
 * ({@link AcceptedAliases}); the unmatched names export as CSV ({@link UnmatchedCsv}). The texts
 * follow the language. No {@code Node}: tested without a window. Used on the JavaFX thread.
 */
public final class ImportResultsViewModel {

    /**
     * An unmatched name as listed: the name, and the firm it was accepted as an alias of (null
     * while not accepted), stored at once or, for a firm not stored yet, with the next import.
     */
    public record UnmatchedRow(UnmatchedNames.Name name, String acceptedAs, boolean pending) {
        public UnmatchedRow {
            Objects.requireNonNull(name, "name");
        }

        /** Whether one of its suggestions was accepted. */
        public boolean accepted() {
            return acceptedAs != null;
        }
    }

    private final AcceptedAliases aliases;
    private final FileChoice choice;
    private final Notices notices;
    private final UiTasks tasks;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placements = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<ImportReport.Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<UnmatchedRow> unmatched = FXCollections.observableArrayList();
    private final ObservableList<ImportReport.Problem> problemsReadOnly = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<UnmatchedRow> unmatchedReadOnly = FXCollections.unmodifiableObservableList(unmatched);
    private final ReadOnlyObjectWrapper<DatabaseImport.Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private Supplier<String> messageText = () -> "";
    private final I18n.Subscription language;

    /**
     * @param aliases where accepted suggestions go (the target database, or the next import)
     * @param choice asks where to write the unmatched names
     */
    public ImportResultsViewModel(AcceptedAliases aliases, FileChoice choice, Notices notices, UiTasks tasks) {
        this.aliases = Objects.requireNonNull(aliases, "aliases");
        this.choice = Objects.requireNonNull(choice, "choice");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.language = I18n.addListener(locale -> texts());
    }

    /** Shows what a check or an import found. */
    public void show(DatabaseImport.Outcome o) {
        Objects.requireNonNull(o, "outcome");
        problems.setAll(o.problems());
        unmatched.setAll(o.unmatched().stream().map(n -> aliases.accepted(n.name())
                .map(a -> new UnmatchedRow(n, a.firmName(), a.pending()))
                .orElse(new UnmatchedRow(n, null, false))).toList());
        shown.set(true);
        say(() -> "");
        outcome.set(o);
        texts();
    }

    /** Forgets what was shown (the files or choices changed: the results no longer hold). */
    public void clear() {
        outcome.set(null);
        problems.clear();
        unmatched.clear();
        shown.set(false);
        texts();
    }

    /**
     * Accepts suggestion {@code i} of an unmatched name: the name becomes an alias of that firm,
     * stored in the database at once (in the background) or, when the firm is only in this
     * import's files, stored with the import. The next check finds the name.
     */
    public void accept(UnmatchedRow row, int i) {
        UnmatchedNames.Name n = row.name();
        String firmId = n.didYouMeanIds().get(i);
        String firmName = n.didYouMean().get(i);
        tasks.task(work -> aliases.accept(n.name(), firmId, firmName))
                .onSuccess(a -> {
                    int at = unmatched.indexOf(row);
                    if (at >= 0) {
                        unmatched.set(at, new UnmatchedRow(n, firmName, a.pending()));
                    }
                    say(() -> I18n.format(a.pending() ? "importDialog.acceptedPending" : "importDialog.accepted",
                            n.name(), firmName));
                })
                .onFailureSay(I18n.format("importDialog.acceptFailed", n.name()))
                .start();
    }

    /** Asks for a file and writes the unmatched names into it as CSV, in the background. */
    public void exportUnmatched() {
        List<UnmatchedNames.Name> names = unmatched.stream().map(UnmatchedRow::name).toList();
        choice.csvFile("unmatched-names").ifPresent(target -> tasks.task(work -> {
            ResultTable.of("unmatched", UnmatchedCsv.HEADER, UnmatchedCsv.rows(names)).writeCsv(target);
            return target;
        }).onSuccess(p -> say(() -> I18n.format("importDialog.unmatched.exported", names.size(), p)))
                .onFailure(t -> notices.error(I18n.format("export.failed", target),
                        I18n.format("export.cannotWrite", Notices.reason(t))))
                .start());
    }

    private void say(Supplier<String> text) {
        messageText = text;
        message.set(text.get());
    }

    private void texts() {
        message.set(messageText.get());
        DatabaseImport.Outcome o = outcome.get();
        if (o == null) {
            summary.set("");
            placements.set("");
            return;
        }
        summary.set(summary(o));
        long given = o.placed(Placement.GIVEN);
        long municipality = o.placed(Placement.MUNICIPALITY);
        long province = o.placed(Placement.PROVINCE);
        placements.set(given + municipality + province == 0 ? ""
                : I18n.format("importDialog.placements", given, municipality, province));
    }

    /** What a check or an import found, in a sentence or two of the current language. */
    static String summary(DatabaseImport.Outcome o) {
        if (!o.dryRun()) {
            return ImportReportDialog.summary(o);
        }
        if (!o.valid()) {
            return I18n.format("importDialog.checkFailed", o.errorCount(), o.warningCount());
        }
        var c = o.counts();
        return I18n.format("importDialog.checked", c.firmsAdded(), c.firmsUpdated(), c.linksAdded(),
                c.linksUpdated(), o.warningCount(), o.unmatched().size());
    }

    /** Whether a check or an import has been shown (and not cleared since). */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** What was found, in words. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How many firms were placed by given coordinates, at their municipality, at their province ("" for none). */
    public ReadOnlyStringProperty placementsProperty() {
        return placements.getReadOnlyProperty();
    }

    /** What the last action did (an alias stored, the names exported), or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Errors first, then warnings. */
    public ObservableList<ImportReport.Problem> problems() {
        return problemsReadOnly;
    }

    /** The names that matched no firm, most records first. */
    public ObservableList<UnmatchedRow> unmatched() {
        return unmatchedReadOnly;
    }

    /** The outcome shown, or {@code null}. */
    public DatabaseImport.Outcome outcome() {
        return outcome.get();
    }

    /** The outcome shown, a new one for each check or import; {@code null} when cleared. */
    public ReadOnlyObjectProperty<DatabaseImport.Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Stops following the language (the dialog closed). */
    public void dispose() {
        language.close();
    }

    /** The accepted suggestions of this dialog. */
    AcceptedAliases aliases() {
        return aliases;
    }
}
