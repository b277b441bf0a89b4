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
    void oneHundredThousandTextsGrowTheArraysAndKeepEveryNumber() {
        TextNumbers t = new TextNumbers();
        for (int i = 0; i < 100_000; i++) {
            assertEquals(i, t.number("기업" + i));
        }
        for (int i = 99_999; i >= 0; i -= 7) {
            assertEquals(i, t.number("기업" + i));
            assertEquals("기업" + i, t.text(i));
        }
        assertEquals(100_000, t.size());
    }
}
