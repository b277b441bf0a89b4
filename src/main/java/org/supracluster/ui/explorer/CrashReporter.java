package org.supracluster.ui.explorer;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.supracluster.store.ErrorLog;
import org.supracluster.ui.files.AppVersion;
import org.supracluster.ui.I18n;
import org.supracluster.ui.Notices;

/**
 * What happens to an exception nothing in the window caught (a bug): its stack trace goes to the
 * error log in the user's folder, as the command line's do, and a dialog says in words what
 * happened, that the stored data is safe (every change to the database is one transaction) and
 * where the details are. An error repeated on every frame would open a dialog per frame: after
 * one, others within a minute are only logged.
 */
final class CrashReporter implements Thread.UncaughtExceptionHandler {

    /** Errors after a dialog within this many milliseconds are only logged. */
    static final long QUIET_MILLIS = 60_000;

    private final Notices notices;
    private final String version;
    private final LongSupplier clock;
    private long lastDialog = Long.MIN_VALUE / 2;

    CrashReporter(Notices notices, String version, LongSupplier clockMillis) {
        this.notices = Objects.requireNonNull(notices, "notices");
        this.version = Objects.requireNonNull(version, "version");
        this.clock = Objects.requireNonNull(clockMillis, "clockMillis");
    }

    /** The program's version as the About dialog finds it, or "dev" when run from the classes. */
    static String version() {
        return AppVersion.get().orElse("dev");
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        Optional<Path> log = ErrorLog.append(error, version);
        long now = clock.getAsLong();
        if (now - lastDialog < QUIET_MILLIS) {
            return;
        }
        lastDialog = now;
        try {
            String what = error.getClass().getSimpleName()
                    + (error.getMessage() == null ? "" : ": " + error.getMessage());
            notices.error(I18n.get("app.crash.title"), log.isPresent()
                    ? I18n.format("app.crash.text", what, log.get())
                    : I18n.format("app.crash.textNoLog", what));
        } catch (RuntimeException dialogFailed) {
            // The dialog itself failed (the toolkit is in trouble): the log has the error.
        }
    }
}
