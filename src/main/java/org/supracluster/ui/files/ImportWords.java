package org.supracluster.ui.files;

import java.nio.charset.Charset;
import org.supracluster.ingest.FileKind;
import org.supracluster.ingest.TextDecoder;
import org.supracluster.ui.I18n;

/** How the import dialog names fields, kinds of file and encodings, in the current language. */
final class ImportWords {

    /** Each field's words are under this prefix ({@code importField.supplier}); a test checks every field has them. */
    static final String FIELD_KEY = "importField.";

    private ImportWords() {
    }

    /** A field in words: "Supplier (supplier)", "공급사 (supplier)"; {@link ImportFile#ATTRIBUTE} is "keep as attribute". */
    static String field(String field) {
        if (field == null || field.equals(ImportFile.ATTRIBUTE)) {
            return I18n.get("importDialog.attribute");
        }
        String key = FIELD_KEY + field;
        String words = I18n.get(key);
        return words.equalsIgnoreCase(field) ? words : words + " (" + field + ")";
    }

    /** A kind in words, "automatic (…)" when only recognised; "not recognised" for none. */
    static String kind(FileKind k, boolean recognised) {
        if (k == null) {
            return I18n.get("importDialog.auto.unknown");
        }
        String name = I18n.name(k);
        return recognised ? I18n.format("importDialog.auto", name) : name;
    }

    /** An encoding as users know it: "UTF-8", "CP949". */
    static String charset(Charset cs) {
        return TextDecoder.CP949.equals(cs) ? "CP949" : cs.name();
    }
}
