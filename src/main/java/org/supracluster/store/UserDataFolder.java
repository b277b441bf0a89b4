package org.supracluster.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the user's own files live: the default database and the error log. Follows each
 * platform's convention (XDG on Linux, Application Support on macOS, LOCALAPPDATA on Windows);
 * the system property {@code supracluster.home} or the environment variable {@code SUPRACLUSTER_HOME}
 * overrides it (tests, portable installs).
 */
public final class UserDataFolder {

    private UserDataFolder() {
    }

    public static Path folder() {
        String home = System.getProperty("supracluster.home", System.getenv("SUPRACLUSTER_HOME"));
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path user = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : user.resolve("AppData").resolve("Local")).resolve("Supracluster");
        }
        if (os.contains("mac")) {
            return user.resolve("Library").resolve("Application Support").resolve("Supracluster");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : user.resolve(".local").resolve("share"))
                .resolve("supracluster");
    }

    /** The database used when none is named. */
    public static Path defaultDatabase() {
        return folder().resolve("supracluster.db");
    }
}
