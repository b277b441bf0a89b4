package org.supracluster.store;

/**
 * Reads the JSON array SQLite's {@code json_array} makes of text columns: a loader asks for
 * several text columns as one value, since every column read is a native call (and three
 * objects) per row. Strings are decoded with every JSON escape; a bare token (a number a column
 * happened to hold) is its text, {@code null} is {@code null}.
 */
final class JsonTexts {

    private JsonTexts() {
    }

    /**
     * The {@code n} elements of {@code json} into {@code out}.
     *
     * @throws IllegalArgumentException when the text is not such an array of {@code n} elements
     */
    static void parse(String json, String[] out, int n) {
        int i = skip(json, 0);
        expect(json, i, '[');
        i = skip(json, i + 1);
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                expect(json, i, ',');
                i = skip(json, i + 1);
            }
            if (i < json.length() && json.charAt(i) == '"') {
                i = string(json, i + 1, out, k);
            } else {
                int end = i;
                while (end < json.length() && ",] \t\n\r".indexOf(json.charAt(end)) < 0) {
                    end++;
                }
                if (end == i) {
                    throw new IllegalArgumentException("no value at " + i + " in " + json);
                }
                String token = json.substring(i, end);
                out[k] = token.equals("null") ? null : token;
                i = end;
            }
            i = skip(json, i);
        }
        expect(json, i, ']');
        if (skip(json, i + 1) != json.length()) {
            throw new IllegalArgumentException("text after the array: " + json);
        }
    }

    /** Decodes the string starting after its opening quote at {@code from}; returns the index after its closing quote. */
    private static int string(String json, int from, String[] out, int k) {
        int end = from;
        while (end < json.length() && json.charAt(end) != '"' && json.charAt(end) != '\\') {
            end++;
        }
        if (end < json.length() && json.charAt(end) == '"') {
            out[k] = json.substring(from, end);
            return end + 1;
        }
        StringBuilder b = new StringBuilder(json.length() - from);
        b.append(json, from, end);
        int i = end;
        while (true) {
            if (i >= json.length()) {
                throw new IllegalArgumentException("unterminated string in " + json);
            }
            char c = json.charAt(i);
            if (c == '"') {
                out[k] = b.toString();
                return i + 1;
            }
            if (c != '\\') {
                b.append(c);
                i++;
                continue;
            }
            if (i + 1 >= json.length()) {
                throw new IllegalArgumentException("unterminated escape in " + json);
            }
            char e = json.charAt(i + 1);
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (i + 6 > json.length()) {
                        throw new IllegalArgumentException("short \\u escape in " + json);
                    }
                    b.append((char) Integer.parseInt(json.substring(i + 2, i + 6), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + e + " in " + json);
            }
            i += 2;
        }
    }

    private static int skip(String json, int i) {
        while (i < json.length() && " \t\n\r".indexOf(json.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static void expect(String json, int i, char c) {
        if (i >= json.length() || json.charAt(i) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + i + " in " + json);
        }
    }
}
