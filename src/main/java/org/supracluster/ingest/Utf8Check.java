package org.supracluster.ingest;

/**
 * A byte-by-byte check that text is well-formed UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF), for readers that must name where a file stops being UTF-8
 * rather than let a decoder replace the bad bytes silently. One instance follows one stream.
 */
final class Utf8Check {

    /** Continuation bytes still expected for the current character. */
    private int need;
    private int lead;
    private boolean first;

    /** Whether the bytes so far end on a character boundary. */
    boolean atBoundary() {
        return need == 0;
    }

    /** Takes the next byte (0–255); false when it breaks UTF-8. */
    boolean accept(int u) {
        if (need == 0) {
            if (u < 0x80) {
                return true;
            }
            if (u >= 0xC2 && u <= 0xDF) {
                need = 1;
            } else if (u >= 0xE0 && u <= 0xEF) {
                need = 2;
            } else if (u >= 0xF0 && u <= 0xF4) {
                need = 3;
            } else {
                return false;
            }
            lead = u;
            first = true;
            return true;
        }
        // The second byte of E0, ED, F0 and F4 sequences has a narrower range (overlong, surrogate, > U+10FFFF).
        if ((u & 0xC0) != 0x80 || first && (lead == 0xE0 && u < 0xA0 || lead == 0xED && u > 0x9F
                || lead == 0xF0 && u < 0x90 || lead == 0xF4 && u > 0x8F)) {
            return false;
        }
        first = false;
        need--;
        return true;
    }
}
