package org.supracluster.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;

class LinkTableTest {

    @Test
    void linksInColumnsAreTheLinksGivenInTheirOrderWithEachFirmOnce() {
        List<Link> links = List.of(new Link("B", "A", LinkType.TRADE, 2.5, 2020),
                new Link("A", "C", LinkType.COPATENT, 1, Link.NO_YEAR),
                new Link("B", "A", LinkType.TRADE, 4, 2020));
        LinkTable t = LinkTable.of(links);
        assertEquals(3, t.size());
        assertEquals(3, t.idCount(), "B, A, C");
        assertEquals("B", t.id(t.source(0)));
        assertEquals("A", t.id(t.target(0)));
        assertEquals(t.source(0), t.source(2));
        assertEquals(LinkType.COPATENT, t.type(1));
        assertEquals(Link.NO_YEAR, t.year(1));
        assertEquals(links, t.links());
        assertEquals(links.get(2), t.link(2));
    }

    @Test
    void onlyTheFirstSizeRowsAreTheTable() {
        LinkTable t = new LinkTable(new String[] {"x", "y"}, new int[] {0, 1, 9}, new int[] {1, 0, 9},
                new byte[] {0, 1, 0}, new double[] {1, 2, -1}, new int[] {2001, 2002, 0}, 2);
        assertEquals(List.of(new Link("x", "y", LinkType.TRADE, 1, 2001), new Link("y", "x", LinkType.COPATENT, 2, 2002)),
                t.links());
    }

    @Test
    void rowsThatNoLinkCouldHoldAreRefused() {
        String[] ids = {"x", "y"};
        assertThrows(IllegalArgumentException.class, () -> new LinkTable(ids, new int[] {0}, new int[] {2},
                new byte[] {0}, new double[] {1}, new int[] {0}, 1), "end outside the ids");
        assertThrows(IllegalArgumentException.class, () -> new LinkTable(ids, new int[] {0}, new int[] {1},
                new byte[] {2}, new double[] {1}, new int[] {0}, 1), "unknown type");
        assertThrows(IllegalArgumentException.class, () -> new LinkTable(ids, new int[] {0}, new int[] {1},
                new byte[] {0}, new double[] {0}, new int[] {0}, 1), "weight 0");
        assertThrows(IllegalArgumentException.class, () -> new LinkTable(ids, new int[] {0}, new int[] {1},
                new byte[] {0}, new double[] {Double.POSITIVE_INFINITY}, new int[] {0}, 1), "infinite weight");
        assertThrows(IllegalArgumentException.class, () -> new LinkTable(ids, new int[] {0}, new int[] {1},
                new byte[] {0}, new double[] {1}, new int[] {0}, 2), "size beyond the columns");
    }

    @Test
    void noLinksIsAnEmptyTable() {
        LinkTable t = LinkTable.of(List.of());
        assertEquals(0, t.size());
        assertEquals(List.of(), t.links());
    }
}
