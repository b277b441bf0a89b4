package org.supracluster.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.supracluster.model.Message;

/**
 * What the import dialog shows of a file before anything is stored: its kind as recognised, its
 * encoding (CSV) or sheets (workbook), its header as written with the field each column is read
 * as, and its first rows. Reads the file with the same rules as {@link Importer}, so the preview
 * is what the import will see; problems go to the preview's own report.
 */
public final class ImportPreview {

    /** How many data rows a preview holds. */
    public static final int ROWS = 20;

    /**
     * One file's preview.
     *
     * @param kind the kind given or recognised, or empty when it cannot be told
     * @param encoding the CSV's encoding as detected or given, or {@code null} for a workbook or XML file
     * @param sheets the workbook's sheets, first the one read (empty for other files)
     * @param header the header's names as written
     * @param fields the field each column is read as ({@code amount}), or "" for a column kept as an attribute
     * @param rows the first {@link #ROWS} data rows, cells by column
     * @param report what is wrong with the file as a table (empty file, broken header, not a workbook …)
     */
    public record Preview(Path file, Optional<FileKind> kind, Charset encoding, List<String> sheets,
                          List<String> header, List<String> fields, List<List<String>> rows, ImportReport report) {
        public Preview {
            sheets = List.copyOf(sheets);
            header = List.copyOf(header);
            fields = List.copyOf(fields);
            rows = List.copyOf(rows);
        }
    }

    private ImportPreview() {
    }

    /** Previews a file with the options the import will use (encoding, kind, columns, sheet). */
    public static Preview of(Path file, Importer.Options options) {
        ImportReport report = new ImportReport();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Optional<FileKind> given = Optional.ofNullable(options.kind()).or(() -> FileKind.byExtension(file));
        if (given.isPresent() && (given.get() == FileKind.GRAPHML || given.get() == FileKind.GEXF)) {
            return new Preview(file, given, null, List.of(), List.of(), List.of(), List.of(), report);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            report.error(name, 0, null, Message.of("ingest.file.unreadable", e.getMessage()));
            return new Preview(file, Optional.empty(), null, List.of(), List.of(), List.of(), List.of(), report);
        }
        Charset encoding = null;
        List<String> sheets = List.of();
        Optional<CsvRows> table;
        if (Importer.isSpreadsheet(file, bytes)) {
            sheets = XlsxSheet.sheetNames(file, name, report).map(s -> chosenFirst(s, options.sheet()))
                    .orElse(List.of());
            table = sheets.isEmpty() ? Optional.empty() : XlsxSheet.read(file, options.sheet(), name, report)
                    .flatMap(rows -> CsvRows.ofSheet(name, rows, options.columns(), report));
        } else {
            Optional<TextDecoder.Decoded> text = TextDecoder.decode(bytes, options.encoding(), name, report);
            encoding = text.map(TextDecoder.Decoded::charset).orElse(null);
            table = text.flatMap(t -> CsvRows.open(name, t.text(), options.columns(), report));
        }
        if (table.isEmpty()) {
            return new Preview(file, given, encoding, sheets, List.of(), List.of(), List.of(), report);
        }
        CsvRows csv = table.get();
        Optional<FileKind> kind = given.or(() -> FileKind.of(csv.keys(), file));
        List<String> fields = new ArrayList<>();
        List<String> fieldNames = HeaderNames.fields();
        for (String key : csv.headerKeys()) {
            fields.add(fieldNames.contains(key) ? key : "");
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = csv.header();
        csv.forEachRaw(ROWS, rows::add);
        return new Preview(file, kind, encoding, sheets, header.stream().map(String::strip).toList(), fields, rows,
                report);
    }

    private static List<String> chosenFirst(List<String> sheets, String chosen) {
        if (chosen == null) {
            return sheets;
        }
        List<String> out = new ArrayList<>();
        for (String s : sheets) {
            if (s.equalsIgnoreCase(chosen)) {
                out.add(0, s);
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
