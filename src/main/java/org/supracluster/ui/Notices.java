package org.supracluster.ui;

import java.util.function.Supplier;

/**
 * How the window tells the user something: a short notice in the status bar, an error dialog, an
 * information dialog. Like JabRef's {@code DialogService}, view models and {@link UiTasks} receive
 * it, so they never build a dialog themselves and are tested without a window: the program uses
 * {@link FxNotices}, tests a recording one. Called on the JavaFX thread.
 *
 * <p>What reaches the user is always a plain sentence ({@link #reason}), never a stack trace.
 */
public interface Notices {

    /** A short sentence in the status bar ("Exported … to …"), asked for again when the language changes. */
    void notice(Supplier<String> text);

    /**
     * An error dialog.
     *
     * @param header what failed ("Could not export to …"), or null for none
     * @param text why, in a sentence
     */
    void error(String header, String text);

    /**
     * An information dialog (a database opened read-only).
     *
     * @param header the gist
     * @param text the whole sentence
     */
    void inform(String header, String text);

    /**
     * What went wrong, as the sentence the lower layers wrote (they name the file): the first
     * message along the chain of causes, or the failure's simple class name when none has one.
     * Never a stack trace.
     */
    static String reason(Throwable t) {
        Throwable cause = t;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
