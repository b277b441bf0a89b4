package org.supracluster.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.supracluster.model.Progress;

/**
 * Progress of a long computation on standard error, at most once a second ("betweenness 42%"),
 * so a run of minutes shows it is alive. Never cancels (Ctrl+C ends the program).
 */
final class ConsoleProgress implements Progress {

    private final PrintWriter err;
    private long lastPrinted;
    private int lastPercent = -1;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void report(double fraction, String what) {
        long now = System.nanoTime();
        int percent = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 100);
        if (percent != lastPercent && (now - lastPrinted > 1_000_000_000L || percent == 100)) {
            err.printf(Locale.ROOT, "%s %d%%%n", what, percent);
            err.flush();
            lastPrinted = now;
            lastPercent = percent;
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
