package org.supracluster.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what JavaFX's CSS engine logs when it fails to style a node ("Could not resolve …",
 * "Caught 'java.lang.ClassCastException' while converting value …"): a control styled while
 * hidden, where modena's colour lookups find nothing. Open it around the work to watch; close
 * it (try-with-resources) before asserting.
 */
public final class CssFailures implements AutoCloseable {

    private final List<String> failures = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            String m = r.getMessage();
            if (m != null && (m.contains("ClassCastException") || m.contains("Could not resolve"))) {
                synchronized (failures) {
                    failures.add(m);
                }
            }
        }

        @Override
        public void flush() { }

        @Override
        public void close() { }
    };

    private CssFailures() {
        Logger.getLogger("").addHandler(handler);
    }

    public static CssFailures watch() {
        return new CssFailures();
    }

    /** The first three failures logged so far (enough to say what failed), or none. */
    public List<String> firstFew() {
        synchronized (failures) {
            return List.copyOf(failures.subList(0, Math.min(3, failures.size())));
        }
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
    }
}
