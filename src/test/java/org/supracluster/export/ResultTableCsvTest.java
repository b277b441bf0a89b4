package org.supracluster.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analysis tables as CSV: formula-safe text, numbers as numbers, written beside and moved in. */
class ResultTableCsvTest {

    @TempDir
    Path dir;

    @Test
    void textThatCouldRunAsAFormulaIsNeutralisedAndNegativeNumbersStayNumbers() throws Exception {
        Path file = dir.resolve("firms.csv");
        Files.writeString(file, "old table\n");
        new ResultTable("firms", "firm", "z", "degree")
                .row("=HYPERLINK(\"x\")", -0.5, 3)
                .row("@home", Double.NaN, -2)
                .row("수원 장비", 1.25, 0)
                .writeCsv(file);
        assertEquals(List.of("\uFEFFfirm,z,degree", "\"'=HYPERLINK(\"\"x\"\")\",-0.5,3", "'@home,,-2",
                "수원 장비,1.25,0"), Files.readAllLines(file, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("firms.csv"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void headerCellsAreNeutralisedTooForAMatrixOfClusterNames() throws Exception {
        Path file = dir.resolve("matrix_trade.csv");
        new ResultTable("matrix_trade", "supplier cluster → customer", "=cmd|' /C calc'!A0", "수도권")
                .row("수도권", 1, 2)
                .writeCsv(file);
        assertEquals("\uFEFFsupplier cluster → customer,'=cmd|' /C calc'!A0,수도권",
                Files.readAllLines(file, StandardCharsets.UTF_8).get(0));
    }
}
