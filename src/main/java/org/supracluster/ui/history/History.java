package org.supracluster.ui.history;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * A list of states with a current one, for undo and redo. A state equal to the current one is not
 * recorded (restoring a state makes the program report it again). Changes of one kind that follow
 * each other within {@link #COALESCE_MILLIS} replace each other, so a slider dragged through
 * twenty values is undone in one step. Pure Java: time is passed in, so tests need no clock.
 *
 * @param <S> an immutable state with {@code equals}
 */
public final class History<S> {

    /** Changes of one kind closer together than this become one step. */
    public static final long COALESCE_MILLIS = 400;
    /** Steps kept; the oldest are forgotten beyond it. */
    public static final int LIMIT_DEFAULT = 200;

    private final Deque<S> undo = new ArrayDeque<>();
    private final Deque<S> redo = new ArrayDeque<>();
    private final int limit;
    private S current;
    private String lastKind;
    private long lastMillis;

    public History(S initial) {
        this(initial, LIMIT_DEFAULT);
    }

    public History(S initial, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("history limit must be at least 1, was " + limit);
        }
        this.current = Objects.requireNonNull(initial, "initial");
        this.limit = limit;
    }

    /**
     * Records a new current state, forgetting what could be redone.
     *
     * @param kind what changed ("filter", "camera", …): only changes of the same kind coalesce
     * @param nowMillis the time of the change, in any monotonic milliseconds
     * @return whether the history changed
     */
    public boolean record(S state, String kind, long nowMillis) {
        Objects.requireNonNull(state, "state");
        if (state.equals(current)) {
            return false;
        }
        boolean coalesce = kind != null && kind.equals(lastKind) && nowMillis - lastMillis < COALESCE_MILLIS
                && !undo.isEmpty();
        if (!coalesce) {
            undo.push(current);
            if (undo.size() > limit) {
                undo.removeLast();
            }
        }
        current = state;
        redo.clear();
        lastKind = kind;
        lastMillis = nowMillis;
        return true;
    }

    /** Changes the current state without making a step (what was only unknown became known). */
    public void replaceCurrent(S state) {
        current = Objects.requireNonNull(state, "state");
    }

    /** Steps back: the state to restore, or null when there is nothing to undo. */
    public S undo() {
        if (undo.isEmpty()) {
            return null;
        }
        redo.push(current);
        current = undo.pop();
        lastKind = null; // the next change is a step of its own
        return current;
    }

    /** Steps forward again: the state to restore, or null when there is nothing to redo. */
    public S redo() {
        if (redo.isEmpty()) {
            return null;
        }
        undo.push(current);
        current = redo.pop();
        lastKind = null;
        return current;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public S current() {
        return current;
    }
}
