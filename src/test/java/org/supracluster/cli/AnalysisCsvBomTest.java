package org.supracluster.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.store.Database;
import org.supracluster.store.NetworkStore;

/**
 * Every table of {@code analyze --out} starts with the UTF-8 byte order mark, so Excel on Korean
 * Windows opens the Hangul right; and the program's own importer still reads such a file.
 */
class AnalysisCsvBomTest {

    @TempDir
    Path dir;

    private String err;

    private int run(String... args) {
        StringWriter e = new StringWriter();
        int code = SuperclusterCli.run(args, new PrintWriter(new StringWriter()), new PrintWriter(e));
        err = e.toString();
        return code;
    }

    @Test
    void everyTableHasTheBomAndTheFirmsTableImportsBack() throws Exception {
        Path db = dir.resolve("sample.db");
        assertEquals(0, run("sample", "--db", db.toString()), err);
        Path out = dir.resolve("tables");
        assertEquals(0, run("analyze", "--db", db.toString(), "--out", out.toString(), "--lang", "ko",
                "--permutations", "10"), err);
        List<Path> csv;
        try (Stream<Path> files = Files.list(out)) {
            csv = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertEquals(10, csv.size(), csv.toString()); // bridges.csv joined the nine
        for (Path p : csv) {
            byte[] head = Arrays.copyOf(Files.readAllBytes(p), 3);
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, head, p + " starts with the BOM");
        }
        // The firms table has id, name, region and segment (in Korean here): an importable firms file.
        Path again = dir.resolve("again.db");
        assertEquals(0, run("import", "--db", again.toString(), out.resolve("firms.csv").toString()), err);
        int before;
        int after;
        try (Database a = Database.open(db); Database b = Database.open(again)) {
            before = NetworkStore.of(a).load().firmCount();
            after = NetworkStore.of(b).load().firmCount();
            assertTrue(NetworkStore.of(b).load().firmName(0).length() > 0);
        }
        assertEquals(before, after, "every firm read back, the BOM not taken for part of the first column's name");
    }
}
