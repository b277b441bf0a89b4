package org.supracluster.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Firm;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

class DatabaseTest {

    @TempDir
    Path dir;

    static Firm firm(String id, String name, Region r) {
        return new Firm(id, name, r, "", r.centreLat(), r.centreLon(), Segment.FAB, 10, Map.of());
    }

    static ImportLogEntry log() {
        return new ImportLogEntry(Instant.parse("2026-01-01T00:00:00Z"), List.of("test"), 1, ImportCounts.NONE, 0,
                List.of());
    }

    @Test
    void newDatabaseIsMigratedToTheCurrentVersionWithTheDefaultScheme() throws Exception {
        Path file = dir.resolve("new.db");
        try (Database db = Database.open(file)) {
            assertEquals(Schema.VERSION, db.userVersion());
            assertEquals(List.of("default"), SchemeRepository.of(db).names());
            assertEquals(ClusterScheme.defaultFive(), SchemeRepository.of(db).load("default").orElseThrow());
        }
    }

    @Test
    void reopeningDoesNotMigrateAgain() throws Exception {
        Path file = dir.resolve("again.db");
        Database.open(file).close();
        String before = DbSnapshot.of(file);
        try (Database db = Database.open(file)) {
            assertEquals(Schema.VERSION, db.userVersion());
        }
        assertEquals(before, DbSnapshot.of(file));
    }

    @Test
    void olderSchemaIsMigratedKeepingNothingBroken() throws Exception {
        // A version-0 file: an empty SQLite database, as a first release before any table would be.
        Path file = dir.resolve("v0.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE unrelated(x)");
            s.execute("INSERT INTO unrelated VALUES (42)");
        }
        try (Database db = Database.open(file)) {
            assertEquals(Schema.VERSION, db.userVersion());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT x FROM unrelated")) {
            assertTrue(r.next());
            assertEquals(42, r.getInt(1));
        }
    }

    @Test
    void newerSchemaIsRefusedAndTheFileLeftUntouched() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE future(x)");
            s.execute("PRAGMA user_version = " + (Schema.VERSION + 5));
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
        assertTrue(e.getMessage().contains("not changed"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve("newer.db-wal")));
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("firms.csv");
        Files.writeString(file, "id,name,region\nF1,A,경기\n".repeat(20));
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("not a Supracluster database"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void missingFileIsAnErrorWhenNotCreating() {
        StoreException e = assertThrows(StoreException.class,
                () -> Database.open(dir.resolve("none.db"), false, 100));
        assertTrue(e.getMessage().contains("No database"), e.getMessage());
    }

    @Test
    void firmsAndLinksRoundTripThroughTheFile() {
        Path file = dir.resolve("rt.db");
        Firm a = new Firm("A", "수원 장비 001", Region.GYEONGGI, "Suwon", 37.26, 127.03, Segment.EQUIPMENT, -1,
                Map.of("founded", "1999"));
        Firm b = firm("B", "청주 팹 002", Region.CHUNGBUK);
        try (Database db = Database.open(file)) {
            NetworkStore.of(db).write(List.of(a, b), List.of(new Link("A", "B", LinkType.TRADE, 2.5, 2020),
                    new Link("B", "A", LinkType.COPATENT, 1, Link.NO_YEAR)), log(), Map.of("synthetic", "true"));
        }
        try (Database db = Database.open(file)) {
            NetworkStore store = NetworkStore.of(db);
            Network n = store.load();
            assertEquals(2, n.firmCount());
            assertEquals(2, n.linkCount());
            assertEquals(a, n.firm(n.indexOf("A")));
            assertEquals(b, n.firm(n.indexOf("B")));
            assertTrue(List.of(n.link(0), n.link(1)).contains(new Link("A", "B", LinkType.TRADE, 2.5, 2020)));
            // Co-patent links are stored with their ends in canonical order.
            assertTrue(List.of(n.link(0), n.link(1)).contains(new Link("A", "B", LinkType.COPATENT, 1, Link.NO_YEAR)));
            assertEquals("true", store.metadata().get("synthetic"));
            assertEquals(1, store.importLog().size());
        }
    }

    @Test
    void linkColumnsReadableBySqlMatchWhatWasStored() throws Exception {
        Path file = dir.resolve("sql.db");
        try (Database db = Database.open(file)) {
            NetworkStore.of(db).write(List.of(firm("A", "a", Region.SEOUL), firm("B", "b", Region.BUSAN)),
                    List.of(new Link("B", "A", LinkType.TRADE, 2.5, 2019), new Link("A", "B", LinkType.COPATENT, 1, 0)),
                    log(), Map.of());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT fs.id, ft.id, l.type, l.year, l.weight FROM link l"
                     + " JOIN firm fs ON fs.fid = l.source JOIN firm ft ON ft.fid = l.target ORDER BY l.type")) {
            assertTrue(r.next());
            assertEquals(List.of("B", "A", 0, 2019, 2.5), List.of(r.getString(1), r.getString(2), r.getInt(3),
                    r.getInt(4), r.getDouble(5)));
            assertTrue(r.next());
            assertEquals(List.of("A", "B", 1, 0, 1.0), List.of(r.getString(1), r.getString(2), r.getInt(3),
                    r.getInt(4), r.getDouble(5)));
            assertFalse(r.next());
        }
    }

    @Test
    void writingTheSameDataTwiceChangesNothingAndSaysSo() throws Exception {
        Path file = dir.resolve("twice.db");
        List<Firm> firms = List.of(firm("A", "a", Region.SEOUL), firm("B", "b", Region.BUSAN));
        List<Link> links = List.of(new Link("A", "B", LinkType.TRADE, 3, 2021));
        try (Database db = Database.open(file)) {
            ImportCounts first = NetworkStore.of(db).write(firms, links, log(), Map.of());
            assertEquals(new ImportCounts(2, 0, 0, 1, 0, 0), first);
        }
        String afterFirst = DbSnapshot.of(file).replaceAll("import_log=\\d+ ", "");
        try (Database db = Database.open(file)) {
            ImportCounts second = NetworkStore.of(db).write(firms, links, log(), Map.of());
            assertEquals(new ImportCounts(0, 0, 2, 0, 0, 1), second);
            assertTrue(second.changedNothing());
            Network n = NetworkStore.of(db).load();
            assertEquals(2, n.firmCount());
            assertEquals(1, n.linkCount());
            assertEquals(3, n.linkWeight(0));
        }
        // Only the import log grew.
        String afterSecond = DbSnapshot.of(file);
        assertEquals(afterFirst.split(" ")[0], afterSecond.split(" ")[0]);
    }

    @Test
    void aFirmSeenAgainIsUpdatedAndALinkReplaced() {
        Path file = dir.resolve("update.db");
        try (Database db = Database.open(file)) {
            NetworkStore s = NetworkStore.of(db);
            s.write(List.of(firm("A", "old", Region.SEOUL), firm("B", "b", Region.BUSAN)),
                    List.of(new Link("A", "B", LinkType.TRADE, 3, 2021)), log(), Map.of());
            ImportCounts k = s.write(List.of(firm("A", "new", Region.SEOUL)),
                    List.of(new Link("A", "B", LinkType.TRADE, 7, 2021), new Link("A", "B", LinkType.TRADE, 1, 2022)),
                    log(), Map.of());
            assertEquals(new ImportCounts(0, 1, 0, 1, 1, 0), k);
            Network n = s.load();
            assertEquals("new", n.firmName(n.indexOf("A")));
            assertEquals(2, n.linkCount());
        }
    }

    @Test
    void aChangeOfAttributesAloneCountsAsAnUpdateAndNothingIsErased() {
        try (Database db = Database.open(dir.resolve("attr.db"))) {
            NetworkStore s = NetworkStore.of(db);
            Firm a = new Firm("A", "a", Region.SEOUL, "", 37.5, 127, Segment.FAB, -1, Map.of("x", "1", "y", "2"));
            s.write(List.of(a), List.of(), log(), Map.of());
            assertEquals(new ImportCounts(0, 0, 1, 0, 0, 0), s.write(List.of(a), List.of(), log(), Map.of()));
            Firm changedX = new Firm("A", "a", Region.SEOUL, "", 37.5, 127, Segment.FAB, -1, Map.of("x", "9"));
            assertEquals(new ImportCounts(0, 1, 0, 0, 0, 0), s.write(List.of(changedX), List.of(), log(), Map.of()));
            Network n = s.load();
            // y was not in the second file: kept, not erased.
            assertEquals(Map.of("x", "9", "y", "2"), n.attributes(n.indexOf("A")));
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheDatabaseExactlyAsBefore() throws Exception {
        Path file = dir.resolve("half.db");
        try (Database db = Database.open(file)) {
            NetworkStore.of(db).write(List.of(firm("A", "a", Region.SEOUL), firm("B", "b", Region.BUSAN)),
                    List.of(new Link("A", "B", LinkType.TRADE, 3, 2021)), log(), Map.of());
        }
        String before = DbSnapshot.of(file);
        try (Database db = Database.open(file)) {
            // The firms are written first; the link to an unknown firm fails after them.
            assertThrows(IllegalArgumentException.class, () -> NetworkStore.of(db).write(
                    List.of(firm("C", "c", Region.DAEGU), firm("A", "renamed", Region.SEOUL)),
                    List.of(new Link("A", "Z", LinkType.TRADE, 1, 2020)), log(), Map.of("synthetic", "false")));
        }
        assertEquals(before, DbSnapshot.of(file));
    }

    @Test
    void aSecondProcessWritingMeanwhileGetsAClearAnswer() throws Exception {
        Path file = dir.resolve("busy.db");
        Database.open(file).close();
        String before = DbSnapshot.of(file);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try (Database db = Database.open(file, false, 200)) {
                StoreException e = assertThrows(StoreException.class, () -> NetworkStore.of(db).write(
                        List.of(firm("A", "a", Region.SEOUL)), List.of(), log(), Map.of()));
                assertTrue(e.getMessage().contains("busy"), e.getMessage());
                assertTrue(e.getMessage().contains("Nothing was changed"), e.getMessage());
                s.execute("ROLLBACK");
                assertEquals(before, DbSnapshot.of(file));
                // Once the other writer is done, the same connection writes again, with its
                // foreign-key checks back on.
                NetworkStore.of(db).write(List.of(firm("A", "a", Region.SEOUL)), List.of(), log(), Map.of());
                assertEquals(1, NetworkStore.of(db).counts()[0]);
                assertEquals(1, (int) db.read(c -> {
                    try (Statement q = c.createStatement(); var r = q.executeQuery("PRAGMA foreign_keys")) {
                        return r.getInt(1);
                    }
                }));
            }
        }
    }

    @Test
    void schemesAreSavedListedAndLoaded() {
        try (Database db = Database.open(dir.resolve("s.db"))) {
            ClusterScheme mine = new ClusterScheme("mine", List.of(new ClusterScheme.Cluster("North", "북부"),
                    new ClusterScheme.Cluster("South", "남부")),
                    Map.of(Region.GANGWON, 0, Region.JEJU, 1), Map.of("F7", 1));
            SchemeRepository.of(db).save(mine);
            assertEquals(List.of("default", "mine"), SchemeRepository.of(db).names());
            assertEquals(mine, SchemeRepository.of(db).load("mine").orElseThrow());
            assertTrue(SchemeRepository.of(db).load("nope").isEmpty());
            // A scheme that places firms one by one (e.g. derived from coordinates) has no provinces.
            ClusterScheme byFirm = new ClusterScheme("geo:2", List.of(new ClusterScheme.Cluster("g1", "g1"),
                    new ClusterScheme.Cluster("g2", "g2")), Map.of(), Map.of("A", 0, "B", 1));
            SchemeRepository.of(db).save(byFirm);
            assertEquals(byFirm, SchemeRepository.of(db).load("geo:2").orElseThrow());
        }
    }
}
