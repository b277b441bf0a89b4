package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supracluster.ingest.ImportFixture.FIRMS;
import static org.supracluster.ingest.ImportFixture.assertClean;
import static org.supracluster.ingest.ImportFixture.assertOneError;
import static org.supracluster.ingest.ImportFixture.assertOneWarning;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.model.Network;

/**
 * Text encodings of CSV files: UTF-8 with or without a byte-order mark, CP949/EUC-KR (what Excel
 * on Korean Windows writes) detected with a warning, UTF-16 with a BOM; and never mojibake: a
 * wrong forced encoding is an error and nothing is stored.
 */
class EncodingTest {

    static final Charset CP949 = Charset.forName("x-windows-949");

    /** Line 2 is plain ASCII, so the first Hangul (the first byte UTF-8 refuses in CP949) is on line 3. */
    static final String FIRMS_ASCII_FIRST = """
            id,name,region,city,lat,lon
            f0,Alpha Tech,KR-41,Suwon,37.26,127.03
            f1,수원 장비 001,경기,수원,37.26,127.03
            f2,청주 패키징 002,충청북도,청주,36.64,127.49
            """;

    @TempDir
    Path dir;

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static void assertHangulNames(ImportFixture f) {
        Network n = f.load();
        assertEquals("수원 장비 001", n.firmName(f.firm(n, "f1")));
        assertEquals("청주 패키징 002", n.firmName(f.firm(n, "f2")));
        assertEquals("청주", n.city(f.firm(n, "f2")));
    }

    @Test
    void utf8WithByteOrderMarkImportsAndTheMarkIsNotPartOfTheFirstColumn() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path file = f.bytes("firms.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    FIRMS.getBytes(StandardCharsets.UTF_8)));
            assertClean(f.run(file));
            assertHangulNames(f);
        }
    }

    @Test
    void utf8WithoutByteOrderMarkImports() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            assertClean(f.run(f.file("firms.csv", FIRMS)));
            assertHangulNames(f);
        }
    }

    @Test
    void cp949IsDetectedWithAWarningAndNamesAreStoredAsHangul() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path file = f.file("firms.csv", FIRMS, CP949);
            Importer.Result r = f.run(file);
            assertOneWarning(r.report(), "firms.csv", 0, null, "it was read as CP949 (EUC-KR)");
            assertTrue(r.stored());
            assertHangulNames(f);
        }
    }

    @Test
    void cp949WithKoreanRegionNamesAndHeaderResolves() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path file = f.file("firms.csv", FIRMS_ASCII_FIRST, CP949);
            Importer.Result r = f.run(file);
            assertEquals(0, r.report().errorCount(), () -> r.report().lines().toString());
            Network n = f.load();
            assertEquals(org.supracluster.model.Region.CHUNGBUK, n.region(f.firm(n, "f2")));
        }
    }

    @Test
    void cp949FileNamedAsCp949ImportsWithoutWarning() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path file = f.file("firms.csv", FIRMS, CP949);
            Charset named = TextDecoder.charsetFor("euc-kr").orElseThrow();
            assertClean(f.run(ImportFixture.encoding(named), file));
            assertHangulNames(f);
        }
    }

    @Test
    void cp949PatentsResolveHangulNamesOfAUtf8FirmsFile() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", FIRMS);
            Path patents = f.file("patents.csv", "patent_id,year,applicants\nKR-1,2021,수원 장비 001;청주 패키징 002\n",
                    CP949);
            Importer.Result r = f.run(firms, patents);
            assertOneWarning(r.report(), "patents.csv", 0, null, "read as CP949");
            assertEquals(List.of("f1-f2 copatent 1 2021"), f.links());
        }
    }

    @Test
    void cp949ReadAsForcedUtf8IsAnErrorNamingTheLineOfTheFirstBadByte() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            Path file = f.file("firms.csv", FIRMS_ASCII_FIRST, CP949);
            Importer.Result r = f.run(ImportFixture.encoding(StandardCharsets.UTF_8), file);
            assertFalse(r.stored());
            assertOneError(r.report(), "firms.csv", 3, null, "not valid UTF-8");
            assertEquals(before, f.snapshot());
        }
    }

    @Test
    void utf8ReadAsForcedCp949IsAnErrorBecauseItWouldGarble() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            Path file = f.file("firms.csv", FIRMS_ASCII_FIRST);
            Importer.Result r = f.run(ImportFixture.encoding(TextDecoder.charsetFor("cp949").orElseThrow()), file);
            assertFalse(r.stored());
            assertOneError(r.report(), "firms.csv", 3, null, "would garble its Korean text");
            assertEquals(before, f.snapshot());
        }
    }

    @Test
    void utf8ReadAsAnyOtherForcedSingleByteEncodingIsAnErrorToo() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            Path file = f.file("firms.csv", FIRMS_ASCII_FIRST);
            Importer.Result r = f.run(ImportFixture.encoding(StandardCharsets.ISO_8859_1), file);
            assertFalse(r.stored());
            assertOneError(r.report(), "firms.csv", 3, null, "would garble");
            assertEquals(before, f.snapshot());
        }
    }

    @Test
    void asciiFileImportsWhateverEncodingIsNamed() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path file = f.file("firms.csv", "id,name,region\nf1,Alpha,KR-41\n");
            Importer.Result r = f.run(ImportFixture.encoding(TextDecoder.CP949), file);
            assertEquals(0, r.report().errorCount(), () -> r.report().lines().toString());
            assertEquals("Alpha", f.load().firmName(0));
        }
    }

    @Test
    void utf16LittleEndianWithByteOrderMarkImports() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path file = f.bytes("firms.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                    FIRMS.getBytes(StandardCharsets.UTF_16LE)));
            assertClean(f.run(file));
            assertHangulNames(f);
        }
    }

    @Test
    void utf16BigEndianWithByteOrderMarkImports() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path file = f.bytes("firms.csv", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                    FIRMS.getBytes(StandardCharsets.UTF_16BE)));
            assertClean(f.run(file));
            assertHangulNames(f);
        }
    }

    @Test
    void utf16WithoutByteOrderMarkIsRefusedNotGarbled() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            Path file = f.bytes("firms.csv", FIRMS.getBytes(StandardCharsets.UTF_16LE));
            Importer.Result r = f.run(file);
            assertFalse(r.stored());
            assertOneError(r.report(), "firms.csv", 1, null, "UTF-16");
            assertEquals(before, f.snapshot());
        }
    }

    @Test
    void bytesValidInNeitherEncodingAreAnErrorNamingTheLine() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            Path file = f.bytes("firms.csv", concat(FIRMS_ASCII_FIRST.getBytes(CP949),
                    "f3,Bad".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xFF, (byte) 0xFF},
                    ",경기,,,\n".getBytes(CP949)));
            Importer.Result r = f.run(file);
            assertFalse(r.stored());
            assertOneError(r.report(), "firms.csv", 5, null, "neither UTF-8 nor CP949");
            assertEquals(before, f.snapshot());
        }
    }

    @Test
    void fileMixingUtf8AndCp949LinesIsAnErrorNamingTheLineWhereTheEncodingChanges() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            Path file = f.bytes("firms.csv", concat(
                    "id,name,region\nf1,수원 장비 001,경기\n".getBytes(StandardCharsets.UTF_8),
                    "f2,청주 패키징 002,충북\n".getBytes(CP949)));
            Importer.Result r = f.run(file);
            assertFalse(r.stored());
            ImportReport.Problem p = assertOneError(r.report(), "firms.csv", 3, null, "mixes two encodings");
            assertTrue(p.message().contains("line 2"), p.message());
            assertEquals(before, f.snapshot());
        }
    }

    @Test
    void badUtf8AfterAByteOrderMarkIsAnErrorNamingTheLine() {
        try (ImportFixture f = ImportFixture.seeded(dir)) {
            String before = f.snapshot();
            Path file = f.bytes("firms.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    "id,name,region\nf1,수원,경기\n".getBytes(StandardCharsets.UTF_8),
                    "f2,청주,충북\n".getBytes(CP949)));
            Importer.Result r = f.run(file);
            assertFalse(r.stored());
            assertOneError(r.report(), "firms.csv", 3, null, "not valid UTF-8");
            assertEquals(before, f.snapshot());
        }
    }

    @Test
    void encodingNamesResolve() {
        assertEquals(Optional.empty(), TextDecoder.charsetFor("auto"));
        assertEquals(Optional.empty(), TextDecoder.charsetFor(null));
        assertEquals(Optional.of(StandardCharsets.UTF_8), TextDecoder.charsetFor("UTF8"));
        for (String n : List.of("cp949", "MS949", "euc-kr", "EUC_KR", "x-windows-949")) {
            assertEquals(Optional.of(TextDecoder.CP949), TextDecoder.charsetFor(n), n);
        }
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TextDecoder.charsetFor("klingon-8"));
        assertTrue(e.getMessage().contains("unknown encoding 'klingon-8'"), e.getMessage());
    }
}
