package org.supracluster.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.model.Progress;
import org.supracluster.model.TestProgress;

/** Writing beside and moving into place: whole files or the old one, with the folder's usual permissions. */
class FilesAsideTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheWholeFileAndLeavesNothingBeside() throws IOException {
        Path target = dir.resolve("sub/report.html");
        Path written = FilesAside.writeText(target, w -> w.write("안녕 report"));
        assertEquals(target.toAbsolutePath(), written);
        assertEquals("안녕 report", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("sub"), names());
        try (var s = Files.list(target.getParent())) {
            assertEquals(List.of("report.html"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aFailingWriteKeepsTheOldFile() throws IOException {
        Path target = dir.resolve("t.csv");
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> FilesAside.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("t.csv"), names());
    }

    @Test
    void aStoppedWriteKeepsTheOldFile() throws IOException {
        Path target = dir.resolve("t.svg");
        Files.writeString(target, "old");
        assertThrows(CancellationException.class, () -> FilesAside.write(target,
                out -> out.write(1), TestProgress.cancelledWhen(() -> true)));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("t.svg"), names());
    }

    @Test
    void theFileGetsTheFolderUsualPermissionsNotOwnerOnly() throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return; // Windows: no POSIX permissions to compare
        }
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path target = FilesAside.writeText(dir.resolve("export.csv"), w -> w.write("x"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target),
                "as any file the user creates there (createTempFile would make it owner-only)");
        assertTrue(Files.getPosixFilePermissions(plain).size() > 0);
    }

    @Test
    void severalFilesAreWrittenAllOrNone() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Files.writeString(a, "old a");
        java.util.Map<Path, FilesAside.Into> files = new java.util.LinkedHashMap<>();
        files.put(a, beside -> Files.writeString(beside, "new a"));
        files.put(b, beside -> {
            throw new IOException("disk full");
        });
        IOException e = assertThrows(IOException.class, () -> FilesAside.writeAll(files, Progress.NONE));
        assertTrue(e.getMessage().contains("b.csv") && e.getMessage().contains("disk full"), e.getMessage());
        assertEquals("old a", Files.readString(a), "a is not replaced when b cannot be written");
        assertEquals(List.of("a.csv"), names());

        files.put(b, beside -> Files.writeString(beside, "new b"));
        assertThrows(CancellationException.class,
                () -> FilesAside.writeAll(files, TestProgress.cancelledWhen(() -> true)));
        assertEquals("old a", Files.readString(a), "nor when stopped");
        assertEquals(List.of("a.csv"), names());

        assertEquals(List.of(a, b), FilesAside.writeAll(files, Progress.NONE));
        assertEquals("new a", Files.readString(a));
        assertEquals("new b", Files.readString(b));
        assertEquals(List.of("a.csv", "b.csv"), names());
    }
}
