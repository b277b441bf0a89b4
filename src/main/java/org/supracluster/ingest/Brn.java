package org.supracluster.ingest;

import java.util.Optional;
import org.supracluster.model.Message;

/**
 * The Korean business registration number (사업자등록번호): ten digits, written {@code 123-45-67890}
 * or without hyphens. The tenth digit is a check digit (National Tax Service rule, as DESIGN.md
 * states it): with weights 1,3,7,1,3,7,1,3,5 on digits 1–9, sum = Σ wᵢ·dᵢ + ⌊5·d₉ / 10⌋, and
 * d₁₀ = (10 − sum mod 10) mod 10.
 */
public final class Brn {

    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    private Brn() {
    }

    /**
     * The ten digits of a number as written (hyphens, spaces and dots between the digits
     * ignored), or empty when it is not ten digits. The check digit is not looked at here.
     */
    public static Optional<String> digits(String text) {
        StringBuilder b = new StringBuilder(10);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            } else if (c != '-' && c != ' ' && c != '.' && c != '\u2010' && c != '\u2013' && c != '\u00a0') {
                return Optional.empty();
            }
        }
        return b.length() == 10 ? Optional.of(b.toString()) : Optional.empty();
    }

    /** The check digit that nine digits call for. */
    static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += WEIGHTS[i] * (nineDigits.charAt(i) - '0');
        }
        sum += 5 * (nineDigits.charAt(8) - '0') / 10;
        return (10 - sum % 10) % 10;
    }

    /** Whether ten digits carry the right check digit. */
    public static boolean valid(String tenDigits) {
        return tenDigits.length() == 10 && checkDigit(tenDigits) == tenDigits.charAt(9) - '0';
    }

    /** {@code 1234567891} → {@code 123-45-67891}, as the number is usually shown. */
    public static String formatted(String tenDigits) {
        return tenDigits.substring(0, 3) + "-" + tenDigits.substring(3, 5) + "-" + tenDigits.substring(5);
    }

    /**
     * Reads a cell of a {@code brn} column: the ten digits, or an error in {@code report} naming
     * the line (not ten digits; a wrong check digit) and empty. An empty cell is empty, no error.
     */
    static Optional<String> read(String text, String file, long line, String column, ImportReport report) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> d = digits(text);
        if (d.isEmpty()) {
            report.error(file, line, column, Message.of("ingest.brn.notTenDigits", Message.quoted(text)));
            return Optional.empty();
        }
        if (!valid(d.get())) {
            report.error(file, line, column, Message.of("ingest.brn.checkDigit", Message.quoted(text),
                    String.valueOf(checkDigit(d.get()))));
            return Optional.empty();
        }
        return d;
    }
}
