package org.supracluster.model;

/**
 * How a long computation reports progress and learns that it should stop. No UI types: the UI
 * adapts it to a JavaFX task, the command line passes {@link #NONE} or a console printer.
 * Implementations must be thread-safe (parallel algorithms report from several threads).
 */
public interface Progress {

    /** Reports nothing and never cancels. */
    Progress NONE = new Progress() {
        @Override
        public void report(double fraction, String what) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * How far the work is.
     *
     * @param fraction done so far, 0 to 1
     * @param what a short description of the current step
     */
    void report(double fraction, String what);

    /** Whether the caller asked to stop; long loops check this and throw {@link Cancelled}. */
    boolean isCancelled();

    /** Throws {@link Cancelled} when cancelled; call inside main loops. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new Cancelled();
        }
    }

    /**
     * Thrown by a computation that stopped because it was cancelled; it leaves no partial result.
     * A {@link java.util.concurrent.CancellationException}, the JDK's own word for it, so that a
     * caller catches one type whether analysis, an import or an export stopped.
     */
    final class Cancelled extends java.util.concurrent.CancellationException {
        private static final long serialVersionUID = 1L;

        public Cancelled() {
            super("cancelled");
        }
    }
}
