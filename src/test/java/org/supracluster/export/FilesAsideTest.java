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
                out -> out.write(1), () -> true));
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
}
