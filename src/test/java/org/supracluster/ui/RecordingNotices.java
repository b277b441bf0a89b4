package org.supracluster.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@link Notices} for tests: remembers what the user would have been told, in order, instead of
 * showing it. Notices are worded when told (in the language of that moment).
 */
public final class RecordingNotices implements Notices {

    /** One thing told: a notice, an error or an information, with its header (null for a notice). */
    public record Told(Kind kind, String header, String text) { }

    /** What kind of telling. */
    public enum Kind { NOTICE, ERROR, INFORM }

    private final List<Told> told = new ArrayList<>();

    @Override
    public void notice(Supplier<String> text) {
        told.add(new Told(Kind.NOTICE, null, text.get()));
    }

    @Override
    public void error(String header, String text) {
        told.add(new Told(Kind.ERROR, header, text));
    }

    @Override
    public void inform(String header, String text) {
        told.add(new Told(Kind.INFORM, header, text));
    }

    /** Everything told so far, in order. */
    public List<Told> told() {
        return List.copyOf(told);
    }

    /** The notices' texts, in order. */
    public List<String> notices() {
        return told.stream().filter(t -> t.kind() == Kind.NOTICE).map(Told::text).toList();
    }

    /** The errors told, in order. */
    public List<Told> errors() {
        return told.stream().filter(t -> t.kind() == Kind.ERROR).toList();
    }

    /** Work run at once on the calling thread, telling this. */
    public UiTasks tasks() {
        return UiTasks.immediate(this);
    }
}
