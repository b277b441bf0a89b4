package org.supracluster.ingest;

import org.supracluster.model.Message;
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
            report.warning(file, errorRow, null, Message.of("ingest.xlsx.errorValues", errors, firstError));
        }
        if (formulasWithoutValue > 0) {
            report.warning(file, formulaRow, null, Message.of("ingest.xlsx.formulasWithoutValue", formulasWithoutValue,
                    firstFormulaWithoutValue));
        }
        if (odd > 0) {
            report.warning(file, oddRow, null, Message.of("ingest.xlsx.oddValues", odd, firstOdd));
        }
    }
}
