package org.supracluster.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent database files: order, no duplicates, the cap, missing files, and the saved list. */
class RecentFilesTest {

    @TempDir
    Path dir;

    private Path db(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "x");
    }

    @Test
    void theLastOpenedComesFirstAndAFileIsListedOnce() throws IOException {
        RecentFiles recent = new RecentFiles(RecentFilesStore.inMemory());
        Path a = db("a.db");
        Path b = db("b.db");
        recent.add(a);
        recent.add(b);
        assertEquals(List.of(b, a), recent.files());
        // Another spelling of the same file moves it up instead of listing it twice.
        recent.add(dir.resolve("sub").resolve("..").resolve("a.db"));
        assertEquals(List.of(a, b), recent.files());
    }

    @Test
    void atMostEightFilesAreKeptAndTheOldestGo() throws IOException {
        RecentFiles recent = new RecentFiles(RecentFilesStore.inMemory());
        List<Path> added = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            Path p = db("db" + i + ".db");
            added.add(p);
            recent.add(p);
        }
        assertEquals(RecentFiles.MAX, recent.files().size());
        assertEquals(added.get(9), recent.files().get(0));
        assertEquals(added.get(2), recent.files().get(7));
        assertFalse(recent.files().contains(added.get(0)));
        assertFalse(recent.files().contains(added.get(1)));
    }

    @Test
    void aFileThatWentMissingStaysListedButIsNotAvailable() throws IOException {
        RecentFiles recent = new RecentFiles(RecentFilesStore.inMemory());
        Path a = db("a.db");
        Path b = db("b.db");
        recent.add(a);
        recent.add(b);
        Files.delete(a);
        assertEquals(List.of(b, a), recent.files());
        assertFalse(recent.isAvailable(a));
        assertTrue(recent.isAvailable(b));
        recent.remove(a);
        assertEquals(List.of(b), recent.files());
    }

    @Test
    void theListSurvivesARestartThroughTheFileStore() throws IOException {
        Path list = dir.resolve("home").resolve("recent-databases.txt");
        Path a = db("가나 데이터.db"); // Hangul and a space in the name: the list is UTF-8, one path a line
        Path b = db("b.db");
        RecentFiles first = new RecentFiles(RecentFilesStore.file(list));
        first.add(a);
        first.add(b);
        assertTrue(Files.isRegularFile(list), "saved at once, its folder created");
        RecentFiles again = new RecentFiles(RecentFilesStore.file(list));
        assertEquals(List.of(b, a), again.files());
        again.clear();
        assertEquals(List.of(), new RecentFiles(RecentFilesStore.file(list)).files());
    }

    @Test
    void aHandEditedListIsCleanedWhenRead() throws IOException {
        Path list = dir.resolve("recent.txt");
        Path a = db("a.db");
        List<String> lines = new ArrayList<>(List.of(a.toString(), "", a.toString()));
        for (int i = 0; i < 12; i++) {
            lines.add(dir.resolve("gone" + i + ".db").toString());
        }
        Files.write(list, lines, StandardCharsets.UTF_8);
        RecentFiles recent = new RecentFiles(RecentFilesStore.file(list));
        assertEquals(RecentFiles.MAX, recent.files().size());
        assertEquals(a, recent.files().get(0));
        assertEquals(1, recent.files().stream().filter(a::equals).count());
    }

    @Test
    void aFreshMachineHasAnEmptyListAndAnUnwritableFolderNeverThrows() throws IOException {
        Path nowhere = dir.resolve("none").resolve("recent.txt");
        assertEquals(List.of(), RecentFilesStore.file(nowhere).load());
        // The list's "folder" is a file: saving cannot create it, and must only log.
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        RecentFiles recent = new RecentFiles(RecentFilesStore.file(blocker.resolve("recent.txt")));
        Path a = db("a.db");
        recent.add(a);
        assertEquals(List.of(a), recent.files(), "the list still works for this run");
        assertEquals(List.of(), RecentFilesStore.file(blocker.resolve("recent.txt")).load());
    }
}
