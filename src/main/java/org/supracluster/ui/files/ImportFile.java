package org.supracluster.ui.files;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.supracluster.ingest.FileKind;
import org.supracluster.ingest.HeaderNames;
import org.supracluster.ingest.ImportPreview;
import org.supracluster.ingest.Importer;
import org.supracluster.ingest.TextDecoder;

/**
 * One file of the import dialog: what the user chose for it (kind, encoding, sheet, what some
 * columns are read as; each "automatic" until chosen) and its preview as read with those choices.
 * Immutable: a choice gives a new one, whose preview is read again.
 *
 * @param kind the kind chosen, or {@code null} to recognise it
 * @param sheet the workbook's sheet chosen, or {@code null} for the first
 * @param columns the user's column choices, header as written → field ({@code amount}), or
 *                {@link #ATTRIBUTE} to keep the column as an attribute; other columns are read by
 *                their names
 * @param preview the file as last read, or {@code null} before it was read
 */
public record ImportFile(Path path, FileKind kind, Encoding encoding, String sheet, Map<String, String> columns,
                         ImportPreview.Preview preview) {

    /** A column choice: keep the column's values as the firm's attributes, under its header. */
    public static final String ATTRIBUTE = "";

    /** How a text file's bytes are read: detected, or named by the user. */
    public enum Encoding {
        AUTO(null), UTF_8(StandardCharsets.UTF_8), CP949(TextDecoder.CP949);

        private final Charset charset;

        Encoding(Charset charset) {
            this.charset = charset;
        }

        /** The charset the importer is told, {@code null} to detect it. */
        public Charset charset() {
            return charset;
        }
    }

    public ImportFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(encoding, "encoding");
        columns = Map.copyOf(columns);
    }

    /** A file as chosen: everything automatic, not read yet. */
    public static ImportFile of(Path path) {
        return new ImportFile(path, null, Encoding.AUTO, null, Map.of(), null);
    }

    /** The file's name, as reports name it. */
    public String name() {
        Path n = path.getFileName();
        return n == null ? path.toString() : n.toString();
    }

    /** Whether the file is a workbook (a sheet can be chosen). */
    public boolean isWorkbook() {
        return preview != null && !preview.sheets().isEmpty();
    }

    /** Whether the file is text (CSV: an encoding can be chosen). */
    public boolean isText() {
        return preview != null && preview.encoding() != null;
    }

    /** Whether the file is GraphML or GEXF: read whole, no columns to choose. */
    public boolean isGraph() {
        FileKind k = effectiveKind();
        return k == FileKind.GRAPHML || k == FileKind.GEXF;
    }

    /** The kind chosen, else the one recognised when the file was read, else {@code null}. */
    public FileKind effectiveKind() {
        if (kind != null) {
            return kind;
        }
        return preview == null ? null : preview.kind().orElse(null);
    }

    public ImportFile withKind(FileKind k) {
        return new ImportFile(path, k, encoding, sheet, columns, preview);
    }

    public ImportFile withEncoding(Encoding e) {
        return new ImportFile(path, kind, Objects.requireNonNull(e, "encoding"), sheet, columns, preview);
    }

    public ImportFile withSheet(String s) {
        return new ImportFile(path, kind, encoding, s, columns, preview);
    }

    public ImportFile withPreview(ImportPreview.Preview p) {
        return new ImportFile(path, kind, encoding, sheet, columns, p);
    }

    /**
     * The column under {@code header} read as {@code field} (one of {@link HeaderNames#fields()})
     * or kept as an attribute ({@link #ATTRIBUTE}). A field is read from one column: a column that
     * the user gave the same field before goes back to being read by its name.
     */
    public ImportFile withColumn(String header, String field) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(field, "field");
        if (!field.equals(ATTRIBUTE) && !HeaderNames.fields().contains(field)) {
            throw new IllegalArgumentException("unknown field " + field);
        }
        Map<String, String> m = new LinkedHashMap<>(columns);
        if (!field.equals(ATTRIBUTE)) {
            m.values().removeIf(field::equals);
        }
        m.put(header, field);
        return new ImportFile(path, kind, encoding, sheet, m, preview);
    }

    /**
     * How the importer reads this file: its kind, encoding, sheet and columns as chosen here, the
     * rest (strict, weights, dry run) as in {@code common}.
     */
    public Importer.Options reading(Importer.Options common) {
        Map<String, String> fieldToHeader = new LinkedHashMap<>();
        Set<String> attributes = new HashSet<>();
        columns.forEach((header, field) -> {
            if (field.equals(ATTRIBUTE)) {
                attributes.add(header);
            } else {
                fieldToHeader.put(field, header);
            }
        });
        HeaderNames names = HeaderNames.mapping(fieldToHeader).keepingAsAttributes(List.copyOf(attributes));
        return new Importer.Options(encoding.charset(), kind, common.tradeWeightIsCount(), common.metadata(), names,
                sheet, common.strict(), common.fractionalPatents(), common.dryRun());
    }
}
