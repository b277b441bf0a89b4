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
     * A step of this work, as a progress of its own: the step's fraction f (clamped to 0 to 1) is
     * reported as {@code from + share × f} of the whole, with its description; the step is
     * cancelled when the whole is. Two steps sharing one bar: {@code part(0, 0.5)} and
     * {@code part(0.5, 0.5)}.
     *
     * @param from where the step starts in the whole, 0 to 1
     * @param share how much of the whole the step is, 0 to {@code 1 − from}
     */
    default Progress part(double from, double share) {
        Progress whole = this;
        return new Progress() {
            @Override
            public void report(double fraction, String what) {
                whole.report(from + share * Math.max(0, Math.min(1, fraction)), what);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
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
