package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextNumbersTest {

    @Test
    void textsAreNumberedInTheOrderFirstGivenAndKeepTheirNumber() {
        TextNumbers t = new TextNumbers();
        assertEquals(0, t.number("F001"));
        assertEquals(1, t.number("삼성전자"));
        assertEquals(0, t.number(new String("F001".toCharArray())), "equal text, another string");
        assertEquals(2, t.number(""));
        assertEquals(3, t.number("F0010"), "a longer text with the same start");
        assertEquals(1, t.number("삼성전자"));
        assertEquals(4, t.size());
        assertEquals("삼성전자", t.text(1));
        assertEquals("", t.text(2));
        assertEquals("F0010", t.text(3));
        assertThrows(IndexOutOfBoundsException.class, () -> t.text(4));
    }

    @Test
    void textsWithTheSameHashAreToldApart() {
        TextNumbers t = new TextNumbers();
        // "Aa" and "BB" have the same String hash code.
        assertEquals("Aa".hashCode(), "BB".hashCode());
        assertEquals(0, t.number("Aa"));
        assertEquals(1, t.number("BB"));
        assertEquals(0, t.number("Aa"));
        assertEquals(1, t.number("BB"));
    }

    @Test
    void shortTextsHeldInTheTableAndLongerOnesAreToldApartByEveryCharacter() {
        TextNumbers t = new TextNumbers();
        String eleven = "ABCDEFGHIJK";
        String twelve = "ABCDEFGHIJKL";
        assertEquals(TextNumbers.INLINE, eleven.length());
        assertEquals(0, t.number(eleven));
        assertEquals(1, t.number("ABCDEFGHIJX"), "differs in the last character held in the table");
        assertEquals(2, t.number(twelve));
        assertEquals(3, t.number("ABCDEFGHIJKM"), "a longer text differing in its last character");
        assertEquals(4, t.number("a"));
        assertEquals(5, t.number("a\0"), "a character 0 is not the end of the text");
        assertEquals(6, t.number("㈜한빛반도체 주식회사 본사 공장"));
        assertEquals(0, t.number(new String(eleven.toCharArray())));
        assertEquals(2, t.number(new String(twelve.toCharArray())));
        assertEquals(5, t.number("a\0"));
        assertEquals(6, t.number("㈜한빛반도체 주식회사 본사 공장"));
        assertEquals(twelve, t.text(2));
        assertEquals("a\0", t.text(5));
        assertEquals(7, t.size());
    }

    @Test
    void oneHundredThousandTextsGrowTheArraysAndKeepEveryNumber() {
        TextNumbers t = new TextNumbers();
        for (int i = 0; i < 100_000; i++) {
            assertEquals(i, t.number(i % 3 == 0 ? "기업" + i : "a longer firm name " + i));
        }
        for (int i = 99_999; i >= 0; i -= 7) {
            String text = i % 3 == 0 ? "기업" + i : "a longer firm name " + i;
            assertEquals(i, t.number(text));
            assertEquals(text, t.text(i));
        }
        assertEquals(100_000, t.size());
    }
}
