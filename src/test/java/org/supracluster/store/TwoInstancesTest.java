package org.supracluster.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.model.Region;

/**
 * Two programs on one database: readers keep reading while another writes, a second writer waits
 * and then writes (or gets a sentence), a second window learns that the file is open elsewhere and
 * opens it read-only, and a database in a read-only folder opens read-only.
 */
class TwoInstancesTest {

    @TempDir
    Path dir;

    private Path seeded(Path file) {
        try (Database db = Database.open(file)) {
            NetworkStore.of(db).write(List.of(DatabaseTest.firm("A", "a", Region.SEOUL),
                    DatabaseTest.firm("B", "b", Region.BUSAN)), List.of(), DatabaseTest.log(), Map.of());
        }
        return file;
    }

    @Test
    void readersKeepWorkingWhileAnotherProgramWrites() throws Exception {
        Path file = seeded(dir.resolve("shared.db"));
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("INSERT INTO firm(id, name, region, city, lat, lon, segment, employees) "
                    + "SELECT 'C', 'c', region, city, lat, lon, segment, employees FROM firm WHERE id = 'A'");
            // The other program is half-way through its write: both kinds of reader see the data before it.
            try (Database normal = Database.open(file, false, 200); Database readOnly = Database.openReadOnly(file)) {
                assertEquals(2, NetworkStore.of(normal).load().firmCount());
                assertEquals(2, NetworkStore.of(readOnly).load().firmCount());
                s.execute("COMMIT");
                assertEquals(3, NetworkStore.of(normal).load().firmCount());
                assertEquals(3, NetworkStore.of(readOnly).load().firmCount());
            }
        }
    }

    @Test
    void aSecondWriterWaitsForTheFirstAndThenWrites() throws Exception {
        Path file = seeded(dir.resolve("queue.db"));
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = other.createStatement(); Database db = Database.open(file, false, 5000)) {
            s.execute("BEGIN IMMEDIATE");
            Thread finisher = new Thread(() -> {
                try {
                    Thread.sleep(300);
                    s.execute("COMMIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long t0 = System.nanoTime();
            finisher.start();
            NetworkStore.of(db).write(List.of(DatabaseTest.firm("W", "w", Region.DAEGU)), List.of(),
                    DatabaseTest.log(), Map.of());
            long waitedMs = (System.nanoTime() - t0) / 1_000_000;
            finisher.join();
            assertTrue(waitedMs >= 250, "the write went ahead after " + waitedMs + " ms, under the other's lock");
            assertEquals(3, NetworkStore.of(db).load().firmCount());
        }
    }

    @Test
    void aReadOnlyDatabaseRefusesWritesWithASentenceAndStaysUnchanged() throws Exception {
        Path file = seeded(dir.resolve("ro.db"));
        byte[] before = Files.readAllBytes(file);
        try (Database db = Database.openReadOnly(file)) {
            assertTrue(db.readOnly());
            StoreException e = assertThrows(StoreException.class, () -> NetworkStore.of(db).write(
                    List.of(DatabaseTest.firm("X", "x", Region.ULSAN)), List.of(), DatabaseTest.log(), Map.of()));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void readOnlyOpeningRefusesAFileThatNeedsMigratingOrIsNewer() throws Exception {
        Path old = dir.resolve("v0.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE unrelated(x)");
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.openReadOnly(old));
        assertTrue(e.getMessage().contains("older version"), e.getMessage());
        Path newer = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE future(x)");
            s.execute("PRAGMA user_version = " + (Schema.VERSION + 1));
        }
        byte[] before = Files.readAllBytes(newer);
        e = assertThrows(StoreException.class, () -> Database.openReadOnly(newer));
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(newer));
    }

    @Test
    void aSecondWindowFindsTheDatabaseOpenElsewhere() throws Exception {
        Path file = seeded(dir.resolve("window.db"));
        try (SessionLock first = SessionLock.tryAcquire(file)) {
            assertTrue(first.held());
            try (SessionLock second = SessionLock.tryAcquire(file)) {
                assertFalse(second.held(), "two windows of one program");
            }
        }
        // Released with the window: the next one has it.
        try (SessionLock again = SessionLock.tryAcquire(file)) {
            assertTrue(again.held());
        }
        // Another process holding it.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldSessionLock.class.getName(), file.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("held", out.readLine());
            try (SessionLock mine = SessionLock.tryAcquire(file)) {
                assertFalse(mine.held(), "another process has the database open");
            }
            holder.destroyForcibly();
            assertTrue(holder.waitFor(20, TimeUnit.SECONDS));
        }
        // A killed program leaves no stale lock.
        try (SessionLock after = SessionLock.tryAcquire(file)) {
            assertTrue(after.held());
        }
    }

    /** Takes a database's session lock, says so, and keeps it until killed. */
    public static final class HoldSessionLock {
        public static void main(String[] args) throws InterruptedException {
            SessionLock lock = SessionLock.tryAcquire(Path.of(args[0]));
            System.out.println(lock.held() ? "held" : "not held");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }

    /**
     * A database in a folder nobody may write to (a tmpfs remounted read-only, or a folder without
     * write permission when not root) opens read-only; the normal opening says why it cannot.
     */
    @Test
    void aDatabaseInAReadOnlyFolderOpensReadOnly() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("locked"));
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", folder.toString());
        try {
            Path file = seeded(folder.resolve("ro.db"));
            boolean readOnly = mounted ? run("mount", "-o", "remount,ro", folder.toString())
                    : folder.toFile().setWritable(false, false) && !Files.isWritable(folder);
            Assumptions.assumeTrue(readOnly, "cannot make a read-only folder here");
            byte[] before = Files.readAllBytes(file);
            StoreException e = assertThrows(StoreException.class, () -> {
                try (Database db = Database.open(file, false, 200)) {
                    NetworkStore.of(db).write(List.of(DatabaseTest.firm("X", "x", Region.ULSAN)), List.of(),
                            DatabaseTest.log(), Map.of());
                }
            });
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            try (Database db = Database.openReadOnly(file)) {
                assertEquals(2, NetworkStore.of(db).load().firmCount());
            }
            try (SessionLock lock = SessionLock.tryAcquire(file)) {
                assertFalse(lock.held(), "no lock file can be made in a read-only folder");
                assertFalse(lock.elsewhere(), "but no other window has it either");
            }
            assertArrayEquals(before, Files.readAllBytes(file));
        } finally {
            if (mounted) {
                run("umount", folder.toString());
            } else {
                folder.toFile().setWritable(true, false);
            }
        }
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
