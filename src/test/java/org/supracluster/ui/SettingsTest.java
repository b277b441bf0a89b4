package org.supracluster.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window remembers between runs, in a file of a temporary folder. */
class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void whatIsSavedIsReadByTheNextRun() {
        Path file = dir.resolve("sub").resolve("settings.properties");
        Settings first = Settings.file(file);
        first.set(Settings.LANGUAGE, "ko");
        first.setNumbers(Settings.WINDOW, 10, 20, 1600, 1000);
        first.set(Settings.LAST_FOLDER, "/데이터/반도체");
        first.save();
        Settings next = Settings.file(file);
        assertEquals(Optional.of("ko"), next.get(Settings.LANGUAGE));
        assertArrayEquals(new double[] {10, 20, 1600, 1000}, next.numbers(Settings.WINDOW).orElseThrow());
        assertEquals(Optional.of("/데이터/반도체"), next.get(Settings.LAST_FOLDER), "Hangul survives the file");
        assertTrue(Files.notExists(file.resolveSibling("settings.properties.tmp")));
    }

    @Test
    void aMissingOrDamagedFileIsNoSettings() throws IOException {
        assertEquals(Optional.empty(), Settings.file(dir.resolve("none.properties")).get(Settings.LANGUAGE));
        Path bad = Files.writeString(dir.resolve("bad.properties"), "window=1,zwei,3\nlanguage=\\uZZZZ\n");
        Settings s = Settings.file(bad);
        assertEquals(Optional.empty(), s.numbers(Settings.WINDOW));
        assertEquals(Optional.empty(), s.get(Settings.LANGUAGE));
    }

    @Test
    void anUnwritableFolderOnlyMeansNothingIsRemembered() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "");
        Settings s = Settings.file(notAFolder.resolve("settings.properties"));
        s.set(Settings.LANGUAGE, "en");
        s.save(); // logs, does not throw
        assertEquals(Optional.of("en"), s.get(Settings.LANGUAGE));
    }
}
