package org.supracluster.ingest;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.supracluster.model.Message;

/**
 * The one place where the program gets an XML parser. Every XML read goes through
 * {@link #inputFactory()} so that no file can make us expand entities.
 *
 * <p>Why: a GraphML or GEXF file comes from anyone, and an XML parser with its defaults expands
 * entities declared in a DOCTYPE. An external entity ({@code <!ENTITY x SYSTEM "file:///etc/hostname">})
 * copies a local file into the data (Gephi's own GraphML importer does exactly that), and nested
 * internal entities ("billion laughs") blow up memory. Neither format needs a DTD, so the factory
 * does not process one: with {@code SUPPORT_DTD=false} the JDK parser skips the internal subset's
 * declarations, a reference to an entity is then "referenced but not declared" and fails, and
 * external DTDs and entities are never fetched. On top of that the readers refuse any file that
 * has a DOCTYPE at all ({@link #doctypeMessage()}), so the user learns why nothing was imported.
 *
 * <p>The JDK's built-in StAX implementation is used on purpose ({@link XMLInputFactory#newDefaultFactory()}),
 * not whatever {@code META-INF/services} on the class path would pick: the properties below are
 * known to mean what they say there.
 */
public final class SafeXml {

    private SafeXml() {
    }

    /** A new StAX input factory that never reads a DTD or resolves an entity. */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        // Belt and braces: even if DTD support were switched back on, no external DTD or entity
        // may be fetched (JAXP 1.5 access restriction: the empty list allows no protocol).
        setIfSupported(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // ...and a resolver that refuses, in case an implementation consults it anyway.
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not read (" + systemId + ")");
        });
        // Entity references are replaced (the default): an undeclared one is then a parse error
        // rather than an event that a reader might silently skip.
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.TRUE);
        // One CHARACTERS event per text run: simpler text collection in the readers.
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        return f;
    }

    /**
     * Checks, before parsing, that a file meant to be UTF-8 (no other encoding declared, no UTF-16
     * mark) is valid UTF-8, and reports the first bad line otherwise. The JDK's parser would stop
     * there too, but it also prints "[Fatal Error] :-1:-1: Invalid byte 1 of 1-byte UTF-8 sequence"
     * on the console and its message names no line; Excel-made files in CP949 are common here.
     *
     * @return whether the file may be parsed
     */
    static boolean encodingReadable(java.nio.file.Path file, String name, ImportReport report)
            throws java.io.IOException {
        try (InputStream in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file), 1 << 16)) {
            in.mark(512);
            byte[] head = in.readNBytes(512);
            in.reset();
            if (!meantAsUtf8(head)) {
                return true;
            }
            long bad = firstInvalidUtf8Line(in);
            if (bad > 0) {
                report.error(name, bad, null, Message.of("ingest.xml.notUtf8"));
                return false;
            }
            return true;
        }
    }

    private static boolean meantAsUtf8(byte[] head) {
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || head[0] == 0 || head[1] == 0)) {
            return false; // UTF-16 or UTF-32: the parser's own business
        }
        String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(?:\u00EF\u00BB\u00BF)?\\s*<\\?xml[^>]*?encoding\\s*="
                + "\\s*[\"']([^\"']+)[\"']").matcher(start);
        return !m.find() || m.group(1).replace("-", "").equalsIgnoreCase("UTF8");
    }

    /** The 1-based line of the first byte that breaks UTF-8 (overlong forms and surrogates included), or 0. */
    static long firstInvalidUtf8Line(InputStream in) throws java.io.IOException {
        byte[] buf = new byte[1 << 16];
        long line = 1;
        Utf8Check utf8 = new Utf8Check();
        for (int n; (n = in.read(buf)) > 0; ) {
            for (int i = 0; i < n; i++) {
                int u = buf[i] & 0xFF;
                if (u == '\n' && utf8.atBoundary()) {
                    line++;
                }
                if (!utf8.accept(u)) {
                    return line;
                }
            }
        }
        return utf8.atBoundary() ? 0 : line;
    }

    /** A stream reader over {@code in} from {@link #inputFactory()}; the caller closes both. */
    public static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return inputFactory().createXMLStreamReader(in);
    }

    /** The line the reader is on (1-based), or 0 when the parser does not say. */
    public static long line(XMLStreamReader r) {
        return Math.max(0, r.getLocation().getLineNumber());
    }

    /** What a format's reader does at each element below the root. */
    public interface ElementHandler {
        void start(XMLStreamReader r) throws XMLStreamException;

        void end(String localName);
    }

    /**
     * Walks a document whose root must be {@code <root>}, handing every element below it to
     * {@code handler}. Returns false, after reporting why, for a DOCTYPE (never expanded, see the
     * class comment) or another root element.
     *
     * @param format the format's name for messages ("GEXF")
     */
    public static boolean walk(XMLStreamReader r, String root, String format, String file, ImportReport report,
                               ElementHandler handler) throws XMLStreamException {
        boolean rootSeen = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.DTD) {
                report.error(file, line(r), null, doctypeMessage());
                return false;
            }
            if (ev == XMLStreamConstants.START_ELEMENT && !rootSeen) {
                rootSeen = true;
                if (!r.getLocalName().equals(root)) {
                    report.error(file, line(r), null, Message.of("ingest.xml.wrongRoot", format, r.getLocalName(),
                            root));
                    return false;
                }
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                handler.start(r);
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                handler.end(r.getLocalName());
            }
        }
        return true;
    }

    /** The line a parse error is on (1-based), or 0 when the parser does not say. */
    public static long line(XMLStreamException e) {
        Location loc = e.getLocation();
        return loc == null || loc.getLineNumber() < 0 ? 0 : loc.getLineNumber();
    }

    /**
     * The parser's own explanation of an error without its "ParseError at [row,col]" prefix (the
     * line is reported separately), cut to a reasonable length.
     */
    public static String describe(XMLStreamException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int at = m.indexOf("Message:");
        if (at >= 0) {
            m = m.substring(at + "Message:".length());
        }
        m = m.strip().replaceAll("\\s+", " ");
        // Some JDK parser errors have no text, only the key of a missing message, e.g.
        // "http://www.w3.org/TR/1999/REC-xml-names-19990114#AttributePrefixUnbound?gexf&xsi:schemaLocation&xsi":
        // turn the key into words and keep its arguments, so the user reads a sentence, not a URL.
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("^https?://\\S*#(\\w+)(?:\\?(\\S*))?$").matcher(m);
        if (key.matches()) {
            String words = key.group(1).replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
            m = words + (key.group(2) == null || key.group(2).isEmpty() ? ""
                    : " (" + String.join(", ", key.group(2).split("&")) + ")");
            if (words.contains("prefix unbound")) {
                m += "; a namespace prefix is used without its xmlns declaration";
            }
        }
        m = m.length() > 200 ? m.substring(0, 200) + "…" : m;
        return m.endsWith(".") ? m : m + ".";
    }

    /** What the readers report when a file has a DOCTYPE (they stop reading there). */
    public static Message doctypeMessage() {
        return Message.of("ingest.xml.doctype");
    }

    /**
     * The text of the element the reader is on (at its START_ELEMENT), leaving the reader on its
     * END_ELEMENT. Unlike {@code getElementText()} it tolerates child elements (yEd puts drawing
     * markup inside {@code <data>}) and skips them, keeping only the element's own text.
     */
    static String elementText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (depth == 1 && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE)) {
                b.append(r.getText());
            }
        }
        return b.toString();
    }

    /** Skips the element the reader is on (at its START_ELEMENT) up to its END_ELEMENT. */
    static void skipElement(XMLStreamReader r) throws XMLStreamException {
        elementText(r);
    }

    private static void setIfSupported(XMLInputFactory f, String property, Object value) {
        if (f.isPropertySupported(property)) {
            f.setProperty(property, value);
        }
    }
}
