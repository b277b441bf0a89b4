package org.supracluster.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * The error log in the user's folder ({@code error.log} in {@link UserDataFolder#folder()}): where
 * the command line and the window write what a user cannot act on (a bug's stack trace), so that
 * the message they see stays a sentence and the details are still there to send.
 */
public final class ErrorLog {

    private ErrorLog() {
    }

    /** The log file. */
    public static Path file() {
        return UserDataFolder.folder().resolve("error.log");
    }

    /**
     * Appends {@code error} with the time and {@code version} to the log.
     *
     * @return the log file, or empty when it could not be written (a full disk must not turn one
     *         error into two)
     */
    public static Optional<Path> append(Throwable error, String version) {
        try {
            Path file = file();
            Files.createDirectories(file.getParent());
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            Files.writeString(file, Instant.now() + " " + version + "\n" + trace + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
