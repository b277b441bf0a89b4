package org.supracluster.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an import found: errors (which stop it: nothing is stored) and warnings (applied and
 * reported), each naming the file, the line, the column and saying in a plain sentence what is
 * wrong. Keeps at most {@link #KEEP} problems of each severity and counts the rest, so a file with
 * a million bad rows cannot exhaust memory. Safe to fill from two threads (the importer reads a
 * links file while it reads the firm files).
 */
public final class ImportReport {

    /** How many problems of one severity are kept word for word. */
    public static final int KEEP = 1000;

    public enum Severity { ERROR, WARNING }

    /**
     * One problem.
     *
     * @param line 1-based line in the file, or 0 when it concerns the whole file
     * @param column the column (header name) concerned, or {@code null}
     */
    public record Problem(Severity severity, String file, long line, String column, String message) {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            b.append(severity == Severity.ERROR ? "error: " : "warning: ").append(file);
            if (line > 0) {
                b.append(", line ").append(line);
            }
            if (column != null) {
                b.append(", column '").append(column).append('\'');
            }
            return b.append(": ").append(message).toString();
        }
    }

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private long errorCount;
    private long warningCount;

    public synchronized void error(String file, long line, String column, String message) {
        errorCount++;
        if (errors.size() < KEEP) {
            errors.add(new Problem(Severity.ERROR, file, line, column, message));
        }
    }

    public synchronized void warning(String file, long line, String column, String message) {
        warningCount++;
        if (warnings.size() < KEEP) {
            warnings.add(new Problem(Severity.WARNING, file, line, column, message));
        }
    }

    public synchronized boolean hasErrors() {
        return errorCount > 0;
    }

    public synchronized long errorCount() {
        return errorCount;
    }

    public synchronized long warningCount() {
        return warningCount;
    }

    public synchronized List<Problem> errors() {
        return Collections.unmodifiableList(errors);
    }

    public synchronized List<Problem> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /**
     * Adds the problems of two reports about one file, each in line order, interleaved by line
     * (on the same line, {@code first}'s come first). Problems the two did not keep word for word
     * are counted here too.
     */
    synchronized void addMergedByLine(ImportReport first, ImportReport second) {
        merge(first.errors, second.errors);
        merge(first.warnings, second.warnings);
        errorCount += first.errorCount - first.errors.size() + second.errorCount - second.errors.size();
        warningCount += first.warningCount - first.warnings.size() + second.warningCount - second.warnings.size();
    }

    private void merge(List<Problem> a, List<Problem> b) {
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            Problem p = j >= b.size() || (i < a.size() && a.get(i).line() <= b.get(j).line()) ? a.get(i++) : b.get(j++);
            if (p.severity() == Severity.ERROR) {
                error(p.file(), p.line(), p.column(), p.message());
            } else {
                warning(p.file(), p.line(), p.column(), p.message());
            }
        }
    }

    /** Errors first, then warnings, one per line, with a note of how many were not listed. */
    public synchronized List<String> lines() {
        List<String> out = new ArrayList<>();
        errors.forEach(p -> out.add(p.toString()));
        if (errorCount > errors.size()) {
            out.add("... and " + (errorCount - errors.size()) + " more errors");
        }
        warnings.forEach(p -> out.add(p.toString()));
        if (warningCount > warnings.size()) {
            out.add("... and " + (warningCount - warnings.size()) + " more warnings");
        }
        return out;
    }
}
