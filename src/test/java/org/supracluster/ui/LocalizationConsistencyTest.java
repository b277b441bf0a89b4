package org.supracluster.ui;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.supracluster.analysis.BrokerageRole;
import org.supracluster.analysis.CartographyRole;
import org.supracluster.analysis.ClusterRole;
import org.supracluster.analysis.DistanceBand;
import org.supracluster.model.LinkType;
import org.supracluster.model.Segment;

/**
 * Keeps the two message bundles complete and consistent: the same keys, no empty values,
 * patterns that parse with the same arguments in both languages, Korean that is Korean, every
 * enum the UI names has its keys, and every key the code asks for exists. Also pins the
 * behaviour of {@link I18n} that the bundles rely on. Runs without a JavaFX toolkit.
 */
class LocalizationConsistencyTest {

    private static final String ENGLISH = "/i18n/messages.properties";
    private static final String KOREAN = "/i18n/messages_ko.properties";
    /** Enums whose constants the UI shows by {@link I18n#name(Enum)}. */
    private static final List<Class<? extends Enum<?>>> NAMED_ENUMS = List.of(ClusterRole.class,
            CartographyRole.class, BrokerageRole.class, LinkType.class, Segment.class, DistanceBand.class,
            org.supracluster.ingest.FileKind.class, org.supracluster.ui.files.ImportFile.Encoding.class,
            org.supracluster.model.Placement.class);
    /** Latin words that may stay untranslated in Korean (units). */
    private static final Set<String> UNTRANSLATED_WORDS = Set.of("km");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");
    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}{2,}");
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");

    private static Map<String, String> english() throws IOException {
        return load(ENGLISH);
    }

    private static Map<String, String> korean() throws IOException {
        return load(KOREAN);
    }

    /** The file as strict UTF-8 (PropertyResourceBundle would silently fall back to ISO-8859-1). */
    private static String text(String resource) throws IOException {
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the classpath");
            byte[] bytes = in.readAllBytes();
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new AssertionError(resource + " is not valid UTF-8", e);
            }
        }
    }

    private static Map<String, String> load(String resource) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text(resource)));
        Map<String, String> map = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return map;
    }

    private static Set<Integer> argumentIndices(String pattern) {
        Set<Integer> indices = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            indices.add(Integer.parseInt(m.group(1)));
        }
        return indices;
    }

    @Test
    void bothBundlesHaveExactlyTheSameKeys() throws IOException {
        Set<String> en = english().keySet();
        Set<String> ko = korean().keySet();
        Set<String> onlyEnglish = new TreeSet<>(en);
        onlyEnglish.removeAll(ko);
        Set<String> onlyKorean = new TreeSet<>(ko);
        onlyKorean.removeAll(en);
        assertAll(() -> assertTrue(onlyEnglish.isEmpty(), "missing in messages_ko: " + onlyEnglish),
                () -> assertTrue(onlyKorean.isEmpty(), "missing in messages: " + onlyKorean));
    }

    @ParameterizedTest
    @ValueSource(strings = {ENGLISH, KOREAN})
    void noKeyIsDefinedTwiceAndNoLineIsContinued(String resource) throws IOException {
        Set<String> seen = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (String line : text(resource).split("\n", -1)) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#") || s.startsWith("!")) {
                continue;
            }
            if (s.endsWith("\\")) {
                problems.add("continued line (keep one entry per line): " + s);
            }
            int eq = s.indexOf('=');
            if (eq <= 0) {
                problems.add("not key=value: " + s);
                continue;
            }
            String key = s.substring(0, eq).strip();
            if (!seen.add(key)) {
                problems.add("defined twice: " + key);
            }
        }
        assertTrue(problems.isEmpty(), resource + ": " + problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {ENGLISH, KOREAN})
    void noValueIsEmptyOrHasALoneAsciiApostrophe(String resource) throws IOException {
        List<String> problems = new ArrayList<>();
        load(resource).forEach((k, v) -> {
            if (v.isBlank()) {
                problems.add(k + " is empty");
            }
            // A doubled apostrophe is MessageFormat's escape for one: the importer's English keeps the
            // ASCII apostrophe its tests have always read ("the workbook's part").
            if (v.replace("''", "").indexOf('\'') >= 0) {
                problems.add(k + " has a lone ASCII apostrophe, which MessageFormat reads as a quote (use ’, or '' for one ')");
            }
        });
        assertTrue(problems.isEmpty(), resource + ": " + problems);
    }

    @Test
    void everyPatternParsesAndHasTheSameArgumentsInBothLanguages() throws IOException {
        Map<String, String> en = english();
        Map<String, String> ko = korean();
        List<String> problems = new ArrayList<>();
        for (String key : en.keySet()) {
            if (!ko.containsKey(key)) {
                continue; // reported by bothBundlesHaveExactlyTheSameKeys
            }
            for (Map.Entry<Locale, String> value : Map.of(Locale.ENGLISH, en.get(key), Locale.KOREAN, ko.get(key))
                    .entrySet()) {
                try {
                    new MessageFormat(value.getValue(), value.getKey());
                } catch (IllegalArgumentException e) {
                    problems.add(key + " (" + value.getKey() + ") does not parse: " + e.getMessage());
                }
            }
            Set<Integer> enArgs = argumentIndices(en.get(key));
            Set<Integer> koArgs = argumentIndices(ko.get(key));
            if (!enArgs.equals(koArgs)) {
                problems.add(key + ": arguments " + enArgs + " in English but " + koArgs + " in Korean");
            }
            if (!enArgs.isEmpty() && !enArgs.equals(indicesFromZero(enArgs.size()))) {
                problems.add(key + ": arguments " + enArgs + " do not run 0, 1, 2, …");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static Set<Integer> indicesFromZero(int n) {
        Set<Integer> s = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            s.add(i);
        }
        return s;
    }

    @Test
    void koreanValuesAreKoreanWhereTheEnglishIsAWord() throws IOException {
        Map<String, String> en = english();
        Map<String, String> ko = korean();
        List<String> untranslated = new ArrayList<>();
        for (Map.Entry<String, String> e : en.entrySet()) {
            String koValue = ko.get(e.getKey());
            if (koValue != null && hasWord(e.getValue()) && !HANGUL.matcher(koValue).find()) {
                untranslated.add(e.getKey() + "=" + koValue);
            }
        }
        assertTrue(untranslated.isEmpty(), "Korean values without Hangul: " + untranslated);
    }

    /** A Latin word with a lower-case letter, outside placeholders: "Trade" yes, "ID", "km", "{0}" no. */
    private static boolean hasWord(String value) {
        Matcher m = WORD.matcher(value.replaceAll("\\{[^}]*}", " "));
        while (m.find()) {
            String w = m.group();
            if (!w.equals(w.toUpperCase(Locale.ROOT)) && !UNTRANSLATED_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyEnumTheUiNamesHasAKeyForEachConstant() throws IOException {
        Map<String, String> en = english();
        List<String> missing = NAMED_ENUMS.stream().flatMap(type -> Stream.of(type.getEnumConstants()))
                .map(I18n::key).filter(k -> !en.containsKey(k)).collect(Collectors.toList());
        assertTrue(missing.isEmpty(), "enum constants without a message: " + missing);
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Path sources = Path.of("src", "main", "java");
        if (!Files.isDirectory(sources)) {
            fail("run from the project directory: " + sources.toAbsolutePath() + " not found");
        }
        Pattern call = Pattern.compile("I18n\\.(?:get|format)\\(\\s*\"([^\"]+)\"");
        Map<String, String> en = english();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                Matcher m = call.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!en.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + sources.relativize(file) + ")");
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys used in code but not in the bundles: " + missing);
    }

    /** What the bundles rely on in {@link I18n}; each test restores the language it found. */
    @Nested
    class I18nBehaviour {
        private Locale before;
        private Locale defaultBefore;

        @BeforeEach
        void remember() {
            before = I18n.locale();
            defaultBefore = Locale.getDefault();
        }

        @AfterEach
        void restore() {
            Locale.setDefault(defaultBefore);
            I18n.setLocale(before);
        }

        @Test
        void anyKoreanLocaleMeansKoreanAndEverythingElseEnglish() {
            assertEquals(Locale.KOREAN, I18n.supported(Locale.KOREA));
            assertEquals(Locale.KOREAN, I18n.supported(new Locale("ko")));
            assertEquals(Locale.ENGLISH, I18n.supported(Locale.US));
            assertEquals(Locale.ENGLISH, I18n.supported(Locale.JAPAN));
            assertEquals(Locale.ENGLISH, I18n.supported(Locale.ROOT));
        }

        @Test
        void englishIsEnglishEvenOnAKoreanSystem() {
            Locale.setDefault(Locale.KOREA);
            I18n.setLocale(Locale.KOREAN);
            I18n.setLocale(Locale.ENGLISH);
            assertEquals("Supracluster Explorer", I18n.get("app.title"));
            I18n.followSystemLocale();
            assertEquals(Locale.KOREAN, I18n.locale());
            assertEquals("슈퍼클러스터 탐색기", I18n.get("app.title"));
        }

        @Test
        void formatFillsTheStatusBarInBothLanguages() {
            I18n.setLocale(Locale.ENGLISH);
            assertEquals("1,200 of 1,500 firms, 30 of 7,500 links shown",
                    I18n.format("status.shown", 1200, 1500, 30, 7500));
            I18n.setLocale(Locale.KOREA);
            assertEquals("기업 1,500개 중 1,200개, 연결 7,500개 중 30개 표시",
                    I18n.format("status.shown", 1200, 1500, 30, 7500));
        }

        @Test
        void choicePatternsReadNaturally() {
            I18n.setLocale(Locale.ENGLISH);
            assertEquals("No partners", I18n.format("inspector.partners.count", 0));
            assertEquals("1 partner", I18n.format("inspector.partners.count", 1));
            assertEquals("1,234 partners", I18n.format("inspector.partners.count", 1234));
            assertEquals("2019–2024", I18n.format("filter.years.range", 2019, 2024));
            I18n.setLocale(Locale.KOREAN);
            assertEquals("협력 기업 3곳", I18n.format("inspector.partners.count", 3));
        }

        @Test
        void enumConstantsAreNamedInTheCurrentLanguage() {
            assertEquals("clusterRole.core_hub", I18n.key(ClusterRole.CORE_HUB));
            assertEquals("cartographyRole.r6", I18n.key(CartographyRole.R6));
            I18n.setLocale(Locale.KOREAN);
            assertEquals("핵심 허브", I18n.name(ClusterRole.CORE_HUB));
            assertEquals("외부 지향(관문)", I18n.name(ClusterRole.EXTERNALLY_ORIENTED));
            assertEquals("연결 허브", I18n.name(CartographyRole.R6));
            assertEquals("문지기", I18n.name(BrokerageRole.GATEKEEPER));
            I18n.setLocale(Locale.ENGLISH);
            assertEquals("Externally oriented (gateway)", I18n.name(ClusterRole.EXTERNALLY_ORIENTED));
        }

        @Test
        void listenersHearEachSwitchUntilTheyUnsubscribe() {
            I18n.setLocale(Locale.ENGLISH);
            List<Locale> heard = new ArrayList<>();
            try (I18n.Subscription s = I18n.addListener(heard::add)) {
                I18n.setLocale(Locale.KOREA);
                I18n.setLocale(Locale.KOREAN); // no change: no call
                I18n.setLocale(Locale.US);
            }
            I18n.setLocale(Locale.KOREAN);
            assertEquals(List.of(Locale.KOREAN, Locale.ENGLISH), heard);
        }

        @Test
        void aFailingListenerDoesNotSilenceTheOthers() {
            I18n.setLocale(Locale.ENGLISH);
            AtomicReference<Locale> heard = new AtomicReference<>();
            try (I18n.Subscription bad = I18n.addListener(l -> {
                throw new IllegalStateException("boom");
            }); I18n.Subscription good = I18n.addListener(heard::set)) {
                assertThrows(IllegalStateException.class, () -> I18n.setLocale(Locale.KOREAN));
            }
            assertEquals(Locale.KOREAN, heard.get());
            assertEquals(Locale.KOREAN, I18n.locale());
        }

        @Test
        void aMissingKeyShowsItselfInsteadOfBreakingTheWindow() {
            assertEquals("!no.such.key!", I18n.get("no.such.key"));
            assertEquals("!no.such.key!", I18n.format("no.such.key", 1));
        }

        @Test
        void languageNamesAreWrittenInTheirOwnLanguage() {
            assertEquals("한국어", I18n.languageName(Locale.KOREAN));
            assertEquals("English", I18n.languageName(Locale.ENGLISH));
        }
    }
}
