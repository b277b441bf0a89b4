package org.supracluster.ui.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The README's worked example ({@code data/example}: invented member firms, their patent records
 * with name variants, CP949 trade records by registration number), copied into a test's folder so
 * that no test touches the project's copy.
 */
final class ExampleFiles {

    static final String MEMBERS = "회원사 명단.xlsx";
    static final String ALIASES = "aliases.csv";
    static final String PATENTS = "patents.csv";
    static final String TRADES = "거래내역.csv";

    private ExampleFiles() {
    }

    /** The four files copied into {@code dir}/example, in the order above. */
    static List<Path> copy(Path dir) {
        try {
            Path to = Files.createDirectories(dir.resolve("example"));
            Path from = Path.of("data", "example");
            return List.of(MEMBERS, ALIASES, PATENTS, TRADES).stream().map(name -> {
                try {
                    return Files.copy(from.resolve(name), to.resolve(name));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
