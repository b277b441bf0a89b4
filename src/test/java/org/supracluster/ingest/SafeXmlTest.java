package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supracluster.ingest.GraphFileFixtures.everything;
import static org.supracluster.ingest.GraphFileFixtures.lineOf;
import static org.supracluster.ingest.GraphFileFixtures.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No XML file can make the program read a local file or expand entities: XXE in text, in an
 * attribute, through a parameter entity or an external DTD, and "billion laughs", for both readers.
 */
class SafeXmlTest {

    private static final String MARKER = "SECRET-MARKER-7f3a";

    @TempDir
    Path dir;

    private Path secret;

    @Test
    void theFactoryNeitherSupportsDtdsNorExternalEntities() {
        XMLInputFactory f = SafeXml.inputFactory();
        assertEquals(Boolean.FALSE, f.getProperty(XMLInputFactory.SUPPORT_DTD));
        assertEquals(Boolean.FALSE, f.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES));
    }

    @Test
    void anUndeclaredEntityIsAParseErrorNotASilentGap() throws Exception {
        String xml = "<?xml version=\"1.0\"?>\n<a>\n<b>&nope;</b>\n</a>\n";
        XMLStreamReader r = SafeXml.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        XMLStreamException e = org.junit.jupiter.api.Assertions.assertThrows(XMLStreamException.class, () -> {
            while (r.hasNext()) {
                r.next();
            }
        });
        assertEquals(3, SafeXml.line(e));
        assertTrue(SafeXml.describe(e).contains("nope"), SafeXml.describe(e));
    }

    /** Found by the fuzz corpus: the JDK parser's message for an undeclared prefix is only a URL. */
    @Test
    void anUndeclaredNamespacePrefixIsDescribedInWordsAsASentence() throws Exception {
        String xml = "<?xml version=\"1.0\"?>\n<a xsi:schemaLocation=\"x\"/>\n";
        XMLStreamReader r = SafeXml.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        XMLStreamException e = org.junit.jupiter.api.Assertions.assertThrows(XMLStreamException.class, () -> {
            while (r.hasNext()) {
                r.next();
            }
        });
        String d = SafeXml.describe(e);
        assertTrue(d.startsWith("attribute prefix unbound (a, xsi:schemaLocation, xsi)"), d);
        assertTrue(d.contains("without its xmlns declaration") && d.endsWith("."), d);
        assertFalse(d.contains("http"), d);
    }

    static Stream<Arguments> readers() {
        BiFunction<Path, ImportReport, ParsedData> graphml = (p, r) -> new GraphMLReader().read(p, r);
        BiFunction<Path, ImportReport, ParsedData> gexf = (p, r) -> new GexfReader().read(p, r);
        return Stream.of(Arguments.of("graphml", graphml), Arguments.of("gexf", gexf));
    }

    /** A small valid file of the format whose node label (and a value) are {@code text}. */
    private static String file(String format, String doctype, String text) {
        if (format.equals("graphml")) {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype
                    + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                    + "<key id=\"l\" for=\"node\" attr.name=\"label\"/>\n"
                    + "<key id=\"r\" for=\"node\" attr.name=\"region\"/>\n"
                    + "<graph edgedefault=\"directed\">\n"
                    + "<node id=\"a\"><data key=\"l\">" + text + "</data><data key=\"r\">경기</data></node>\n"
                    + "</graph>\n</graphml>\n";
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype
                + "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n<graph>\n"
                + "<attributes class=\"node\"><attribute id=\"r\" title=\"region\"/></attributes>\n"
                + "<nodes>\n<node id=\"a\" label=\"" + text + "\"><attvalues><attvalue for=\"r\" value=\"경기\"/>"
                + "</attvalues></node>\n</nodes>\n</graph>\n</gexf>\n";
    }

    private void makeSecret() throws IOException {
        secret = write(dir, "secret.txt", MARKER + "\n");
    }

    private void assertRefused(String format, BiFunction<Path, ImportReport, ParsedData> reader, String content)
            throws IOException {
        Path file = write(dir, "attack." + format, content);
        ImportReport report = new ImportReport();
        ParsedData data = reader.apply(file, report);

        assertTrue(report.hasErrors(), "no error for " + content);
        assertEquals("attack." + format, report.errors().get(0).file());
        assertFalse(everything(data, report).contains(MARKER), "the secret leaked: " + everything(data, report));
        assertTrue(data.firms().isEmpty(), "nothing is imported from a file with a DOCTYPE");
    }

    /** Found by the fuzz corpus: the JDK parser printed "[Fatal Error] :-1:-1: …" and named no line. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void invalidUtf8IsReportedWithItsLineAndNothingIsPrinted(String format,
                                                             BiFunction<Path, ImportReport, ParsedData> reader)
            throws IOException {
        String good = file(format, "", "수원 장비");
        byte[] cp949 = good.getBytes(java.nio.charset.Charset.forName("MS949"));
        Path file = dir.resolve("cp949." + format);
        java.nio.file.Files.write(file, cp949);
        ImportReport report = new ImportReport();
        java.io.PrintStream console = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            reader.apply(file, report);
        } finally {
            System.setErr(console);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
        ImportFixture.assertOneError(report, "cp949." + format, lineOf(good, "수원 장비"), null,
                "not valid UTF-8 text here");
        // Declared, the same bytes are read.
        java.nio.file.Files.write(file, good.replace("encoding=\"UTF-8\"", "encoding=\"EUC-KR\"")
                .getBytes(java.nio.charset.Charset.forName("MS949")));
        ImportReport declared = new ImportReport();
        ParsedData data = reader.apply(file, declared);
        assertEquals(0, declared.errorCount(), declared.lines()::toString);
        assertEquals("수원 장비", data.firms().get(0).name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void externalEntityInTextIsNotExpanded(String format, BiFunction<Path, ImportReport, ParsedData> reader)
            throws IOException {
        makeSecret();
        String doctype = "<!DOCTYPE root [\n<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n]>\n";
        assertRefused(format, reader, file(format, doctype, "&xxe;"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void externalParameterEntityAndExternalDtdAreNotRead(String format,
                                                         BiFunction<Path, ImportReport, ParsedData> reader)
            throws IOException {
        makeSecret();
        String parameter = "<!DOCTYPE root [\n<!ENTITY % p SYSTEM \"" + secret.toUri() + "\">\n%p;\n]>\n";
        assertRefused(format, reader, file(format, parameter, "x"));
        String external = "<!DOCTYPE root SYSTEM \"" + secret.toUri() + "\">\n";
        assertRefused(format, reader, file(format, external, "x"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void billionLaughsEndsInAnErrorWithoutExpanding(String format, BiFunction<Path, ImportReport, ParsedData> reader)
            throws IOException {
        StringBuilder d = new StringBuilder("<!DOCTYPE root [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            d.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        d.append("]>\n");
        assertRefused(format, reader, file(format, d.toString(), "&lol9;"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void aDoctypeIsReportedWithItsLine(String format, BiFunction<Path, ImportReport, ParsedData> reader)
            throws IOException {
        String content = file(format, "<!DOCTYPE root>\n", "x");
        Path file = write(dir, "plain." + format, content);
        ImportReport report = new ImportReport();
        reader.apply(file, report);

        assertEquals(1, report.errorCount(), report.lines().toString());
        assertEquals(2, report.errors().get(0).line());
        assertTrue(report.errors().get(0).message().contains("DOCTYPE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void aMissingFileIsAnErrorNotAnException(String format, BiFunction<Path, ImportReport, ParsedData> reader) {
        ImportReport report = new ImportReport();
        ParsedData data = reader.apply(dir.resolve("absent." + format), report);

        assertTrue(report.hasErrors());
        assertTrue(data.firms().isEmpty());
        assertFalse(Files.exists(dir.resolve("absent." + format)));
    }
}
