package org.supracluster.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The report, the analysis tables and the command line say things in Korean only through the
 * message bundles ({@code model.Messages}), never in a Korean string literal beside an English
 * one ({@code ko ? "…" : "…"}): so the window, the command line and the report say a thing one way,
 * and the Korean reader's pass over the bundles reaches all three. A Hangul literal is allowed only
 * where it is no sentence of the program's: a spelling the user may type, an example inside English
 * help text, invented data. Each is named below with its reason.
 */
class KoreanOnlyInBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/supracluster");
    private static final List<String> CHECKED = List.of("export", "cli");

    /** Files whose Hangul is all data. */
    private static final Map<String, String> WHOLE_FILES = Map.of(
            "cli/RecordsBench.java", "invented firm names and patent rows for the records benchmark");

    /** File → the literals allowed in it, exactly as written in the source. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            // Spellings of --lang and --only-clusters a Korean user may type.
            "cli/Lang.java", Set.of("한국어"),
            "cli/FilterOptions.java", Set.of("기타",
                    // English help text with a province spelled as the user may write it.
                    "Provinces to show, in any spelling (경기, Gyeonggi, KR-41, 41). Default: all."),
            // English help text with Korean column headers as they stand in users' files.
            "cli/ImportCommand.java", Set.of(
                    "Headers may be English or Korean (기업명, 사업자등록번호, 주소, 출원번호, 출원인, 공급사 …).",
                    "Read the column HEADER as FIELD (repeatable), e.g. --column amount=공급가액 ",
                    "--column supplier=판매처. Fields: id, name, brn, region, city, address, lat, lon, segment, "
                            + "employees, patent_id, year, applicants, title, ipc, supplier, customer, amount, "
                            + "alias, firm, source, target, type, weight."));

    @Test
    void noSourceOfTheReportOrTheCommandLineHoldsAKoreanSentence() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> allowedSeen = new TreeSet<>();
        int files = 0;
        for (String folder : CHECKED) {
            try (Stream<Path> walk = Files.walk(SOURCES.resolve(folder))) {
                for (Path f : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    files++;
                    String name = SOURCES.relativize(f).toString().replace('\\', '/');
                    if (WHOLE_FILES.containsKey(name)) {
                        continue;
                    }
                    for (String literal : JavaLiterals.strings(Files.readString(f, StandardCharsets.UTF_8))) {
                        if (!hasHangul(literal)) {
                            continue;
                        }
                        if (ALLOWED.getOrDefault(name, Set.of()).contains(literal)) {
                            allowedSeen.add(name + ": " + literal);
                        } else {
                            problems.add(name + ": \"" + literal + "\"");
                        }
                    }
                }
            }
        }
        assertTrue(files > 40, "only " + files + " files found under " + SOURCES.toAbsolutePath());
        assertTrue(problems.isEmpty(), "Korean belongs in resources/i18n/messages_ko.properties, read through "
                + "model.Messages (or, if it is no sentence, in this test's list with its reason):\n"
                + String.join("\n", problems));
        int listed = ALLOWED.values().stream().mapToInt(Set::size).sum();
        assertEquals(listed, allowedSeen.size(), "an allowed literal is gone from its file: drop it from the list ("
                + allowedSeen + ")");
    }

    @Test
    void theScannerFindsLiteralsAndTextBlocksButNotComments() {
        String source = """
                // 주석은 코드가 아닙니다 "따옴표 안이라도"
                /* 블록 "주석" */ String a = "한 \\"문장\\"" + 'x' + '"';
                /** 문서 주석 */
                String b = \"\"\"
                    여러 줄
                    \"\"\";
                String c = "plain";
                """;
        List<String> found = JavaLiterals.strings(source);
        assertEquals(List.of("한 \\\"문장\\\"", "    여러 줄\n    ", "plain"), found);
        assertTrue(hasHangul(found.get(0)) && !hasHangul(found.get(2)));
    }

    private static boolean hasHangul(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    /** The string literals of a Java source, as written between their quotes (escapes kept). */
    static final class JavaLiterals {
        private JavaLiterals() {
        }

        static List<String> strings(String src) {
            List<String> out = new ArrayList<>();
            int i = 0;
            int n = src.length();
            while (i < n) {
                char c = src.charAt(i);
                if (src.startsWith("//", i)) {
                    i = lineEnd(src, i);
                } else if (src.startsWith("/*", i)) {
                    int end = src.indexOf("*/", i + 2);
                    i = end < 0 ? n : end + 2;
                } else if (src.startsWith("\"\"\"", i)) {
                    int start = src.indexOf('\n', i + 3) + 1;
                    int end = closing(src, start, "\"\"\"");
                    out.add(src.substring(start, end));
                    i = end + 3;
                } else if (c == '"' || c == '\'') {
                    int end = closing(src, i + 1, String.valueOf(c));
                    if (c == '"') {
                        out.add(src.substring(i + 1, end));
                    }
                    i = end + 1;
                } else {
                    i++;
                }
            }
            return out;
        }

        /** Where {@code quote} closes what opened before {@code from}, a backslash escaping one character. */
        private static int closing(String src, int from, String quote) {
            int i = from;
            while (i < src.length() && !src.startsWith(quote, i)) {
                i += src.charAt(i) == '\\' ? 2 : 1;
            }
            return Math.min(i, src.length());
        }

        private static int lineEnd(String src, int from) {
            int end = src.indexOf('\n', from);
            return end < 0 ? src.length() : end;
        }
    }
}
