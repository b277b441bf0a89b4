package org.supracluster.model;

import java.util.function.BooleanSupplier;

/** Progress for tests: reports go nowhere, and each question whether to stop is put to {@code stop}. */
public final class TestProgress {

    private TestProgress() {
    }

    /**
     * A progress that asks {@code stop} every time the work asks whether it is cancelled, so a test
     * can count the questions or say yes at the n-th one.
     */
    public static Progress cancelledWhen(BooleanSupplier stop) {
        return new Progress() {
            @Override
            public void report(double fraction, String what) {
            }

            @Override
            public boolean isCancelled() {
                return stop.getAsBoolean();
            }
        };
    }
}
