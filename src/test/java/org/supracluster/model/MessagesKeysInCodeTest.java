package org.supracluster.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle key the importer, the command line and the exporters (the HTML report, the analysis
 * tables) ask {@link Messages} for exists in both bundles. They name keys as string literals ({@code Message.of("ingest.csv.empty")},
 * {@code m.format("cli.render.wrote", …)}, or one of two keys chosen by a condition), so each
 * literal of theirs that looks like one of their keys must be a key, or the stem of keys
 * ({@code "ingest.latitude"} + {@code ".notNumber"}). The window's {@code I18n} calls are checked by
 * {@code LocalizationConsistencyTest}.
 */
class MessagesKeysInCodeTest {

    private static final Pattern KEY_LITERAL =
            Pattern.compile("\"((?:ingest|cli|importReport|scheme\\.csv|import|report|definitions|metric|comparison"
                    + "|tab|roles|firm|clusterRole|cartographyRole|finding)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java/org/supracluster/ingest"),
            Path.of("src/main/java/org/supracluster/cli"), Path.of("src/main/java/org/supracluster/export"));

    private static Set<String> keys(String resource) throws IOException {
        try (InputStream in = MessagesKeysInCodeTest.class.getResourceAsStream(resource)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p.stringPropertyNames();
        }
    }

    @Test
    void everyKeyTheImporterTheCommandLineAndTheExportersNameIsInBothBundles() throws IOException {
        Set<String> english = keys("/i18n/messages.properties");
        Set<String> korean = keys("/i18n/messages_ko.properties");
        List<String> missing = new ArrayList<>();
        int seen = 0;
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".java")).sorted().toList()) {
                    Matcher m = KEY_LITERAL.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        String key = m.group(1);
                        seen++;
                        for (Set<String> bundle : List.of(english, korean)) {
                            boolean stem = bundle.stream().anyMatch(k -> k.startsWith(key + "."));
                            if (!bundle.contains(key) && !stem) {
                                missing.add(key + " (" + f.getFileName() + ", "
                                        + (bundle == english ? "messages" : "messages_ko") + ")");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(seen > 150, "the pattern found only " + seen + " keys: has the code's way of naming keys changed?");
        assertTrue(missing.isEmpty(), "keys named in code but missing from a bundle: " + missing);
    }
}
