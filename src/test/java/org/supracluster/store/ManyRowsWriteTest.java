package org.supracluster.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.model.Firm;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.Region;

/**
 * Writes of more rows than one multi-row statement holds (256): the counts and the stored rows are
 * those of writing the rows one at a time, a row repeated inside one write included.
 */
class ManyRowsWriteTest {

    @TempDir
    Path dir;

    private static List<Firm> firms(int n, String name) {
        List<Firm> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(DatabaseTest.firm("F" + i, name + i, Region.GYEONGGI));
        }
        return out;
    }

    @Test
    void sixHundredFirmsAndLinksAreCountedAsOneAtATimeWouldCountThem() {
        try (Database db = Database.open(dir.resolve("many.db"))) {
            NetworkStore s = NetworkStore.of(db);
            List<Link> links = new ArrayList<>();
            for (int i = 1; i < 600; i++) {
                links.add(new Link("F" + i, "F" + (i - 1), LinkType.TRADE, i, 2020));
            }
            // 599 distinct links, then the first 10 again with new weights: the later row wins.
            for (int i = 1; i <= 10; i++) {
                links.add(new Link("F" + i, "F" + (i - 1), LinkType.TRADE, 1000 + i, 2020));
            }
            ImportCounts first = s.write(firms(600, "회사 "), links, DatabaseTest.log(), Map.of());
            // Links: 599 inserted + 10 rows that changed a weight written earlier in the same write.
            assertEquals(new ImportCounts(600, 0, 0, 599, 10, 0), first);
            Network n = s.load();
            assertEquals(600, n.firmCount());
            assertEquals(599, n.linkCount());
            double sum = 0;
            for (int l = 0; l < n.linkCount(); l++) {
                sum += n.linkWeight(l);
            }
            // 1..599 summed, with 1..10 replaced by 1001..1010: 179,700 − 55 + 10,055.
            assertEquals(189_700, sum);

            // Again, with 300 firms renamed and 300 links reweighted: only those change.
            List<Firm> again = firms(600, "회사 ");
            for (int i = 0; i < 300; i++) {
                again.set(i, DatabaseTest.firm("F" + i, "새 이름 " + i, Region.GYEONGGI));
            }
            List<Link> relinks = new ArrayList<>();
            for (int i = 1; i < 600; i++) {
                double w = i <= 10 ? 1000 + i : i;
                relinks.add(new Link("F" + i, "F" + (i - 1), LinkType.TRADE, i < 301 ? w + 0.5 : w, 2020));
            }
            ImportCounts second = s.write(again, relinks, DatabaseTest.log(), Map.of());
            assertEquals(new ImportCounts(0, 300, 300, 0, 300, 299), second);
        }
    }

    @Test
    void coPatentLinksGivenInBothDirectionsAreOneLink() {
        try (Database db = Database.open(dir.resolve("copatent.db"))) {
            NetworkStore s = NetworkStore.of(db);
            List<Link> links = new ArrayList<>();
            for (int i = 1; i < 300; i++) {
                links.add(new Link("F" + i, "F0", LinkType.COPATENT, 1, 2021));
                links.add(new Link("F0", "F" + i, LinkType.COPATENT, 2, 2021));
            }
            ImportCounts k = s.write(firms(300, "firm "), links, DatabaseTest.log(), Map.of());
            assertEquals(new ImportCounts(300, 0, 0, 299, 299, 0), k);
            Network n = s.load();
            assertEquals(299, n.linkCount());
            assertEquals(2, n.linkWeight(0));
        }
    }

    @Test
    void aLinkToAFirmNotStoredStopsTheWriteAndNamesTheLink() {
        try (Database db = Database.open(dir.resolve("missing.db"))) {
            NetworkStore s = NetworkStore.of(db);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.write(firms(2, "f"),
                    List.of(new Link("F1", "F0", LinkType.TRADE, 1, 2020),
                            new Link("F9", "F0", LinkType.COPATENT, 1, 2020)), DatabaseTest.log(), Map.of()));
            assertEquals("link to a firm that is not stored: Link[source=F0, target=F9, type=COPATENT, weight=1.0, "
                    + "year=2020]", e.getMessage());
            assertEquals(0, s.load().firmCount(), "nothing was stored");
        }
    }
}
