package org.supracluster.ui.files;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.supracluster.ingest.Aliases;
import org.supracluster.store.Database;
import org.supracluster.store.NetworkStore;

/**
 * The "did you mean" suggestions the user accepted in one import dialog. An accepted name becomes
 * an alias of the firm ({@link Aliases#accept}) in the target database at once when the firm is
 * stored there; a firm that is only in this import's files (a check before the first import) is
 * not stored yet, so its aliases wait and go with the next check or import as an aliases file
 * ({@code accepted-aliases.csv}, {@code alias,firm} by firm id), which the importer stores with
 * the rest. Plain Java, thread-safe: accepting runs in the background.
 */
public final class AcceptedAliases {

    /** The name of the aliases file the waiting aliases travel in. */
    public static final String FILE_NAME = "accepted-aliases.csv";

    /**
     * One accepted suggestion.
     *
     * @param pending whether it waits for the next import (the firm was not stored yet)
     */
    public record Accepted(String alias, String firmId, String firmName, boolean pending) { }

    private final Path database;
    private final Map<String, Accepted> accepted = new LinkedHashMap<>();
    private Path folder;

    /** @param database the database the import goes into */
    public AcceptedAliases(Path database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    public Path database() {
        return database;
    }

    /**
     * Accepts {@code alias} as another name of the firm {@code firmId}: stored now when the firm
     * is stored, else kept for the next import. Opens the database: call off the JavaFX thread.
     *
     * @throws IllegalArgumentException when the alias is only a legal form or punctuation
     * @throws org.supracluster.store.StoreException when the database cannot be written
     */
    public Accepted accept(String alias, String firmId, String firmName) {
        boolean stored;
        try (Database d = Database.open(database, false, Database.BUSY_TIMEOUT_MS_DEFAULT)) {
            stored = NetworkStore.of(d).firmNames().containsKey(firmId);
            if (stored) {
                Aliases.accept(d, alias, firmId);
            }
        }
        Accepted a = new Accepted(alias, firmId, firmName, !stored);
        synchronized (this) {
            accepted.put(alias, a);
        }
        return a;
    }

    /** The accepted suggestion for this name, if any. */
    public synchronized Optional<Accepted> accepted(String alias) {
        return Optional.ofNullable(accepted.get(alias));
    }

    /** The aliases that wait for the next import. */
    public synchronized List<Accepted> pending() {
        return accepted.values().stream().filter(Accepted::pending).toList();
    }

    /**
     * The waiting aliases written as an aliases file for the next check or import, or empty when
     * none waits. Call off the JavaFX thread.
     */
    public Optional<Path> pendingFile() {
        List<Accepted> waiting = pending();
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path file;
            synchronized (this) {
                if (folder == null) {
                    folder = Files.createTempDirectory("supracluster-aliases");
                    folder.toFile().deleteOnExit();
                }
                file = folder.resolve(FILE_NAME);
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CsvWriter csv = CsvWriter.builder().build(w)) {
                csv.writeRecord("alias", "firm");
                for (Accepted a : waiting) {
                    csv.writeRecord(asWritten(a.alias()), asWritten(a.firmId()));
                }
            }
            file.toFile().deleteOnExit();
            return Optional.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An import stored the waiting aliases with its data: none waits any more. */
    public synchronized void pendingStored() {
        accepted.replaceAll((alias, a) -> a.pending() ? new Accepted(alias, a.firmId(), a.firmName(), false) : a);
    }

    /** Deletes the waiting aliases' file (the dialog closed). */
    public void close() {
        Path f;
        synchronized (this) {
            f = folder;
            folder = null;
        }
        if (f != null) {
            try {
                Files.deleteIfExists(f.resolve(FILE_NAME));
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // A leftover temporary file is harmless and deleted on exit.
            }
        }
    }

    /**
     * A cell as the importer will read it back: a text that starts like a spreadsheet formula
     * after its apostrophes gets one more, which the importer removes again.
     */
    private static String asWritten(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i > 0 && i < text.length() && "=+-@\t\r".indexOf(text.charAt(i)) >= 0 ? "'" + text : text;
    }
}
