package org.supracluster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.supracluster.store.Database;
import org.supracluster.store.DbSnapshot;

/**
 * A command run while another program writes the same database: {@code info} reads on, and
 * {@code import} waits for the other writer ({@link Database#BUSY_TIMEOUT_MS_DEFAULT}), then
 * stops with a sentence, changes nothing, and works once the other has finished.
 */
class SecondWriterTest extends CommandTest {


    @Test
    void aSecondImportWaitsThenSaysTheDatabaseIsBusyWhileReadersGoOn() throws Exception {
        Path db = dir.resolve("busy.db");
        Path firms = Files.writeString(dir.resolve("firms.csv"), "id,name,region\nA,수원 장비 001,경기\n");
        Path more = Files.writeString(dir.resolve("more.csv"), "id,name,region\nB,청주 팹 002,충북\n");
        assertEquals(0, run("import", "--db", db.toString(), firms.toString()), err);
        String before = DbSnapshot.of(db);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            assertEquals(0, run("info", "--db", db.toString()), err);
            assertTrue(out.contains("1"), out);
            long t0 = System.nanoTime();
            int code = run("import", "--db", db.toString(), more.toString());
            long waitedMs = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(SuperclusterCli.BAD_INPUT, code, out + err);
            assertTrue(err.contains("busy: another program is writing to it"), err);
            assertTrue(err.contains("Nothing was changed"), err);
            assertFalse(err.contains("Exception"), err);
            assertTrue(waitedMs >= Database.BUSY_TIMEOUT_MS_DEFAULT - 500, "gave up after " + waitedMs + " ms");
            s.execute("ROLLBACK");
        }
        assertEquals(before, DbSnapshot.of(db));
        assertEquals(0, run("import", "--db", db.toString(), more.toString()), err);
    }

    /**
     * A database in a folder nobody may write to (a tmpfs remounted read-only, or a folder without
     * write permission when not root): reading commands work, an import says why it cannot.
     */
    @Test
    void inAReadOnlyFolderReadingCommandsWorkAndAnImportSaysWhy() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("locked"));
        boolean mounted = sh("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", folder.toString());
        try {
            Path db = folder.resolve("ro.db");
            Path firms = Files.writeString(dir.resolve("firms.csv"), "id,name,region\nA,수원 장비 001,경기\n");
            assertEquals(0, run("import", "--db", db.toString(), firms.toString()), err);
            boolean readOnly = mounted ? sh("mount", "-o", "remount,ro", folder.toString())
                    : folder.toFile().setWritable(false, false) && !Files.isWritable(folder);
            org.junit.jupiter.api.Assumptions.assumeTrue(readOnly, "cannot make a read-only folder here");
            assertEquals(0, run("info", "--db", db.toString()), err);
            assertEquals(0, run("export", "--db", db.toString(), "--format", "gexf", "--out",
                    dir.resolve("out.gexf").toString()), err);
            assertEquals(SuperclusterCli.BAD_INPUT, run("import", "--db", db.toString(), firms.toString()));
            assertTrue(err.contains("read-only or no permission"), err);
        } finally {
            if (mounted) {
                sh("umount", folder.toString());
            } else {
                folder.toFile().setWritable(true, false);
            }
        }
    }

    private static boolean sh(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }
}
