package org.supracluster.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.supracluster.model.Message;
import org.supracluster.model.Messages;

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
     * @param message what is wrong, in English
     * @param text what is wrong as a bundle key and arguments, or {@code null} when the message
     *             has no key yet (then it reads in English in every language)
     */
    public record Problem(Severity severity, String file, long line, String column, String message, Message text) {

        public Problem(Severity severity, String file, long line, String column, String message) {
            this(severity, file, line, column, message, null);
        }

        /** What is wrong, in {@code messages}' language. */
        public String message(Messages messages) {
            return text == null ? message : text.in(messages);
        }

        /** The whole line in {@code messages}' language: "error: firms.csv, line 3, column 'region': …". */
        public String toString(Messages messages) {
            String where;
            if (line > 0 && column != null) {
                where = messages.format("importReport.at.lineColumn", file, Long.toString(line), Message.quoted(column));
            } else if (line > 0) {
                where = messages.format("importReport.at.line", file, Long.toString(line));
            } else if (column != null) {
                where = messages.format("importReport.at.column", file, Message.quoted(column));
            } else {
                where = file;
            }
            return messages.format(severity == Severity.ERROR ? "importReport.error" : "importReport.warning",
                    where, message(messages));
        }

        @Override
        public String toString() {
            return toString(Messages.ENGLISH);
        }
    }

    private final List<Problem> errors = new ArrayList<>();
    /** Per file, the header as written of each field whose header is not its own name. */
    private final Map<String, Map<String, String>> asWritten = new java.util.HashMap<>();
    private final List<Problem> warnings = new ArrayList<>();
    private long errorCount;
    private long warningCount;

    public void error(String file, long line, String column, String message) {
        add(new Problem(Severity.ERROR, file, line, column, message));
    }

    /** An error told by a bundle key ({@code resources/i18n/messages*.properties}) and its arguments. */
    public void error(String file, long line, String column, Message text) {
        add(new Problem(Severity.ERROR, file, line, column, text.in(Messages.ENGLISH), text));
    }

    public void warning(String file, long line, String column, String message) {
        add(new Problem(Severity.WARNING, file, line, column, message));
    }

    /** A warning told by a bundle key and its arguments. */
    public void warning(String file, long line, String column, Message text) {
        add(new Problem(Severity.WARNING, file, line, column, text.in(Messages.ENGLISH), text));
    }

    /**
     * Names the columns of {@code file} as its header writes them: a problem about the field
     * {@code region} of a file whose header says 지역 then names the column 지역, the word the
     * user sees in their sheet. Fields whose header is their own name need no entry.
     */
    public synchronized void columnsAsWritten(String file, Map<String, String> headerByField) {
        if (!headerByField.isEmpty()) {
            asWritten.put(file, Map.copyOf(headerByField));
        }
    }

    private synchronized void add(Problem found) {
        Map<String, String> names = asWritten.get(found.file());
        String written = names == null || found.column() == null ? null : names.get(found.column());
        Problem p = written == null ? found : new Problem(found.severity(), found.file(), found.line(), written,
                found.message(), found.text());
        if (p.severity() == Severity.ERROR) {
            errorCount++;
            if (errors.size() < KEEP) {
                errors.add(p);
            }
        } else {
            warningCount++;
            if (warnings.size() < KEEP) {
                warnings.add(p);
            }
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
            add(j >= b.size() || (i < a.size() && a.get(i).line() <= b.get(j).line()) ? a.get(i++) : b.get(j++));
        }
    }

    /** Errors first, then warnings, one per line in English, with a note of how many were not listed. */
    public List<String> lines() {
        return lines(Messages.ENGLISH);
    }

    /** {@link #lines()} in {@code messages}' language. */
    public synchronized List<String> lines(Messages messages) {
        List<String> out = new ArrayList<>();
        errors.forEach(p -> out.add(p.toString(messages)));
        if (errorCount > errors.size()) {
            out.add(messages.format("importReport.moreErrors", Long.toString(errorCount - errors.size())));
        }
        warnings.forEach(p -> out.add(p.toString(messages)));
        if (warningCount > warnings.size()) {
            out.add(messages.format("importReport.moreWarnings", Long.toString(warningCount - warnings.size())));
        }
        return out;
    }
}
