package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A cell's text read as a number, and an exported cell's neutralisation undone. */
class CsvCellsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "37.5, 37.5", "-2, -2.0", "+2, 2.0", ".5, 0.5", "5., 5.0", "1e3, 1000.0", "2.5E-1, 0.25",
        "1e+2, 100.0", "0, 0.0", "127.0276, 127.0276",
    })
    void decimalsAsPeopleWriteThem(String text, double value) {
        assertEquals(value, CsvCells.decimal(text));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "-", ".", "+.", "e3", "1e", "1e+", "37.5d", "37.5f", "0x1p3", "NaN", "Infinity",
        "-Infinity", "1e400", " 1", "1 ", "1,5", "1.2.3", "--1", "١٢"})
    void notADecimal(String text) {
        assertNull(CsvCells.decimal(text), "'" + text + "' is not a decimal as a CSV cell holds one");
    }

    @Test
    void neutralisedFormulasLoseOneApostrophe() {
        assertEquals("=SUM(A1)", CsvCells.unneutralise("'=SUM(A1)"));
        assertEquals("+82 2", CsvCells.unneutralise("'+82 2"));
        assertEquals("-1", CsvCells.unneutralise("'-1"));
        assertEquals("@user", CsvCells.unneutralise("'@user"));
        assertEquals("\tx", CsvCells.unneutralise("'\tx"));
        assertEquals("'=x", CsvCells.unneutralise("''=x"), "a cell written with two keeps one");
    }

    @Test
    void otherTextIsLeftAlone() {
        assertEquals("'quoted'", CsvCells.unneutralise("'quoted'"));
        assertEquals("'", CsvCells.unneutralise("'"));
        assertEquals("''", CsvCells.unneutralise("''"));
        assertEquals("=SUM(A1)", CsvCells.unneutralise("=SUM(A1)"));
        assertEquals("", CsvCells.unneutralise(""));
    }
}
