package org.supracluster.ingest;

import static org.supracluster.ingest.XlsxCells.decodeEscapes;
import static org.supracluster.ingest.XlsxSheet.MAX_CELL_CHARS;
import static org.supracluster.ingest.XlsxSheet.MAX_SHARED_STRINGS;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import org.supracluster.ingest.XlsxSheet.Refusal;
import org.supracluster.model.Message;

/**
 * The shared-string table ({@code xl/sharedStrings.xml}), where Excel keeps each distinct text of
 * the workbook once and a cell of type {@code s} names its text by number; and the reading of a
 * string item, which a cell's inline text ({@code <is>}) shares. Each text is one object however
 * many cells show it, so the table costs at most its unpacked size while the sheet is read.
 */
final class XlsxSharedStrings {

    private XlsxSharedStrings() {
    }

    /** The table's texts, in order (a cell's number is its index). */
    static List<String> read(XlsxPart p) throws Refusal {
        List<String> out = new ArrayList<>();
        try (p) {
            while (p.next() != XMLStreamConstants.END_DOCUMENT) {
                if (p.isStart() && p.local().equals("si")) {
                    if (out.size() >= MAX_SHARED_STRINGS) {
                        throw new Refusal(Message.of("ingest.xlsx.tooManySharedTexts",
                                Integer.toString(MAX_SHARED_STRINGS)));
                    }
                    out.add(richText(p, "si", 0, Message.of("ingest.xlsx.aSharedText")));
                }
            }
        }
        return out;
    }

    /** A text longer than a cell may hold; {@code what} names it (a shared text, a cell). */
    static Message tooManyChars(Message what) {
        return Message.of("ingest.xlsx.tooManyChars", what, Integer.toString(MAX_CELL_CHARS));
    }

    /**
     * The text of a string item ({@code <si>} or a cell's {@code <is>}), the reader on its start
     * element: the {@code <t>} texts of its runs, without phonetic runs ({@code <rPh>}), with Excel's
     * {@code _xHHHH_} escapes decoded. Leaves the reader on the item's end element.
     */
    static String richText(XlsxPart p, String element, long row, Message what) throws Refusal {
        int base = p.depth();
        StringBuilder b = new StringBuilder();
        int inT = 0;
        int inPhonetic = 0;
        while (true) {
            int ev = p.next();
            if (ev == XMLStreamConstants.END_DOCUMENT) {
                break;
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String n = p.local();
                if (n.equals("t")) {
                    inT++;
                } else if (n.equals("rPh")) {
                    inPhonetic++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (p.depth() < base) {
                    break;
                }
                String n = p.local();
                if (n.equals("t")) {
                    inT--;
                } else if (n.equals("rPh")) {
                    inPhonetic--;
                }
            } else if (inT > 0 && inPhonetic == 0 && p.isText()) {
                b.append(p.r.getTextCharacters(), p.r.getTextStart(), p.r.getTextLength());
                if (b.length() > MAX_CELL_CHARS) {
                    throw new Refusal(row, tooManyChars(what));
                }
            }
        }
        return decodeEscapes(b);
    }
}
