package org.supracluster.ingest;

import static org.supracluster.ingest.XlsxSheet.MAX_RUN_BYTES;
import static org.supracluster.ingest.XlsxSheet.MAX_TOTAL_MB;
import static org.supracluster.ingest.XlsxSheet.MB;
import static org.supracluster.ingest.XlsxSheet.longRun;
import static org.supracluster.ingest.XlsxSheet.notUtf8;
import static org.supracluster.ingest.XlsxSheet.tooLarge;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.supracluster.ingest.XlsxSheet.PartProblem;
import org.supracluster.model.Message;

/**
 * An inflating part's bytes, checked as they pass: its size (and the workbook's remaining
 * budget), UTF-8 validity (the JDK parser would print a "[Fatal Error]" line on bad bytes), a
 * UTF-16/32 byte-order mark or another declared encoding, and runs without {@code <}.
 */
final class XlsxPartInput extends FilterInputStream {

    private static final Pattern DECLARED = Pattern.compile(
            "^(?:\u00EF\u00BB\u00BF)?\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private final String name;
    private final int capMb;
    private final long cap;
    private final long[] budget;
    private final boolean inspect;
    private long count;
    private int run;
    private final Utf8Check utf8 = new Utf8Check();
    private final byte[] prolog = new byte[128];
    private int prologLength;
    private boolean prologChecked;

    XlsxPartInput(InputStream in, String name, int capMb, long[] budget, boolean inspect) {
        super(in);
        this.name = name;
        this.capMb = capMb;
        this.cap = capMb * MB;
        this.budget = budget;
        this.inspect = inspect;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n <= 0) {
            if (n < 0 && inspect) {
                atEnd();
            }
            return n;
        }
        count(n);
        if (!inspect) {
            return n;
        }
        if (!prologChecked) {
            keepProlog(b, off, n);
        }
        scan(b, off, n);
        return n;
    }

    /** The part's end: a prolog shorter than the one kept, or a character cut off. */
    private void atEnd() throws PartProblem {
        if (!prologChecked) {
            checkProlog();
        }
        if (!utf8.atBoundary()) {
            throw new PartProblem(notUtf8(name));
        }
    }

    /** Counts bytes against the part's cap and, in the pre-pass, the budget of all parts together. */
    private void count(int n) throws PartProblem {
        count += n;
        if (count > cap) {
            throw new PartProblem(tooLarge(name, capMb));
        }
        if (budget != null) {
            budget[0] -= n;
            if (budget[0] < 0) {
                throw new PartProblem(Message.of("ingest.xlsx.allTooLarge", Integer.toString(MAX_TOTAL_MB)));
            }
        }
    }

    /** Keeps the part's first bytes until there are enough to check its encoding. */
    private void keepProlog(byte[] b, int off, int n) throws PartProblem {
        int k = Math.min(n, prolog.length - prologLength);
        System.arraycopy(b, off, prolog, prologLength, k);
        prologLength += k;
        if (prologLength == prolog.length) {
            checkProlog();
        }
    }

    /** Watches the run without {@code <} and checks UTF-8, a character possibly spanning two reads. */
    private void scan(byte[] b, int off, int n) throws PartProblem {
        int r = run;
        for (int i = off, end = off + n; i < end; i++) {
            byte x = b[i];
            if (x >= 0 && utf8.atBoundary()) {
                // ASCII, the bulk of any part: only the run without '<' to watch
                r = x == '<' ? 0 : r + 1;
                if (r > MAX_RUN_BYTES) {
                    throw new PartProblem(longRun(name));
                }
                continue;
            }
            r++;
            if (r > MAX_RUN_BYTES) {
                throw new PartProblem(longRun(name));
            }
            if (!utf8.accept(x & 0xFF)) {
                throw new PartProblem(notUtf8(name));
            }
        }
        run = r;
    }

    /** A UTF-16/32 start, or an XML declaration naming another encoding than UTF-8. */
    private void checkProlog() throws PartProblem {
        prologChecked = true;
        for (int i = 0; i < Math.min(prologLength, 4); i++) {
            if (prolog[i] == 0 || prolog[i] == (byte) 0xFE || prolog[i] == (byte) 0xFF) {
                throw new PartProblem(notUtf8(name));
            }
        }
        String start = new String(prolog, 0, prologLength, StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(start);
        if (m.find() && !m.group(1).replace("-", "").equalsIgnoreCase("UTF8")) {
            throw new PartProblem(notUtf8(name));
        }
    }

    @Override
    public long skip(long n) throws IOException {
        // Through read(), so that skipped bytes are checked and counted too.
        int r = n <= 0 ? 0 : read(new byte[(int) Math.min(n, 8192)]);
        return Math.max(r, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
