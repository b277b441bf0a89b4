package org.supracluster.ingest;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A firm name as compared when a reference is looked up by name (DESIGN.md, "how a reference
 * finds its firm"): Unicode NFKC (㈜ becomes (주), full-width letters become ASCII), legal-form
 * words removed wherever they stand (주식회사, (주), 유한회사, (유), 유한책임회사, 합자회사,
 * 합명회사, 재단법인, (재), 사단법인, (사), Co., Ltd., Inc., Corp., Corporation, Limited, LLC,
 * with or without spaces and dots), spaces and punctuation ignored, Latin letters case-folded.
 * So {@code 한빛반도체주식회사}, {@code 주식회사 한빛반도체} and {@code (주)한빛반도체} all compare as
 * {@code 한빛반도체}, and {@code HANBIT SEMICONDUCTOR CO., LTD.} as {@code hanbitsemiconductor}.
 */
public final class FirmNames {

    /**
     * Korean legal forms, removed wherever they stand in the name (they are never part of the
     * name proper). Longest first, so 유한책임회사 goes before 유한회사 can match inside it.
     */
    private static final List<String> KOREAN_FORMS = List.of("유한책임회사", "주식회사", "유한회사", "합자회사",
            "합명회사", "재단법인", "사단법인", "(주)", "(유)", "(재)", "(사)", "(합)");

    /**
     * Latin legal forms as compared (letters only, lower case), removed only as whole trailing
     * or leading words so that "Incheon" or "Cochlear" keep their letters.
     */
    private static final List<String> LATIN_FORMS = List.of("corporation", "incorporated", "limited", "company",
            "corp", "co", "ltd", "coltd", "inc", "llc", "plc", "gmbh");

    /** Runs of anything but letters and digits: what separates words. */
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private FirmNames() {
    }

    /** The key a name is compared by; empty when nothing but legal forms and punctuation is left. */
    public static String key(String name) {
        String s = Normalizer.isNormalized(name, Normalizer.Form.NFKC) ? name
                : Normalizer.normalize(name, Normalizer.Form.NFKC);
        s = s.toLowerCase(Locale.ROOT);
        for (String form : KOREAN_FORMS) {
            if (s.contains(form)) {
                s = s.replace(form, " ");
            }
        }
        // Latin words: split at anything that is not a letter or digit, then drop legal-form words
        // at either end (repeatedly: "Co., Ltd." is two of them).
        String[] words = NOT_WORD.split(s);
        int from = 0;
        int to = words.length;
        while (from < to && (words[from].isEmpty() || LATIN_FORMS.contains(words[from]))) {
            from++;
        }
        while (to > from && (words[to - 1].isEmpty() || LATIN_FORMS.contains(words[to - 1]))) {
            to--;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = from; i < to; i++) {
            b.append(words[i]);
        }
        return b.toString();
    }
}
