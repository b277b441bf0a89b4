package org.supracluster.ingest;

import static org.supracluster.ingest.XlsxSheet.MAX_DEPTH;
import static org.supracluster.ingest.XlsxSheet.cannotUnpack;
import static org.supracluster.ingest.XlsxSheet.doctype;
import static org.supracluster.ingest.XlsxSheet.notWellFormed;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.supracluster.ingest.XlsxSheet.PartProblem;
import org.supracluster.ingest.XlsxSheet.Refusal;
import org.supracluster.model.Message;

/**
 * A part being parsed: refuses a DOCTYPE and deep nesting, turns the stream's refusals into Refusal.
 * The parser is the program's one ({@link SafeXml}: the JDK's StAX, no DTD, no entity); the
 * workbook, styles, shared strings and sheet readers walk their part through {@link #next()}, so
 * that every one of them gets these checks and the same sentences.
 */
final class XlsxPart implements AutoCloseable {

    final String name;
    final XMLStreamReader r;
    private final InputStream in;
    private int depth;
    /** The sheet row being read, for messages. */
    long row;

    XlsxPart(String name, InputStream in) throws XMLStreamException {
        this.name = name;
        this.in = in;
        this.r = factory().createXMLStreamReader(in);
    }

    int next() throws Refusal {
        try {
            if (!r.hasNext()) {
                return XMLStreamConstants.END_DOCUMENT;
            }
            int ev = r.next();
            if (ev == XMLStreamConstants.DTD) {
                throw new Refusal(doctype(name));
            }
            if (ev == XMLStreamConstants.START_ELEMENT && ++depth > MAX_DEPTH) {
                throw new Refusal(row, Message.of("ingest.xlsx.tooDeep", name, Integer.toString(MAX_DEPTH)));
            }
            if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
            return ev;
        } catch (XMLStreamException e) {
            throw refusal(name, row, e);
        }
    }

    boolean isStart() {
        return r.getEventType() == XMLStreamConstants.START_ELEMENT;
    }

    boolean isEnd() {
        return r.getEventType() == XMLStreamConstants.END_ELEMENT;
    }

    boolean isText() {
        int ev = r.getEventType();
        return ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                || ev == XMLStreamConstants.SPACE;
    }

    String local() {
        return r.getLocalName();
    }

    String attr(String name) {
        return r.getAttributeValue(null, name);
    }

    int depth() {
        return depth;
    }

    @Override
    public void close() {
        try {
            r.close();
        } catch (XMLStreamException ignored) {
            // closing only
        }
        XlsxPackage.closeQuietly(in);
    }

    /** A new factory per part: the importer reads files on two threads, and a factory is cheap. */
    private static XMLInputFactory factory() {
        XMLInputFactory f = SafeXml.inputFactory();
        // Text in pieces (the JDK parser hands at most 16K characters at a time): nothing here needs
        // a text node whole, and a coalesced giant one would sit in memory.
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
        return f;
    }

    /**
     * What a parse error means: a refusal of the stream below (a limit crossed: the JDK parser
     * carries it as the nested exception), a broken deflate stream, or XML that is not well-formed.
     */
    static Refusal refusal(String part, long row, XMLStreamException e) {
        Throwable t = e;
        for (int i = 0; i < 8 && t != null; i++) {
            if (t instanceof PartProblem p) {
                return new Refusal(row, p.text);
            }
            if (t instanceof IOException) {
                return new Refusal(row, cannotUnpack(part));
            }
            t = t instanceof XMLStreamException x && x.getNestedException() != null ? x.getNestedException()
                    : t.getCause();
        }
        return new Refusal(row, notWellFormed(part, e));
    }
}
