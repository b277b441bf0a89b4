package org.supracluster.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.ui.I18n;
import org.supracluster.ui.RecordingNotices;

/** An error nothing in the window caught: logged in the user's folder (a temporary one here) and told once. */
class CrashReporterTest {

    @TempDir
    Path home;
    private String before;

    @BeforeEach
    void ownUserFolder() {
        before = System.getProperty("supracluster.home");
        System.setProperty("supracluster.home", home.toString());
        I18n.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("supracluster.home");
        } else {
            System.setProperty("supracluster.home", before);
        }
    }

    @Test
    void theTraceGoesToTheLogAndTheUserGetsASentence() throws IOException {
        RecordingNotices notices = new RecordingNotices();
        AtomicLong now = new AtomicLong(1_000_000);
        CrashReporter reporter = new CrashReporter(notices, "9.9", now::get);
        reporter.uncaughtException(Thread.currentThread(), new IllegalStateException("no camera yet"));
        Path log = home.resolve("error.log");
        String written = Files.readString(log);
        assertTrue(written.contains(" 9.9\njava.lang.IllegalStateException: no camera yet"), written);
        assertTrue(written.contains("\tat org.supracluster.ui.explorer.CrashReporterTest"), "with its stack trace");
        assertEquals(1, notices.told().size());
        RecordingNotices.Told told = notices.told().get(0);
        assertEquals(RecordingNotices.Kind.ERROR, told.kind());
        assertEquals("Something went wrong in the window", told.header());
        assertTrue(told.text().startsWith("An unexpected error happened (IllegalStateException: no camera yet). "
                + "Your stored data is safe"), told.text());
        assertTrue(told.text().contains("The details are in " + log + ";"), told.text());
    }

    @Test
    void anErrorRepeatedEveryFrameOpensOneDialogAMinuteButIsAlwaysLogged() throws IOException {
        RecordingNotices notices = new RecordingNotices();
        AtomicLong now = new AtomicLong(0);
        CrashReporter reporter = new CrashReporter(notices, "9.9", now::get);
        for (int frame = 0; frame < 5; frame++) {
            now.addAndGet(16);
            reporter.uncaughtException(Thread.currentThread(), new ArithmeticException("/ by zero"));
        }
        assertEquals(1, notices.told().size());
        now.addAndGet(CrashReporter.QUIET_MILLIS);
        reporter.uncaughtException(Thread.currentThread(), new ArithmeticException("/ by zero"));
        assertEquals(2, notices.told().size(), "a minute later it is told again");
        String written = Files.readString(home.resolve("error.log"));
        assertEquals(6, written.split("java.lang.ArithmeticException", -1).length - 1);
    }
}
