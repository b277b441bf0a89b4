package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The quote scan on small texts whose lines and fields are counted by hand. */
class QuoteFaultTest {

    @Test
    void wellFormedTextsHaveNoFault() {
        assertNull(QuoteFault.first("a,b\n1,2\n"), "no quote at all");
        assertNull(QuoteFault.first("a,b\n1,x\"y\n"), "a quote inside a field is ordinary text");
        assertNull(QuoteFault.first("a,\"say \"\"hi\"\"\"\n"), "doubled quotes inside a quoted field");
        assertNull(QuoteFault.first("a,\"two\nlines\",c\r\n\"x\""), "closed at the end of the text");
    }

    @Test
    void anUnclosedQuoteIsNamedAtTheLineItOpens() {
        // line 1 a,b; line 2 1,"x … never closed: record and field both start on line 2, field 1
        assertEquals(new QuoteFault(true, 2, 2, 1), QuoteFault.first("a,b\n1,\"x\n4,5\n"));
    }

    @Test
    void theRecordLineIsWhereTheRecordStartsNotWhereTheQuoteOpens() {
        // record on line 2: 1 | "x\ny" (to line 3) | "z… opened on line 3, field 2
        assertEquals(new QuoteFault(true, 2, 3, 2), QuoteFault.first("a,b\n1,\"x\ny\",\"z\n"));
    }

    @Test
    void textAfterAClosingQuoteIsNamedAtTheLineOfTheClosingQuote() {
        // record 3 starts on line 3; its field 1 opens there and closes on line 5, followed by y
        assertEquals(new QuoteFault(false, 3, 5, 1), QuoteFault.first("a,b\n1,2\n3,\"x\n\nz\"y\n4,5\n"));
        assertEquals(new QuoteFault(false, 1, 1, 0), QuoteFault.first("\"a\" ,b\n"), "a space counts as text");
    }

    @Test
    void crLfCrAndLfEachEndOneLine() {
        // line 1 a,b CRLF; line 2 "x CRLF (inside quotes, one break); line 3 y" CRLF; line 4 "z
        assertEquals(new QuoteFault(true, 4, 4, 0), QuoteFault.first("a,b\r\n\"x\r\ny\"\r\n\"z"));
        // a bare CR ends line 1
        assertEquals(new QuoteFault(true, 2, 2, 0), QuoteFault.first("a\r\"b"));
        // a bare CR inside quotes counts as a line too: the closing quote is on line 3
        assertEquals(new QuoteFault(false, 1, 3, 1), QuoteFault.first("a,\"b\rc\rd\"e"));
    }
}
