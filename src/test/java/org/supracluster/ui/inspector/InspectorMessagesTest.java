package org.supracluster.ui.inspector;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.supracluster.analysis.FirmMetric;
import org.supracluster.ui.I18n;

/**
 * Every bundle key the firm panels name, also those handed to a helper rather than straight to
 * {@link I18n#get} (table headers), every {@link FirmMetric} and every {@link PartnerKind}, has a
 * message in both languages. (LocalizationConsistencyTest checks {@code I18n.get("…")} calls and the enums it lists.)
 */
class InspectorMessagesTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "org", "supracluster", "ui", "inspector");
    private static final Pattern KEY = Pattern.compile(
            "\"((?:firm|firms|metric|inspector|cartography|chart|legend|partnerKind|cartographyRole)\\.[A-Za-z.]+)\"");

    private static Properties bundle(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = InspectorMessagesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/i18n/messages.properties", "/i18n/messages_ko.properties"})
    void everyKeyThePanelsNameExists(String resource) throws IOException {
        Properties messages = bundle(resource);
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!messages.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        // The figures' names are keys of the catalogue in analysis, not strings in these sources.
        for (FirmMetric metric : FirmMetric.values()) {
            if (!messages.containsKey(metric.messageKey())) {
                missing.add(metric.messageKey() + " (FirmMetric." + metric + ")");
            }
        }
        for (PartnerKind k : PartnerKind.values()) {
            if (!messages.containsKey(I18n.key(k))) {
                missing.add(I18n.key(k));
            }
        }
        assertTrue(missing.isEmpty(), resource + " lacks " + missing);
    }
}
