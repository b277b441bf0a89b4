package org.supracluster.ingest;

import static org.supracluster.ingest.XlsxSheet.MAX_ENTRIES;
import static org.supracluster.ingest.XlsxSheet.MAX_TOTAL_MB;
import static org.supracluster.ingest.XlsxSheet.MB;
import static org.supracluster.ingest.XlsxSheet.cannotUnpack;
import static org.supracluster.ingest.XlsxSheet.damagedZip;
import static org.supracluster.ingest.XlsxSheet.encrypted;
import static org.supracluster.ingest.XlsxSheet.notXlsx;
import static org.supracluster.ingest.XlsxSheet.oldXls;
import static org.supracluster.ingest.XlsxSheet.oldXlsOrEncrypted;
import static org.supracluster.ingest.XlsxSheet.unusualCompression;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import org.supracluster.ingest.XlsxSheet.PartProblem;
import org.supracluster.ingest.XlsxSheet.Refusal;
import org.supracluster.model.Message;

/**
 * The zip archive an .xlsx workbook is, opened with the JDK's {@link ZipFile}: its first bytes are
 * looked at before (an empty file, an old .xls or an encrypted workbook, which are OLE2 compound
 * files, and anything else that is no zip each get their own sentence), its entries are counted,
 * and a part is found by name as OPC names parts (ignoring case). A part is opened for parsing only
 * after it has been inflated once without parsing, counted against its cap and the budget of all
 * parts together: the sizes in the zip headers are not trusted, and so a zip bomb costs little more
 * than inflating its cap, before the XML parser spends any time on it.
 */
final class XlsxPackage implements AutoCloseable {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private final ZipFile zip;
    /** What all parts read together may still unpack to, in bytes; shared by the parts' pre-passes. */
    private final long[] budget = {MAX_TOTAL_MB * MB};
    private Map<String, ZipEntry> lowerCase;

    private XlsxPackage(ZipFile zip) {
        this.zip = zip;
    }

    /** Opens the file as a zip archive, or refuses it with the sentence that says what it is instead. */
    static XlsxPackage open(Path file) throws Refusal {
        checkHead(file);
        return new XlsxPackage(openZip(file));
    }

    /** The first bytes: an empty file, an OLE2 compound file (old .xls or encrypted) or no zip at all. */
    private static void checkHead(Path file) throws Refusal {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        } catch (NoSuchFileException e) {
            throw new Refusal(Message.of("ingest.xlsx.fileMissing"));
        } catch (AccessDeniedException e) {
            throw new Refusal(Message.of("ingest.xlsx.accessDenied"));
        } catch (IOException e) {
            throw new Refusal(Message.of("ingest.file.couldNotRead", sentence(e.getMessage())));
        }
        if (head.length == 0) {
            throw new Refusal(Message.of("ingest.xlsx.empty"));
        }
        if (head.length == 8 && Arrays.equals(head, OLE2)) {
            throw new Refusal(switch (Ole2.kind(file)) {
                case ENCRYPTED -> encrypted();
                case XLS -> oldXls();
                case UNKNOWN -> oldXlsOrEncrypted();
            });
        }
        boolean zipMagic = head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6);
        if (!zipMagic) {
            throw new Refusal(notXlsx());
        }
    }

    /** The zip directory, refused when broken, unusually compressed or holding too many entries. */
    private static ZipFile openZip(Path file) throws Refusal {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            // Java 17 checks each entry's compression method when it opens the directory.
            throw new Refusal(e.getMessage() != null && e.getMessage().contains("compression method")
                    ? unusualCompression(Message.of("ingest.xlsx.aPart")) : damagedZip());
        } catch (IllegalArgumentException e) {
            throw new Refusal(damagedZip());
        } catch (IOException e) {
            throw new Refusal(Message.of("ingest.file.couldNotRead", sentence(e.getMessage())));
        }
        if (zip.size() > MAX_ENTRIES) {
            int n = zip.size();
            closeQuietly(zip);
            throw new Refusal(Message.of("ingest.xlsx.tooManyEntries", Integer.toString(n),
                    Integer.toString(MAX_ENTRIES)));
        }
        return zip;
    }

    /** The zip entry of a part, by exact name or else ignoring case (OPC part names ignore case). */
    ZipEntry entry(String name) throws Refusal {
        try {
            ZipEntry e = zip.getEntry(name);
            if (e == null) {
                if (lowerCase == null) {
                    lowerCase = new HashMap<>();
                    zip.stream().forEach(x -> lowerCase.putIfAbsent(x.getName().toLowerCase(Locale.ROOT), x));
                }
                e = lowerCase.get(name.toLowerCase(Locale.ROOT));
            }
            return e == null || e.isDirectory() ? null : e;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new Refusal(damagedZip());
        }
    }

    /**
     * Opens a part for parsing, after inflating it once without parsing: a part over its limit
     * (a zip bomb) is refused before the XML parser spends any time on it.
     */
    XlsxPart part(String name, int capMb) throws Refusal {
        ZipEntry e = entry(name);
        if (e == null) {
            throw new Refusal(Message.of("ingest.xlsx.partMissing", name));
        }
        if (e.getMethod() != ZipEntry.STORED && e.getMethod() != ZipEntry.DEFLATED) {
            throw new Refusal(unusualCompression(XlsxSheet.thePart(name)));
        }
        try (InputStream in = stream(e, name, capMb, budget, false)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (PartProblem p) {
            throw new Refusal(p.text);
        } catch (IOException | RuntimeException x) {
            throw new Refusal(cannotUnpack(name));
        }
        InputStream in = null;
        try {
            in = stream(e, name, capMb, null, true);
            return new XlsxPart(name, in);
        } catch (XMLStreamException x) {
            closeQuietly(in);
            throw XlsxPart.refusal(name, 0, x);
        } catch (IOException | RuntimeException x) {
            closeQuietly(in);
            throw new Refusal(cannotUnpack(name));
        }
    }

    /**
     * The part's bytes. The pre-pass ({@code inspect} false) counts them against the part's cap
     * and the workbook's budget, nothing more, so that a bomb costs little more than inflating
     * its cap; the parse pass inspects every byte before the parser sees it.
     */
    private InputStream stream(ZipEntry e, String name, int capMb, long[] budget, boolean inspect)
            throws IOException {
        InputStream raw = zip.getInputStream(e);
        return new BufferedInputStream(new XlsxPartInput(raw, name, capMb, budget, inspect), 1 << 16);
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    /** An exception's message as the end of a sentence. */
    private static String sentence(String s) {
        String t = s == null || s.isBlank() ? "unknown reason" : s.strip();
        return t.endsWith(".") ? t : t + ".";
    }

    static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception ignored) {
            // nothing to tell the user: the read is over
        }
    }
}
