package org.supracluster.ingest;

import java.util.List;
import org.supracluster.model.Message;

/**
 * The first quote fault of a CSV text: where its field starts and what is wrong. Found by a scan
 * of the text that follows FastCSV's rules, because FastCSV itself reads an unclosed quote to the
 * end of the file without complaint, and for text after a closing quote names only the line its
 * record starts on, not the line and column of the faulty field.
 *
 * @param unterminated whether the quote is never closed (else text follows the closing quote)
 * @param recordLine the line the record holding the fault starts on, as FastCSV numbers records
 * @param line the line the report names: where the unclosed field starts, or where text follows
 *             the closing quote
 * @param field the 0-based position of the faulty field in its record
 */
record QuoteFault(boolean unterminated, long recordLine, long line, int field) {

    /**
     * The first quote fault of {@code text}, or {@code null} for a text without one. A field is
     * quoted only when a quote is its first character; inside it {@code ""} stands for a quote and
     * a single quote closes it; after the closing quote only a comma or a line end may follow.
     * Lines end at LF, CR or CRLF.
     */
    static QuoteFault first(String text) {
        return text.indexOf('"') < 0 ? null : scan(text);
    }

    /** Reports this fault as an error of {@code fileName}, naming the column when the header has one there. */
    void report(ImportReport report, String fileName, List<String> header) {
        String column = field < header.size() ? header.get(field).strip() : null;
        if (unterminated) {
            report.error(fileName, line, column, Message.of("ingest.csv.quoteNotClosed"));
        } else {
            report.error(fileName, line, column, Message.of("ingest.csv.textAfterQuote"));
        }
    }

    private static QuoteFault scan(String text) {
        long line = 1;
        long recordLine = 1;
        int field = 0;
        boolean fieldStart = true;
        boolean recordEmpty = true;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '"' && fieldStart) {
                long quoteLine = line;
                if (recordEmpty) {
                    recordLine = line;
                }
                int j = i + 1;
                boolean closed = false;
                while (j < n) {
                    char d = text.charAt(j);
                    if (d == '"') {
                        if (j + 1 < n && text.charAt(j + 1) == '"') {
                            j += 2;
                            continue;
                        }
                        closed = true;
                        break;
                    }
                    if (d == '\n' || (d == '\r' && (j + 1 >= n || text.charAt(j + 1) != '\n'))) {
                        line++;
                    }
                    j++;
                }
                if (!closed) {
                    return new QuoteFault(true, recordLine, quoteLine, field);
                }
                i = j;
                if (i + 1 < n) {
                    char after = text.charAt(i + 1);
                    if (after != ',' && after != '\n' && after != '\r') {
                        return new QuoteFault(false, recordLine, line, field);
                    }
                }
                fieldStart = false;
                recordEmpty = false;
                continue;
            }
            if (c == ',') {
                if (recordEmpty) {
                    recordLine = line;
                }
                field++;
                fieldStart = true;
                recordEmpty = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                field = 0;
                fieldStart = true;
                recordEmpty = true;
            } else {
                if (recordEmpty) {
                    recordLine = line;
                }
                fieldStart = false;
                recordEmpty = false;
            }
        }
        return null;
    }
}
