package org.supracluster.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The window's classes stay small enough to read and change: none over 400 lines, the explorer's
 * composition under 300 (it only wires; what a feature does lives in the feature). Counted on the
 * sources, which the build runs beside.
 */
class UiClassSizeTest {

    private static final Path UI = Path.of("src/main/java/org/supracluster/ui");

    private static long lines(Path file) {
        try (Stream<String> s = Files.lines(file)) {
            return s.count();
        } catch (IOException e) {
            throw new IllegalStateException(file + ": " + e, e);
        }
    }

    @Test
    void noClassInTheWindowIsOver400Lines() throws IOException {
        try (Stream<Path> files = Files.walk(UI)) {
            List<String> over = files.filter(p -> p.toString().endsWith(".java")).filter(p -> lines(p) > 400)
                    .map(p -> UI.relativize(p) + " (" + lines(p) + ")").sorted().toList();
            assertEquals(List.of(), over, "split what does several jobs");
        }
    }

    @Test
    void theExplorerViewOnlyWires() {
        long n = lines(UI.resolve("explorer/ExplorerView.java"));
        assertTrue(n < 300, "ExplorerView has " + n + " lines; move what is not wiring into its feature");
    }
}
