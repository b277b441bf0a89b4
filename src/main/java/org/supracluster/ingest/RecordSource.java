package org.supracluster.ingest;

import java.util.List;
import java.util.Optional;

/**
 * Where a table's records come from, for {@link CsvRows}: a CSV text ({@link TextRecords}) or a
 * spreadsheet's sheet ({@link SheetRecords}). Each finds its header row, skips blank records and
 * reports the faults of its own form, naming the line.
 */
interface RecordSource {

    /** A header row: its line and its cells. */
    record HeaderRow(long line, List<String> cells) { }

    /** Takes one data record: its first line and its fields, one per header column. */
    @FunctionalInterface
    interface RecordSink {
        void accept(long line, List<String> fields);
    }

    /** The header row: the first record with a value; empty, with the error reported, when there is none. */
    Optional<HeaderRow> header();

    /**
     * Hands every data record after the header to {@code sink}; records that do not fit the
     * header are reported and skipped. Call after {@link #header}. Returns the data records seen
     * (blank ones not counted, faulty ones counted).
     *
     * @param header the header's column names as written, for the messages
     */
    long forEach(List<String> header, RecordSink sink);

    /** The same records read afresh, reporting to {@code other} (a preview's quiet report). */
    RecordSource reportingTo(ImportReport other);
}
