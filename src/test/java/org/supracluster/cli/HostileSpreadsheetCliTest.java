package org.supracluster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.supracluster.store.DbSnapshot;

/**
 * Hostile spreadsheets through the import command, as a user would meet them: exit 1, one plain
 * sentence naming the file, no stack trace, the database exactly as it was. The files are the
 * ones the fuzz corpus replays (XlsxFuzzCorpus writes them; the 1 GiB bomb is a 1 MB file).
 */
class HostileSpreadsheetCliTest extends CommandTest {

    private static final Path CORPUS = Path.of("src", "test", "resources", "org", "supracluster", "ingest",
            "XlsxFuzzTestInputs", "xlsx");


    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "doctype-external-file-in-xl-worksheets-sheet1-xml | DOCTYPE",
        "doctype-billion-laughs-in-xl-sharedStrings-xml | DOCTYPE",
        "bomb-sheet-1gib | MB",
        "truncated-at-1543 | ",
        "not-zip-csv | not an .xlsx workbook",
        "old-biff8-xls | save it as .xlsx",
        "encrypted-agile | password",
    })
    void aHostileWorkbookIsRefusedPlainlyAndStoresNothing(String input, String fragment) throws Exception {
        Path db = dir.resolve("study.db");
        Path firms = Files.writeString(dir.resolve("firms.csv"), "name,region\n가람전자,경기\n");
        assertEquals(0, run("import", "--db", db.toString(), firms.toString()), err);
        String before = DbSnapshot.of(db);
        Path file = Files.copy(CORPUS.resolve(input), dir.resolve("members.xlsx"));
        assertEquals(1, run("import", "--db", db.toString(), file.toString()), out + err);
        assertTrue(err.startsWith("error: members.xlsx"), err);
        if (fragment != null) {
            assertTrue(err.contains(fragment), err);
        }
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        assertTrue(err.contains("Nothing was stored"), err);
        assertEquals(before, DbSnapshot.of(db));
    }
}
