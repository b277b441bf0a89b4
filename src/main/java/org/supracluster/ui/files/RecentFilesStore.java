package org.supracluster.ui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.supracluster.store.UserDataFolder;

/**
 * Where the list of recent database files is kept between runs. Loading never fails (a missing
 * or unreadable list is an empty one) and saving never throws (a folder that cannot be written
 * only means the list is not remembered), so the menu works on a fresh machine and on a
 * read-only one alike.
 */
public interface RecentFilesStore {

    /** The remembered files, most recent first; empty when there are none or they cannot be read. */
    List<Path> load();

    /** Remembers the files, most recent first; failures are logged, not thrown. */
    void save(List<Path> files);

    /** The store used by the program: {@code recent-databases.txt} in the user's data folder. */
    static RecentFilesStore inUserFolder() {
        return file(UserDataFolder.folder().resolve("recent-databases.txt"));
    }

    /**
     * A UTF-8 text file, one absolute path a line. A plain file in the user's data folder rather
     * than {@link java.util.prefs.Preferences}: it follows {@code SUPRACLUSTER_HOME} (portable
     * installs, tests, screenshots) and the JDK's preferences on Linux log warnings from a timer
     * thread when their folder is not writable.
     */
    static RecentFilesStore file(Path file) {
        return new RecentFilesStore() {
            private final System.Logger log = System.getLogger(RecentFilesStore.class.getName());

            @Override
            public List<Path> load() {
                if (!Files.isRegularFile(file)) {
                    return List.of();
                }
                try {
                    List<Path> out = new ArrayList<>();
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        if (!line.isBlank()) {
                            try {
                                out.add(Path.of(line.strip()));
                            } catch (java.nio.file.InvalidPathException e) {
                                log.log(System.Logger.Level.DEBUG, "skipping a recent file that is no path: " + line);
                            }
                        }
                    }
                    return out;
                } catch (IOException | RuntimeException e) {
                    log.log(System.Logger.Level.WARNING, "cannot read the recent files list " + file + ": " + e);
                    return List.of();
                }
            }

            @Override
            public void save(List<Path> files) {
                try {
                    Path dir = file.toAbsolutePath().getParent();
                    Files.createDirectories(dir);
                    // Written beside and moved into place: a crash mid-write never leaves half a list.
                    Path tmp = Files.createTempFile(dir, ".recent", ".tmp");
                    try {
                        Files.write(tmp, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
                        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                    } finally {
                        Files.deleteIfExists(tmp);
                    }
                } catch (IOException | RuntimeException e) {
                    log.log(System.Logger.Level.WARNING, "cannot save the recent files list " + file + ": " + e);
                }
            }
        };
    }

    /** A store that forgets everything when the program ends (tests, or no place to write). */
    static RecentFilesStore inMemory() {
        return new RecentFilesStore() {
            private List<Path> files = List.of();

            @Override
            public synchronized List<Path> load() {
                return files;
            }

            @Override
            public synchronized void save(List<Path> list) {
                files = List.copyOf(list);
            }
        };
    }
}
