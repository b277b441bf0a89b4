package org.supracluster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the Korean bundle to the glossary {@code resources/i18n/glossary_ko.tsv}: one Korean term
 * for each English term, so the window, the command line and the import report say a thing one
 * way. Also keeps out the guessed particles ("{0}은(는)") that read as machine text: a value puts
 * its placeholder where no particle follows it.
 */
class GlossaryTest {

    /** One row of the glossary. */
    record Term(String english, String korean, List<String> variants) { }

    private static final Pattern GUESSED_PARTICLE = Pattern.compile("\\((?:은|는|이|가|을|를|으|와|과)\\)");

    private static String resource(String name) throws IOException {
        try (InputStream in = GlossaryTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name + " is not on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<Term> glossary() throws IOException {
        List<Term> terms = new ArrayList<>();
        for (String line : resource("/i18n/glossary_ko.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            assertEquals(3, cells.length, "English, Korean, variants: " + line);
            List<String> variants = cells[2].isBlank() ? List.of() : List.of(cells[2].split(","));
            terms.add(new Term(cells[0].strip(), cells[1].strip(), variants.stream().map(String::strip).toList()));
        }
        return terms;
    }

    private static Map<String, String> korean() throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(resource("/i18n/messages_ko.properties")));
        Map<String, String> map = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return map;
    }

    @Test
    void theGlossaryGivesEachEnglishTermOneKoreanTermAndNoVariantIsATerm() throws IOException {
        List<Term> terms = glossary();
        assertFalse(terms.isEmpty());
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new TreeMap<>();
        for (Term t : terms) {
            if (seen.put(t.english(), t.korean()) != null) {
                problems.add(t.english() + " is listed twice");
            }
            for (Term other : terms) {
                if (other.variants().contains(t.korean())) {
                    problems.add(t.korean() + " is the term for " + t.english() + " and a variant for " + other.english());
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theKoreanBundleUsesOnlyTheGlossarysTerms() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, String> ko = korean();
        for (Term t : glossary()) {
            for (String variant : t.variants()) {
                ko.forEach((key, value) -> {
                    if (value.contains(variant)) {
                        problems.add(key + " says " + variant + " for " + t.english() + "; the glossary says " + t.korean());
                    }
                });
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyGlossaryTermIsInUse() throws IOException {
        Map<String, String> ko = korean();
        List<String> unused = glossary().stream().map(Term::korean)
                .filter(term -> ko.values().stream().noneMatch(v -> v.contains(term))).toList();
        assertTrue(unused.isEmpty(), "terms no Korean message uses (a stale glossary row?): " + unused);
    }

    @Test
    void noKoreanValueGuessesAParticle() throws IOException {
        List<String> guessed = new ArrayList<>();
        korean().forEach((key, value) -> {
            Matcher m = GUESSED_PARTICLE.matcher(value);
            if (m.find()) {
                guessed.add(key + "=" + value);
            }
        });
        assertTrue(guessed.isEmpty(), "write the sentence so no particle follows a placeholder: " + guessed);
    }

    /**
     * The HTML report's Korean words are written in the export code (it may not read the window's
     * bundles): its string literals keep to the glossary too.
     */
    @Test
    void theReportsKoreanWordsKeepToTheGlossary() throws IOException {
        List<Term> terms = glossary();
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
        List<String> problems = new ArrayList<>();
        java.nio.file.Path export = java.nio.file.Path.of("src/main/java/org/supracluster/export");
        try (var files = java.nio.file.Files.list(export)) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = literal.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    String text = m.group(1);
                    for (Term t : terms) {
                        for (String v : t.variants()) {
                            if (text.contains(v)) {
                                problems.add(f.getFileName() + ": \"" + v + "\" where the glossary says \""
                                        + t.korean() + "\" (" + t.english() + ")");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
