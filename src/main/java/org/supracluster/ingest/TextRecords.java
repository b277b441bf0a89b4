package org.supracluster.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.supracluster.model.Message;

/**
 * The records of a CSV text, read with FastCSV: the first record with a value is the header;
 * blank lines, and records whose cells are all empty (what a spreadsheet writes for an empty
 * row), are skipped. Structural faults become report errors naming the line and, where there is
 * one, the column: a record with more or fewer fields than the header, a quoted field never
 * closed, text after a closing quote.
 *
 * <p>Quote faults are found by {@link QuoteFault}'s scan of the text, which follows FastCSV's rules
 * (a field is quoted only when its first character is a quote; inside it {@code ""} is a quote; a
 * quote elsewhere is ordinary text), so the report names the line where the faulty field starts,
 * not wherever the parser happened to stop.
 */
final class TextRecords implements RecordSource {

    private final String fileName;
    private final String text;
    private final ImportReport report;
    /** The first quote fault, scanned for on first use (never, for a text without quotes). */
    private QuoteFault fault;
    private boolean scanned;
    /** Records read up to and including the header (blank ones before it included). */
    private int skippedBeforeHeader;

    TextRecords(String fileName, String text, ImportReport report) {
        this.fileName = fileName;
        this.text = bareCrAsLf(text);
        this.report = report;
    }

    @Override
    public RecordSource reportingTo(ImportReport other) {
        return new TextRecords(fileName, text, other);
    }

    private QuoteFault fault() {
        if (!scanned) {
            fault = QuoteFault.first(text);
            scanned = true;
        }
        return fault;
    }

    /**
     * The text with every CR that is not followed by LF turned into LF. Both are one line break,
     * so line numbers stay as they were; and FastCSV 3.4 mishandles a quoted field that holds a
     * bare CR and ends its row (the field is lost and the next row joins this one), which this
     * sidesteps. CRLF is left alone.
     */
    private static String bareCrAsLf(String text) {
        int n = text.length();
        int bare = -1;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', cr + 1)) {
            if (cr + 1 == n || text.charAt(cr + 1) != '\n') {
                bare = cr;
                break;
            }
        }
        if (bare < 0) {
            return text;
        }
        char[] c = text.toCharArray();
        for (int i = bare; i < n; i++) {
            if (c[i] == '\r' && (i + 1 == n || c[i + 1] != '\n')) {
                c[i] = '\n';
            }
        }
        return new String(c);
    }

    private CsvReader<CsvRecord> reader() {
        return CsvReader.builder().extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE).skipEmptyLines(true).ofCsvRecord(text);
    }

    @Override
    public Optional<HeaderRow> header() {
        long headerLine = 1;
        try (CsvReader<CsvRecord> r = reader()) {
            var it = r.iterator();
            CsvRecord h = null;
            while (it.hasNext() && h == null) {
                CsvRecord rec = it.next();
                if (!allBlank(rec) || (fault() != null && fault().recordLine() == rec.getStartingLineNumber())) {
                    h = rec;
                }
                skippedBeforeHeader++;
            }
            if (h == null) {
                report.error(fileName, 0, null, Message.of("ingest.csv.empty"));
                return Optional.empty();
            }
            headerLine = h.getStartingLineNumber();
            if (fault() != null && fault().recordLine() == headerLine) {
                fault().report(report, fileName, List.of());
                return Optional.empty();
            }
            return Optional.of(new HeaderRow(headerLine, h.getFields()));
        } catch (CsvParseException e) {
            if (fault() != null) {
                fault().report(report, fileName, List.of());
            } else {
                report.error(fileName, headerLine, null, Message.of("ingest.csv.headerNotCsv"));
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long forEach(List<String> header, RecordSink sink) {
        long count = 0;
        boolean faultReported = false;
        QuoteFault fault = fault();
        try (CsvReader<CsvRecord> r = reader()) {
            var it = r.iterator();
            for (int i = 0; i < skippedBeforeHeader; i++) {
                it.next();
            }
            while (it.hasNext()) {
                CsvRecord rec = it.next();
                long line = rec.getStartingLineNumber();
                if (fault != null && fault.recordLine() == line) {
                    // The record runs from an unclosed quote to the end of the file: its fields mean nothing.
                    count++;
                    fault.report(report, fileName, header);
                    faultReported = true;
                    break;
                }
                if (allBlank(rec)) {
                    continue;
                }
                count++;
                if (rec.getFieldCount() != header.size()) {
                    ragged(rec, line, header);
                    continue;
                }
                sink.accept(line, rec.getFields());
            }
        } catch (CsvParseException e) {
            if (fault != null) {
                count++;
                fault.report(report, fileName, header);
            } else {
                report.error(fileName, 0, null, Message.of("ingest.csv.notCsvAfter", Long.toString(count)));
            }
            faultReported = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (fault != null && !faultReported) {
            fault.report(report, fileName, header);
        }
        return count;
    }

    private void ragged(CsvRecord rec, long line, List<String> header) {
        boolean few = rec.getFieldCount() < header.size();
        String fields = Integer.toString(rec.getFieldCount());
        String columns = Integer.toString(header.size());
        report.error(fileName, line, few ? header.get(rec.getFieldCount()).strip() : null, few
                ? Message.of("ingest.csv.tooFewFields", fields, columns,
                        Message.quoted(header.get(rec.getFieldCount()).strip()))
                : Message.of("ingest.csv.tooManyFields", fields, columns));
    }

    private static boolean allBlank(CsvRecord rec) {
        for (int i = 0; i < rec.getFieldCount(); i++) {
            if (!rec.getField(i).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
