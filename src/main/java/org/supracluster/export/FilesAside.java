package org.supracluster.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.supracluster.model.Progress;

/**
 * Every export's way of writing a file: into a hidden file beside the target, moved into place
 * only when complete, so that a failed, stopped or killed export leaves the file that was there
 * before (or none), never half a file under the chosen name.
 *
 * <p>The file beside is created with {@link Files#createFile}, not {@code createTempFile}: a
 * temporary file is readable by its owner only, and the moved file would keep that, while an
 * export is usually written for colleagues.
 */
public final class FilesAside {

    /** What writes a file's bytes. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** What writes a file's text (UTF-8). */
    @FunctionalInterface
    public interface Text {
        void write(Writer out) throws IOException;
    }

    /** What writes one file's contents into the file beside it (given by path). */
    @FunctionalInterface
    public interface Into {
        void write(Path beside) throws IOException;
    }

    private FilesAside() {
    }

    /**
     * Writes several files all or none (a CSV export's firms and links, a folder of analysis
     * tables): each into a file beside its name first; only when every one is complete, and
     * {@code progress} is not cancelled, are they moved into place. A failure half-way (a full
     * disk) thus leaves the files as they were, never some new and some old. (A move itself can
     * still fail, e.g. onto a folder of that name: the files moved before it stay; callers that
     * must not allow even that check the names first.)
     *
     * @param files the targets, in the order to write them, and what writes each
     * @return the targets written, in order
     * @throws IOException naming the file that failed
     * @throws Progress.Cancelled when {@code progress} was cancelled: nothing was put in place
     */
    public static List<Path> writeAll(Map<Path, Into> files, Progress progress) throws IOException {
        Map<Path, Path> ready = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, Into> f : files.entrySet()) {
                Path beside = besideOf(f.getKey());
                ready.put(f.getKey(), beside);
                try {
                    f.getValue().write(beside);
                } catch (IOException e) {
                    throw new IOException(f.getKey() + ": " + e.getMessage(), e);
                }
            }
            progress.checkCancelled();
            for (Map.Entry<Path, Path> r : ready.entrySet()) {
                moveIntoPlace(r.getValue(), r.getKey());
            }
            return List.copyOf(ready.keySet());
        } finally {
            for (Path beside : ready.values()) {
                deleteQuietly(beside);
            }
        }
    }

    /** Removes a leftover file beside; failing to is harmless next to the outcome the caller hears. */
    private static void deleteQuietly(Path beside) {
        try {
            Files.deleteIfExists(beside);
        } catch (IOException ignored) {
            // a hidden leftover file does no harm
        }
    }

    /** A new, empty, hidden file in {@code target}'s folder (which must exist), named after it. */
    public static Path besideOf(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        return Files.createFile(abs.resolveSibling("." + abs.getFileName() + "." + UUID.randomUUID() + ".tmp"));
    }

    /** Moves a finished file onto {@code target}, atomically where the file system can. */
    public static void moveIntoPlace(Path finished, Path target) throws IOException {
        try {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Writes {@code target} through a file beside it (creating its folder, as {@code report --out
     * new/folder/report.html} expects); returns the target's absolute path.
     */
    public static Path write(Path target, Body body) throws IOException {
        return write(target, body, Progress.NONE);
    }

    /**
     * Writes {@code target} through a file beside it, asking {@code progress} before the move.
     *
     * @throws Progress.Cancelled when {@code progress} was cancelled: nothing was put in place
     */
    public static Path write(Path target, Body body, Progress progress) throws IOException {
        Path abs = target.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        Path tmp = besideOf(abs);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                body.write(out);
            }
            progress.checkCancelled();
            moveIntoPlace(tmp, abs);
            return abs;
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Writes {@code target} as UTF-8 text through a file beside it. */
    public static Path writeText(Path target, Text text) throws IOException {
        return write(target, out -> {
            // A writer that only flushes on close: the text may close it (a CSV writer does),
            // while the file beside must stay open until it is moved into place.
            Writer w = new java.io.FilterWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            text.write(w);
            w.flush();
        });
    }
}
