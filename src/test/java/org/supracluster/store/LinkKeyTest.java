package org.supracluster.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Region;

/** The link table's packed key: where each part sits, its edges, and that the schema reads it alike. */
class LinkKeyTest {

    private static final long MAX = LinkKey.MAX_FID;

    @Test
    void eachPartSitsInItsOwnBits() {
        assertEquals(0L, LinkKey.of(0, 0, 0, 0));
        assertEquals(1L, LinkKey.of(0, 0, 0, 1900), "year code 1 in bits 0-7");
        assertEquals(125L, LinkKey.of(0, 0, 0, 2024), "2024 - 1899");
        assertEquals(255L, LinkKey.of(0, 0, 0, 2154), "the last year fills bits 0-7");
        assertEquals(256L, LinkKey.of(0, 0, 1, 0), "type in bit 8");
        assertEquals(512L, LinkKey.of(0, 1, 0, 0), "target from bit 9");
        assertEquals(8_589_934_080L, LinkKey.of(0, MAX, 0, 0), "target fills bits 9-32: 2^33 - 2^9");
        assertEquals(8_589_934_592L, LinkKey.of(1, 0, 0, 0), "source from bit 33");
        assertEquals(144_115_179_485_921_280L, LinkKey.of(MAX, 0, 0, 0), "source fills bits 33-56: 2^57 - 2^33");
        assertEquals(144_115_188_075_855_871L, LinkKey.of(MAX, MAX, 1, 2154), "every part at its largest: 2^57 - 1");
    }

    static Stream<Arguments> edges() {
        List<Arguments> out = new ArrayList<>();
        for (long source : new long[] {0, 1, MAX - 1, MAX}) {
            for (long target : new long[] {0, 1, MAX}) {
                for (int type = 0; type <= 1; type++) {
                    for (int year : new int[] {0, 1900, 1901, 2024, 2153, 2154}) {
                        out.add(Arguments.of(source, target, type, year));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, {1}, {2}, {3}")
    @MethodSource("edges")
    void everyKeyUnpacksToWhatWasPacked(long source, long target, int type, int year) {
        long key = LinkKey.of(source, target, type, year);
        assertTrue(key >= 0, "a key is never negative");
        assertEquals(source, LinkKey.source(key));
        assertEquals(target, LinkKey.target(key));
        assertEquals(type, LinkKey.type(key));
        assertEquals(year, LinkKey.year(key));
    }

    @Test
    void linkKeysUnpackToTheirParts() {
        long key = LinkKey.of(123_456, 16_777_215, 1, 2024);
        assertEquals(123_456, LinkKey.source(key));
        assertEquals(16_777_215, LinkKey.target(key));
        assertEquals(1, LinkKey.type(key));
        assertEquals(2024, LinkKey.year(key));
        assertEquals(0, LinkKey.year(LinkKey.of(1, 2, 0, 0)));
        // Keys order as (source, target, type, year).
        assertTrue(LinkKey.of(1, 9, 1, 2100) < LinkKey.of(2, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> LinkKey.of(1, 2, 0, 1899));
        assertThrows(IllegalStateException.class, () -> LinkKey.of(1L << 24, 2, 0, 0));
    }

    @Test
    void keysOrderBySourceThenTargetThenTypeThenYear() {
        assertTrue(LinkKey.of(1, MAX, 1, 2154) < LinkKey.of(2, 0, 0, 0));
        assertTrue(LinkKey.of(1, 2, 1, 2154) < LinkKey.of(1, 3, 0, 0));
        assertTrue(LinkKey.of(1, 2, 0, 2154) < LinkKey.of(1, 2, 1, 0));
        assertTrue(LinkKey.of(1, 2, 0, 0) < LinkKey.of(1, 2, 0, 1900), "no year sorts first");
    }

    @Test
    void outOfRangePartsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LinkKey.of(1, 2, 0, 2155));
        assertThrows(IllegalArgumentException.class, () -> LinkKey.of(1, 2, 0, -1));
        assertThrows(IllegalStateException.class, () -> LinkKey.of(1, MAX + 1, 0, 0));
    }

    @Test
    void theSchemasVirtualColumnsReadTheSameLayout(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys.db");
        try (Database db = Database.open(file)) {
            // fids 1 (A) and 2 (B) in an empty database
            NetworkStore.of(db).write(List.of(DatabaseTest.firm("A", "a", Region.SEOUL),
                    DatabaseTest.firm("B", "b", Region.BUSAN)), List.of(new Link("A", "B", LinkType.TRADE, 2.5, 2020),
                    new Link("B", "A", LinkType.COPATENT, 1, Link.NO_YEAR)), DatabaseTest.log(), Map.of());
        }
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT key, source, target, type, year FROM link ORDER BY key")) {
            while (r.next()) {
                long key = r.getLong(1);
                rows.add(key + ": " + r.getLong(2) + " " + r.getLong(3) + " " + r.getInt(4) + " " + r.getInt(5)
                        + " | " + LinkKey.source(key) + " " + LinkKey.target(key) + " " + LinkKey.type(key) + " "
                        + LinkKey.year(key));
            }
        }
        // 2^33 + 2·2^9 = 8589935616; + 121 (2020) for the trade link, + 256 (type 1) for the co-patent one
        assertEquals(List.of("8589935737: 1 2 0 2020 | 1 2 0 2020", "8589935872: 1 2 1 0 | 1 2 1 0"), rows);
    }
}
