package org.supracluster.ingest;

import static org.supracluster.ingest.XlsxCells.clip;
import static org.supracluster.ingest.XlsxCells.name;

/**
 * What a sheet's cells tell the user besides their values: error values such as {@code #N/A}
 * (read as empty), formulas saved without a value (read as empty) and values that do not fit their
 * cell type (kept as written). Each kind is counted with its first cell and row, so that the import
 * reports one warning per kind rather than one per cell.
 */
final class XlsxSheetWarnings {

    private final String file;
    private final ImportReport report;
    private long formulasWithoutValue;
    private String firstFormulaWithoutValue;
    private long errors;
    private String firstError;
    private long odd;
    private String firstOdd;
    private long errorRow;
    private long formulaRow;
    private long oddRow;

    XlsxSheetWarnings(String file, ImportReport report) {
        this.file = file;
        this.report = report;
    }

    /** An error value such as {@code #N/A}: counted for the warning, read as empty. */
    String error(String v, long line, int column) {
        if (v != null && !v.isBlank()) {
            errors++;
            if (firstError == null) {
                firstError = name(column, line) + " (" + clip(v.strip()) + ")";
                errorRow = line;
            }
        }
        return "";
    }

    /** A cell without a value: read as empty; counted when it has a formula (saved without its value). */
    String withoutValue(boolean formula, long line, int column) {
        if (formula) {
            formulasWithoutValue++;
            if (firstFormulaWithoutValue == null) {
                firstFormulaWithoutValue = name(column, line);
                formulaRow = line;
            }
        }
        return "";
    }

    /** A value that does not fit its cell type: counted, kept as written. */
    String odd(String raw, long line, int column) {
        odd++;
        if (firstOdd == null) {
            firstOdd = name(column, line);
            oddRow = line;
        }
        return raw;
    }

    /** One warning for each kind of cell met, naming the first such cell. */
    void tell() {
        if (errors > 0) {
            report.warning(file, errorRow, null, errors + (errors == 1 ? " cell holds" : " cells hold")
                    + " an Excel error value such as #N/A (the first is " + firstError + "); "
                    + (errors == 1 ? "it reads" : "they read") + " as empty.");
        }
        if (formulasWithoutValue > 0) {
            report.warning(file, formulaRow, null, formulasWithoutValue + (formulasWithoutValue == 1
                    ? " formula has" : " formulas have") + " no saved value (the first is in cell "
                    + firstFormulaWithoutValue + "), so " + (formulasWithoutValue == 1 ? "it reads" : "they read")
                    + " as empty: open the file in Excel and save it again to store the values.");
        }
        if (odd > 0) {
            report.warning(file, oddRow, null, odd + (odd == 1 ? " cell holds" : " cells hold")
                    + " a value that does not fit its cell type (the first is " + firstOdd + "); "
                    + (odd == 1 ? "it was" : "they were") + " kept as written.");
        }
    }
}
