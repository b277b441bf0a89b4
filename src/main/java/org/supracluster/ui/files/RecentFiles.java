package org.supracluster.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The recently opened database files, most recent first, at most {@link #MAX} of them, each once
 * (compared as absolute, normalised paths). Every change is saved at once to the
 * {@link RecentFilesStore}. Files that no longer exist stay in the list (a USB stick may come back)
 * and are shown greyed: {@link #isAvailable} tells which. No {@code Node}: tested without a window.
 */
public final class RecentFiles {

    /** How many files the menu lists. */
    public static final int MAX = 8;

    private final RecentFilesStore store;
    private final Predicate<Path> exists;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    /** A list kept in {@code store}; a file is available when it is a regular file. */
    public RecentFiles(RecentFilesStore store) {
        this(store, Files::isRegularFile);
    }

    RecentFiles(RecentFilesStore store, Predicate<Path> exists) {
        this.store = Objects.requireNonNull(store, "store");
        this.exists = Objects.requireNonNull(exists, "exists");
        files.setAll(clean(store.load()));
    }

    /** The files, most recent first. */
    public ObservableList<Path> files() {
        return readOnly;
    }

    /** Puts a file first (moving it up if it was listed), drops the oldest past {@link #MAX}, saves. */
    public void add(Path file) {
        Path p = normal(Objects.requireNonNull(file, "file"));
        List<Path> next = new ArrayList<>(files);
        next.remove(p);
        next.add(0, p);
        set(next);
    }

    /** Takes a file off the list and saves. */
    public void remove(Path file) {
        List<Path> next = new ArrayList<>(files);
        if (next.remove(normal(file))) {
            set(next);
        }
    }

    /** Empties the list and saves. */
    public void clear() {
        set(List.of());
    }

    /** Whether the file is there to be opened (a missing one is shown greyed). */
    public boolean isAvailable(Path file) {
        return exists.test(file);
    }

    private void set(List<Path> next) {
        List<Path> cleaned = clean(next);
        files.setAll(cleaned);
        store.save(List.copyOf(cleaned));
    }

    /** Absolute and normalised, each once, at most {@link #MAX}: whatever the store held. */
    private static List<Path> clean(List<Path> list) {
        List<Path> out = new ArrayList<>();
        for (Path p : list) {
            Path n = normal(p);
            if (!out.contains(n)) {
                out.add(n);
            }
            if (out.size() == MAX) {
                break;
            }
        }
        return out;
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
