package org.supracluster.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class JsonTextsTest {

    private static String[] parse(String json, int n) {
        String[] out = new String[n];
        JsonTexts.parse(json, out, n);
        return out;
    }

    @Test
    void stringsTokensAndNullsAreRead() {
        assertArrayEquals(new String[] {"F1", "청주파츠 001", "", null, "27"},
                parse("[\"F1\",\"청주파츠 001\",\"\",null,27]", 5));
        assertArrayEquals(new String[] {"a\"b\\c/d\b\f\n\r\te\u0001é"},
                parse(" [ \"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\te\\u0001\\u00e9\" ] ", 1));
    }

    @Test
    void aTextThatIsNotSuchAnArrayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> parse("[\"a\"]", 2));
        assertThrows(IllegalArgumentException.class, () -> parse("[\"a\",\"b\"]", 1));
        assertThrows(IllegalArgumentException.class, () -> parse("[\"a", 1));
        assertThrows(IllegalArgumentException.class, () -> parse("[\"a\\x\"]", 1));
        assertThrows(IllegalArgumentException.class, () -> parse("\"a\"", 1));
    }

    /** What SQLite's json_array writes for awkward text reads back as the text stored. */
    @Test
    void textRoundTripsThroughSqliteJsonArray() throws Exception {
        String[] texts = {"plain", "따옴표\"와 \\역슬래시", "줄\n바꿈\t탭\r", "\u0000\u001f\u007f", "emoji 😀 and 한글",
                "", "{\"json\": [1, 2]}", "ㅤ\u2028\u2029"};
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             PreparedStatement p = c.prepareStatement("SELECT json_array(?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < texts.length; i++) {
                p.setString(i + 1, texts[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                r.next();
                assertArrayEquals(texts, parse(r.getString(1), texts.length));
            }
        }
    }
}
