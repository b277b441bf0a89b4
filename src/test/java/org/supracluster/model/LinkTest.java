package org.supracluster.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkTest {

    @Test
    void canonicalPutsCoPatentEndsInOrder() {
        Link backwards = new Link("b", "a", LinkType.COPATENT, 3, 2020);
        assertEquals(new Link("a", "b", LinkType.COPATENT, 3, 2020), backwards.canonical());
        Link forwards = new Link("a", "b", LinkType.COPATENT, 3, 2020);
        assertSame(forwards, forwards.canonical());
        assertEquals(backwards.canonical(), forwards.canonical());
    }

    @Test
    void canonicalKeepsTradeDirection() {
        Link customerFirst = new Link("z-supplier", "a-customer", LinkType.TRADE, 1, 2020);
        assertSame(customerFirst, customerFirst.canonical());
        assertEquals("z-supplier", customerFirst.canonical().source());
    }

    @Test
    void canonicalKeepsWeightYearAndType() {
        Link c = new Link("y", "x", LinkType.COPATENT, 2.5, Link.NO_YEAR).canonical();
        assertEquals("x", c.source());
        assertEquals("y", c.target());
        assertEquals(2.5, c.weight());
        assertEquals(Link.NO_YEAR, c.year());
        assertEquals(LinkType.COPATENT, c.type());
    }

    @Test
    void canonicalOfACoPatentSelfLoopIsItself() {
        Link loop = new Link("a", "a", LinkType.COPATENT, 1, 2020);
        assertSame(loop, loop.canonical());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void weightMustBePositiveAndFinite(double weight) {
        assertThrows(IllegalArgumentException.class, () -> new Link("a", "b", LinkType.TRADE, weight, 2020));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.MIN_VALUE, 0.5, 1.0, 1e12})
    void positiveFiniteWeightsAreAccepted(double weight) {
        assertEquals(weight, new Link("a", "b", LinkType.TRADE, weight, 2020).weight());
    }

    @Test
    void endsAndTypeAreRequired() {
        assertThrows(NullPointerException.class, () -> new Link(null, "b", LinkType.TRADE, 1, 2020));
        assertThrows(NullPointerException.class, () -> new Link("a", null, LinkType.TRADE, 1, 2020));
        assertThrows(NullPointerException.class, () -> new Link("a", "b", null, 1, 2020));
    }

    @Test
    void yearZeroMeansUndated() {
        assertFalse(new Link("a", "b", LinkType.TRADE, 1, Link.NO_YEAR).hasYear());
        assertTrue(new Link("a", "b", LinkType.TRADE, 1, 2019).hasYear());
    }

    @Test
    void tradeIsDirectedAndCoPatentIsNot() {
        assertTrue(LinkType.TRADE.isDirected());
        assertFalse(LinkType.COPATENT.isDirected());
    }

    @Test
    void linkTypeParsesFileAndKoreanSpellings() {
        assertEquals(LinkType.TRADE, LinkType.parse("trade").orElseThrow());
        assertEquals(LinkType.TRADE, LinkType.parse(" Trade ").orElseThrow());
        assertEquals(LinkType.TRADE, LinkType.parse("거래").orElseThrow());
        assertEquals(LinkType.COPATENT, LinkType.parse("co-patent").orElseThrow());
        assertEquals(LinkType.COPATENT, LinkType.parse("CO_PATENT").orElseThrow());
        assertEquals(LinkType.COPATENT, LinkType.parse("공동특허").orElseThrow());
        assertTrue(LinkType.parse("friendship").isEmpty());
        assertTrue(LinkType.parse(null).isEmpty());
    }

    @Test
    void segmentParsesCodesInAnyCaseAndKoreanNames() {
        assertEquals(Segment.FAB, Segment.parse("FAB").orElseThrow());
        assertEquals(Segment.PACKAGING, Segment.parse(" packaging ").orElseThrow());
        assertEquals(Segment.EQUIPMENT, Segment.parse("장비").orElseThrow());
        assertTrue(Segment.parse("foundry").isEmpty());
        assertTrue(Segment.parse(null).isEmpty());
    }
}
