package org.supracluster.export;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writing one UTF-8 XML document, shared by the GEXF and GraphML writers. */
final class XmlDocument {

    /** What writes the document to an open XML writer. */
    interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private XmlDocument() {
    }

    /**
     * Writes one document to {@code out} (flushed, not closed), turning the StAX exception into
     * an {@link IOException} that names the format.
     */
    static void write(OutputStream out, String format, Body body) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            body.write(w);
            w.flush();
            w.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("could not write " + format + ": " + e.getMessage(), e);
        }
    }
}
