package org.supracluster.ui.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.model.Progress;
import org.supracluster.model.TestProgress;

/** The CSV and clipboard text of a table, from hand-made rows (no window). */
class TableCsvTest {

    @TempDir
    Path dir;

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    /** Every awkward cell the issue names, one row each: a text and a number. */
    private static TableSnapshot awkward() {
        return new TableSnapshot(List.of("Name", "Value"), List.of(
                row("=SUM(A1)", 1L),
                row("+82", 2.5),
                row("-3", -3.0),
                row("@x", Double.NaN),
                row("\tcell", null),
                row("\rcell", 1234567.125),
                row("반도체 협력망 (수도권)", 0.1 + 0.2),
                row("a, \"b\"", 1e-7),
                row("'=already", 12345678901234.0)));
    }

    private static List<List<String>> read(Path file) throws IOException {
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(file)) {
            return r.stream().map(CsvRecord::getFields).toList();
        }
    }

    @Test
    void theFileStartsWithTheBomThenTheHeaderAndEndsLinesWithCrLf() throws IOException {
        Path file = dir.resolve("t.csv");
        TableCsv.write(new TableSnapshot(List.of("Cluster", "Firms"), List.of(row("수도권", 3L), row("호남권", 1L))),
                file, Progress.NONE);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 BOM first");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("Cluster,Firms\r\n수도권,3\r\n호남권,1\r\n", text);
    }

    @Test
    void textThatASpreadsheetWouldRunIsNeutralisedButNumbersAreNot() throws IOException {
        Path file = dir.resolve("awkward.csv");
        TableCsv.write(awkward(), file, Progress.NONE);
        // Read back with the BOM dropped, as Excel does, through a real CSV reader.
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        Path noBom = Files.writeString(dir.resolve("plain.csv"), text.substring(1));
        List<List<String>> rows = read(noBom);
        assertEquals(List.of("Name", "Value"), rows.get(0));
        assertEquals(List.of("'=SUM(A1)", "1"), rows.get(1));
        assertEquals(List.of("'+82", "2.5"), rows.get(2));
        assertEquals(List.of("'-3", "-3"), rows.get(3), "the text -3 is neutralised, the number -3.0 is not");
        assertEquals(List.of("'@x", ""), rows.get(4), "NaN is an empty cell");
        assertEquals(List.of("'\tcell", ""), rows.get(5), "a leading tab; null is an empty cell");
        assertEquals(List.of("'\rcell", "1234567.125"), rows.get(6), "a leading CR; no grouping");
        assertEquals(List.of("반도체 협력망 (수도권)", "0.30000000000000004"), rows.get(7), "Hangul intact, full precision");
        assertEquals(List.of("a, \"b\"", "0.0000001"), rows.get(8), "comma and quotes survive; no exponent");
        assertEquals(List.of("''=already", "12345678901234"), rows.get(9));
        assertEquals(10, rows.size());
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        String tsv = TableCsv.tabSeparated(new TableSnapshot(List.of("a", "b"), List.of(row("x\ty", "say \"hi\""))));
        assertEquals("a\tb\r\n\"x\ty\"\t\"say \"\"hi\"\"\"\r\n", tsv);
        Path file = dir.resolve("q.csv");
        try {
            TableCsv.write(new TableSnapshot(List.of("a"), List.of(row("one, two"), row("line\nbreak"))), file,
                    Progress.NONE);
            String text = Files.readString(file).substring(1);
            assertEquals("a\r\n\"one, two\"\r\n\"line\nbreak\"\r\n", text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void cellsAreWrittenAsTheyWillBeRead() {
        assertEquals("-3", TableCsv.cell(-3.0));
        assertEquals("'-3", TableCsv.cell("-3"));
        assertEquals("0", TableCsv.cell(-0.0));
        assertEquals("0.1", TableCsv.cell(0.1f), "a float through its own shortest text");
        assertEquals("", TableCsv.cell(Double.POSITIVE_INFINITY));
        assertEquals("100000000000000000000", TableCsv.cell(1e20));
        assertEquals("42", TableCsv.cell(42));
        assertEquals("plain", TableCsv.cell("plain"));
    }

    @Test
    void theClipboardTextIsTabSeparatedWithTheHeaderAndNeutralised() {
        String tsv = TableCsv.tabSeparated(new TableSnapshot(List.of("Firm", "Degree"),
                List.of(row("=cmd", 4L), row("가람", 0.25))));
        assertEquals("Firm\tDegree\r\n'=cmd\t4\r\n가람\t0.25\r\n", tsv);
        assertFalse(tsv.startsWith("\uFEFF"), "no BOM in pasted text");
    }

    @Test
    void aStoppedWriteLeavesTheOldFileAndNoLeftovers() throws IOException {
        Path file = Files.writeString(dir.resolve("old.csv"), "old");
        List<List<Object>> many = new ArrayList<>();
        for (int i = 0; i < 5 * TableCsv.ROWS_PER_STOP_CHECK; i++) {
            many.add(row("firm " + i, (long) i));
        }
        TableSnapshot big = new TableSnapshot(List.of("name", "n"), many);
        assertThrows(CancellationException.class,
                () -> TableCsv.write(big, file, TestProgress.cancelledWhen(() -> true)));
        assertEquals("old", Files.readString(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "the file beside it is gone");
        }
        TableCsv.write(big, file, Progress.NONE);
        assertEquals(1 + many.size(), Files.readAllLines(file).size(), "written in full when not stopped");
    }

    @Test
    void theFileGetsTheFoldersUsualPermissionsNotATemporaryFilesOwnerOnlyOnes() throws IOException {
        Path file = dir.resolve("shared.csv");
        TableCsv.write(awkward(), file, Progress.NONE);
        Path usual = Files.createFile(dir.resolve("usual.txt"));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(file));
        }
    }

    @Test
    void aFolderOfTheChosenNameIsNeverReplaced() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("clusters.csv"));
        TableCsv.FolderInTheWay e = assertThrows(TableCsv.FolderInTheWay.class,
                () -> TableCsv.write(awkward(), folder, Progress.NONE));
        assertEquals(folder.toAbsolutePath(), e.folder());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void rowsMustMatchTheHeader() {
        assertThrows(IllegalArgumentException.class,
                () -> new TableSnapshot(List.of("a", "b"), List.of(row("only one"))));
    }
}
