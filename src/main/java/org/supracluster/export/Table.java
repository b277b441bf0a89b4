package org.supracluster.export;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns: the first left-aligned, the rest right-aligned.
 * Widths count Hangul (and other East Asian wide characters) as two columns, as terminals show them.
 */
public final class Table {

    private final List<String[]> rows = new ArrayList<>();

    public Table(String... header) {
        rows.add(header);
    }

    public void row(Object... cells) {
        String[] s = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            s[i] = String.valueOf(cells[i]);
        }
        rows.add(s);
    }

    public void print(PrintWriter out) {
        int cols = rows.get(0).length;
        int[] w = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < cols; i++) {
                w[i] = Math.max(w[i], width(r[i]));
            }
        }
        out.println();
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                String pad = " ".repeat(w[i] - width(r[i]));
                b.append(i == 0 ? r[i] + pad : pad + r[i]);
                if (i < cols - 1) {
                    b.append("  ");
                }
            }
            out.println(b.toString().stripTrailing());
            if (k == 0) {
                int total = 0;
                for (int x : w) {
                    total += x;
                }
                out.println("-".repeat(total + 2 * (cols - 1)));
            }
        }
    }

    /** Columns {@code s} takes in a terminal: two for each wide (East Asian) character. */
    public static int width(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                    || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60);
            n += wide ? 2 : 1;
        }
        return n;
    }
}
