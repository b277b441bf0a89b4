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
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.export.AnalysisReport;
import org.supracluster.export.AnalysisTables;
import org.supracluster.export.HtmlReport;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/**
 * Keeps the Korean bundle to the glossary {@code resources/i18n/glossary_ko.tsv}: one Korean term
 * for each English term, so the window, the command line, the import report and the HTML report
 * (all of which read the bundle) say a thing one way. Also keeps out the guessed particles ("{0}은(는)") that read as machine text: a value puts
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
     * The HTML report takes its Korean from the bundle checked above (no Korean literal is left in
     * the export code: {@code export.KoreanOnlyInBundlesTest}); what it adds of its own (cluster
     * names, the finding in words, the tables' cells) keeps to the glossary too: a Korean report of
     * a small network, every section shown, uses no listed variant.
     */
    @Test
    void theKoreanReportKeepsToTheGlossary() throws IOException {
        Network.Builder b = Network.builder();
        b.addFirm(new Firm("S", "서울 설계 001", Region.SEOUL, "", 37.5, 127.0, Segment.DESIGN, -1, Map.of()));
        b.addFirm(new Firm("D", "대전 연구 002", Region.DAEJEON, "", 36.35, 127.38, Segment.RESEARCH, -1, Map.of()));
        b.addFirm(new Firm("B", "부산 소재 003", Region.BUSAN, "", 35.18, 129.07, Segment.MATERIALS, -1, Map.of()));
        b.addFirm(new Firm("K", "춘천 부품 004", Region.GANGWON, "", 37.88, 127.73, Segment.COMPONENTS, -1, Map.of()));
        b.addFirm(new Firm("L", "광주 패키징 005", Region.GWANGJU, "", 35.16, 126.85, Segment.PACKAGING, -1, Map.of()));
        b.addLink(0, 1, LinkType.TRADE, 2, 2020);
        b.addLink(1, 2, LinkType.TRADE, 1, 2021);
        b.addLink(0, 3, LinkType.TRADE, 1, 2022);
        b.addLink(0, 1, LinkType.COPATENT, 1, 2021);
        Network n = b.build();
        AnalysisTables tables = new AnalysisTables(LinkGraph.of(NetworkView.of(n, Filter.all())),
                ClusterScheme.defaultFive(), Partition.of(ClusterScheme.defaultFive(), n), Locale.KOREAN,
                AnalysisTables.SEED_DEFAULT, 20);
        String html = HtmlReport.html(AnalysisReport.content(tables, AnalysisReport.defaultTitle(Locale.KOREAN),
                Locale.KOREAN, null, null, List.of(), new AnalysisReport.Provenance("a.db", Map.of("synthetic", "true"),
                        List.of()), "1.0", ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC), null,
                Progress.NONE)) + tables.fairShareNote();
        assertTrue(html.contains("<h2>용어 정의</h2>") && html.contains("초광역"), html);
        List<String> problems = new ArrayList<>();
        for (Term t : glossary()) {
            for (String v : t.variants()) {
                if (html.contains(v)) {
                    problems.add("\"" + v + "\" where the glossary says \"" + t.korean() + "\" (" + t.english() + ")");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
