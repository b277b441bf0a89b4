package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sheet's rows read as a CSV file's: header, blank rows, short rows and values beyond the header. */
class SheetRecordsTest {

    private final ImportReport report = new ImportReport();

    @Test
    void columnLettersAsASpreadsheetShowsThem() {
        assertEquals("A", SheetRecords.columnLetters(0));
        assertEquals("Z", SheetRecords.columnLetters(25));
        assertEquals("AA", SheetRecords.columnLetters(26));
        assertEquals("ZZ", SheetRecords.columnLetters(701));
        assertEquals("AAA", SheetRecords.columnLetters(702));
    }

    @Test
    void theFirstRowWithAValueIsTheHeaderWithoutItsTrailingEmptyCells() {
        SheetRecords s = new SheetRecords("firms.xlsx", List.of(new SheetRow(1, List.of("", " ")),
                new SheetRow(3, List.of("id", "name", "", " "))), report);
        RecordSource.HeaderRow h = s.header().orElseThrow();
        assertEquals(3, h.line());
        assertEquals(List.of("id", "name"), h.cells());
    }

    @Test
    void blankRowsAreSkippedAndShortRowsPadded() {
        SheetRecords s = new SheetRecords("firms.xlsx", List.of(new SheetRow(1, List.of("id", "name")),
                new SheetRow(2, List.of("f1")), new SheetRow(3, List.of(" ", "")), new SheetRow(5, List.of("f2", "b", ""))),
                report);
        s.header();
        List<String> seen = new ArrayList<>();
        long count = s.forEach(List.of("id", "name"), (line, fields) -> seen.add(line + ":" + fields));
        assertEquals(2, count);
        assertEquals(List.of("2:[f1, ]", "5:[f2, b]"), seen);
        assertTrue(report.errors().isEmpty());
    }

    @Test
    void aValueRightOfTheLastHeaderColumnIsAnErrorNamingBothColumns() {
        SheetRecords s = new SheetRecords("firms.xlsx", List.of(new SheetRow(1, List.of("id", "name")),
                new SheetRow(2, List.of("f1", "a", "", "x"))), report);
        s.header();
        List<String> seen = new ArrayList<>();
        assertEquals(1, s.forEach(List.of("id", "name"), (line, fields) -> seen.add(line + ":" + fields)));
        assertEquals(List.of(), seen);
        assertEquals("error: firms.xlsx, line 2: this row has a value in column D, right of the last header column "
                + "(B); give that column a header or clear the cell.", report.errors().get(0).toString());
    }

    @Test
    void anEmptySheetHasNoHeader() {
        assertTrue(new SheetRecords("firms.xlsx", List.of(new SheetRow(1, List.of(""))), report).header().isEmpty());
        assertEquals("error: firms.xlsx: the sheet is empty: a header row is required.",
                report.errors().get(0).toString());
    }
}
