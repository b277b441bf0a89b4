package org.supracluster.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.model.Firm;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Region;

/**
 * A damaged file is reported as damaged with advice and never rewritten; a full disk stops a
 * write with a sentence and leaves the database as it was, still usable.
 */
class DamageAndFullDiskTest {

    @TempDir
    Path dir;

    /** A database of 3,000 firms and 6,000 links: a few hundred pages. */
    private Path filled(String name) {
        Path file = dir.resolve(name);
        List<Firm> firms = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            firms.add(DatabaseTest.firm("F" + i, "회사 이름 " + i, Region.GYEONGGI));
            if (i > 0) {
                links.add(new Link("F" + i, "F" + (i - 1), LinkType.TRADE, i, 2020));
                links.add(new Link("F" + i, "F" + (i / 2), LinkType.COPATENT, 1, 2021));
            }
        }
        try (Database db = Database.open(file)) {
            NetworkStore.of(db).write(firms, links, DatabaseTest.log(), Map.of());
        }
        return file;
    }

    private static void assertRefusedAsDamagedAndUnchanged(Path file) throws IOException {
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> {
            try (Database db = Database.open(file, false, 1000)) {
                NetworkStore.of(db).load();
            }
        });
        assertTrue(e.getMessage().contains("is damaged"), e.getMessage());
        assertTrue(e.getMessage().contains("It was not changed"), e.getMessage());
        assertTrue(e.getMessage().contains("backup copy"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the damaged file was rewritten");
    }

    @Test
    void aTruncatedFileIsReportedAsDamagedAndLeftAsItWas() throws Exception {
        Path file = filled("truncated.db");
        long size = Files.size(file);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size * 6 / 10 / 4096 * 4096);
        }
        assertRefusedAsDamagedAndUnchanged(file);
    }

    @Test
    void aPageOfRandomBytesIsReportedAsDamagedAndLeftAsItWas() throws Exception {
        Path file = filled("scribbled.db");
        long pages = Files.size(file) / 4096;
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(pages / 2 * 4096);
            f.write(noise);
        }
        assertRefusedAsDamagedAndUnchanged(file);
    }

    @Test
    void aFullDiskStopsTheWriteWithASentenceAndTheOldDataStaysUsable() throws Exception {
        Path file = filled("full.db");
        String before = DbSnapshot.of(file);
        try (Database db = Database.open(file)) {
            // SQLite's page limit for this connection stands in for the disk: growing past it
            // fails exactly as a full disk does (SQLITE_FULL).
            long pages = Files.size(file) / 4096 + 5;
            db.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA max_page_count = " + pages);
                }
                return null;
            });
            List<Firm> more = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                more.add(DatabaseTest.firm("N" + i, "새 회사 " + i, Region.SEOUL));
            }
            StoreException e = assertThrows(StoreException.class,
                    () -> NetworkStore.of(db).write(more, List.of(), DatabaseTest.log(), Map.of()));
            assertTrue(e.getMessage().contains("is full; nothing was changed"), e.getMessage());
            // The same open database still reads.
            assertEquals(3000, NetworkStore.of(db).load().firmCount());
        }
        assertEquals(before, DbSnapshot.of(file));
    }

    /**
     * The same on a real full file system: a 1 MB tmpfs, where the machine lets the test mount one
     * (root on Linux); skipped elsewhere.
     */
    @Test
    void aRealFullDiskStopsTheWriteAndTheOldDataStaysUsable() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("tiny"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount.toString()),
                "cannot mount a tmpfs here");
        try {
            Path file = mount.resolve("small.db");
            try (Database db = Database.open(file)) {
                NetworkStore.of(db).write(List.of(DatabaseTest.firm("A", "a", Region.SEOUL)), List.of(),
                        DatabaseTest.log(), Map.of());
            }
            String before = DbSnapshot.of(file);
            List<Firm> more = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                more.add(DatabaseTest.firm("N" + i, "새 회사 이름이 조금 긴 회사 " + i, Region.SEOUL));
            }
            try (Database db = Database.open(file)) {
                StoreException e = assertThrows(StoreException.class,
                        () -> NetworkStore.of(db).write(more, List.of(), DatabaseTest.log(), Map.of()));
                assertTrue(e.getMessage().contains("full"), e.getMessage());
                assertEquals(1, NetworkStore.of(db).load().firmCount());
            }
            assertEquals(before, DbSnapshot.of(file));
            try (Database db = Database.open(file, false, 1000)) {
                assertEquals(1, NetworkStore.of(db).load().firmCount());
            }
        } finally {
            run("umount", mount.toString());
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
