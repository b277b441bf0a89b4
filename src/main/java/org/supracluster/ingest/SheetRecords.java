package org.supracluster.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.supracluster.model.Message;

/**
 * The rows of a spreadsheet's sheet, read as a CSV file's would be: the first row with a value is
 * the header, blank rows are skipped, a row's line is its sheet row number. A row shorter than
 * the header is padded with empty cells; a value right of the last header column is an error.
 */
final class SheetRecords implements RecordSource {

    private final String fileName;
    private final List<SheetRow> rows;
    private final ImportReport report;
    /** Rows read up to and including the header (blank ones before it included). */
    private int skippedBeforeHeader;

    SheetRecords(String fileName, List<SheetRow> rows, ImportReport report) {
        this.fileName = fileName;
        this.rows = List.copyOf(rows);
        this.report = report;
    }

    @Override
    public RecordSource reportingTo(ImportReport other) {
        return new SheetRecords(fileName, rows, other);
    }

    @Override
    public Optional<HeaderRow> header() {
        for (SheetRow row : rows) {
            skippedBeforeHeader++;
            List<String> cells = row.cells();
            if (!allBlank(cells)) {
                int last = cells.size();
                while (last > 0 && cells.get(last - 1).isBlank()) {
                    last--; // a sheet's header row may end in formatted but empty cells
                }
                return Optional.of(new HeaderRow(row.line(), cells.subList(0, last)));
            }
        }
        report.error(fileName, 0, null, Message.of("ingest.sheet.empty"));
        return Optional.empty();
    }

    @Override
    public long forEach(List<String> header, RecordSink sink) {
        long count = 0;
        for (SheetRow row : rows.subList(skippedBeforeHeader, rows.size())) {
            List<String> cells = row.cells();
            if (allBlank(cells)) {
                continue;
            }
            count++;
            int beyond = -1;
            for (int i = header.size(); i < cells.size(); i++) {
                if (!cells.get(i).isBlank()) {
                    beyond = i;
                    break;
                }
            }
            if (beyond >= 0) {
                report.error(fileName, row.line(), null, Message.of("ingest.sheet.valueBeyondHeader",
                        columnLetters(beyond), columnLetters(header.size() - 1)));
                continue;
            }
            List<String> fields = new ArrayList<>(header.size());
            for (int i = 0; i < header.size(); i++) {
                fields.add(i < cells.size() ? cells.get(i) : "");
            }
            sink.accept(row.line(), fields);
        }
        return count;
    }

    /** A column's letters as a spreadsheet shows them: 0 is A, 25 Z, 26 AA. */
    static String columnLetters(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }

    private static boolean allBlank(List<String> cells) {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
