package org.supracluster.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.ingest.FileKind;
import org.supracluster.ingest.HeaderNames;
import org.supracluster.ingest.TextDecoder;
import org.supracluster.model.Network;
import org.supracluster.model.Placement;
import org.supracluster.store.Database;
import org.supracluster.store.NetworkStore;
import org.supracluster.ui.BackgroundWork;
import org.supracluster.ui.I18n;
import org.supracluster.ui.RecordingNotices;
import org.supracluster.ui.UiTasks;

/**
 * The import dialog as a view model: no window, no toolkit, no thread (work runs at once, or
 * waits in a queue when the test presses Cancel first). The files are the README's worked
 * example: invented member firms, their patent records and CP949 trade records.
 */
class ImportDialogViewModelTest {

    @TempDir
    Path dir;

    private Path db;
    private List<Path> example;
    private final RecordingNotices notices = new RecordingNotices();
    private final List<DatabaseImport.Outcome> imported = new ArrayList<>();
    private Path csvAnswer;

    private final FileChoice choice = new NoFileChoice() {
        @Override
        public Optional<Path> csvFile(String suggestedName) {
            return Optional.ofNullable(csvAnswer);
        }
    };

    @BeforeEach
    void setUp() {
        I18n.setLocale(Locale.ENGLISH);
        db = DatabaseImportTest.emptyDatabase(dir);
        example = ExampleFiles.copy(dir);
    }

    /** The dialogs of a test, closed after it (they follow the language until then). */
    private final List<ImportDialogViewModel> opened = new ArrayList<>();

    @AfterEach
    void closeAndEnglish() {
        opened.forEach(ImportDialogViewModel::close);
        I18n.setLocale(Locale.ENGLISH);
    }

    private ImportDialogViewModel dialog(List<Path> files) {
        return dialog(files, notices.tasks());
    }

    private ImportDialogViewModel dialog(List<Path> files, UiTasks tasks) {
        ImportDialogViewModel d = new ImportDialogViewModel(db, files, choice, notices, tasks, imported::add);
        opened.add(d);
        return d;
    }

    private Network stored() {
        try (Database d = Database.open(db, false, Database.BUSY_TIMEOUT_MS_DEFAULT)) {
            return NetworkStore.of(d).load();
        }
    }

    private List<String> aliases() {
        try (Database d = Database.open(db, false, Database.BUSY_TIMEOUT_MS_DEFAULT)) {
            return NetworkStore.of(d).aliases().stream().map(a -> a.alias() + " → " + a.firmId()).sorted().toList();
        }
    }

    private static List<String> unmatched(ImportDialogViewModel d) {
        return d.results().unmatched().stream().map(r -> r.name().name()).sorted().toList();
    }

    /** The trades file's headers (판매처, 구입처, 공급가액(백만원), 기준연도) read as what they mean. */
    private static void mapTradeColumns(ImportDialogViewModel d) {
        d.select(3);
        d.setColumn(0, "supplier");
        d.setColumn(1, "customer");
        d.setColumn(2, "amount");
        d.setColumn(3, "year");
    }

    @Test
    void eachFileShowsItsRecognisedKindEncodingAndSheet() {
        ImportDialogViewModel d = dialog(example);
        List<ImportFile> files = d.files();
        assertEquals(4, files.size());
        assertEquals(FileKind.FIRMS, files.get(0).effectiveKind());
        assertTrue(files.get(0).isWorkbook());
        assertEquals(List.of("회원사"), files.get(0).preview().sheets());
        assertEquals(List.of("업체명", "사업자등록번호", "주소", "업종", "종업원수(명)"), files.get(0).preview().header());
        assertEquals(List.of("name", "brn", "address", "segment", "employees"), files.get(0).preview().fields());
        assertEquals(FileKind.ALIASES, files.get(1).effectiveKind());
        assertEquals(StandardCharsets.UTF_8, files.get(1).preview().encoding());
        assertEquals(FileKind.PATENTS, files.get(2).effectiveKind());
        assertNull(files.get(3).effectiveKind(), "판매처, 구입처 … tell no kind until mapped");
        assertEquals(TextDecoder.CP949, files.get(3).preview().encoding());
        assertEquals(List.of("판매처", "구입처", "공급가액(백만원)", "기준연도"), files.get(3).preview().header());
        assertEquals(0, d.selectedProperty().get(), "the first file is shown");
        assertEquals(files.get(0), d.currentProperty().get());
    }

    @Test
    void aFileAddedTwiceIsListedOnce() {
        ImportDialogViewModel d = dialog(example.subList(0, 2));
        d.addFiles(List.of(example.get(1), example.get(2)));
        assertEquals(List.of(ExampleFiles.MEMBERS, ExampleFiles.ALIASES, ExampleFiles.PATENTS),
                d.files().stream().map(ImportFile::name).toList());
        assertEquals(2, d.selectedProperty().get(), "the file added is shown");
        d.removeSelected();
        assertEquals(2, d.files().size());
    }

    @Test
    void mappingTheColumnsRereadsThePreviewAndTheCheckReadsThemSo() {
        ImportDialogViewModel d = dialog(example);
        d.check();
        DatabaseImport.Outcome before = d.results().outcome();
        assertFalse(before.valid());
        assertTrue(before.problems().get(0).message().startsWith("cannot tell what kind of file this is"),
                before.problems().get(0).message());
        assertEquals(ExampleFiles.TRADES, before.problems().get(0).file());

        mapTradeColumns(d);
        ImportFile trades = d.currentProperty().get();
        assertEquals(List.of("supplier", "customer", "amount", "year"), trades.preview().fields());
        assertEquals(FileKind.TRADES, trades.effectiveKind(), "the mapped headers tell the kind");
        assertFalse(d.results().shownProperty().get(), "a choice changed: the old results no longer hold");
        d.check();
        DatabaseImport.Outcome after = d.results().outcome();
        assertTrue(after.valid(), after.problems().toString());
        assertTrue(after.dryRun());
        assertEquals(0, stored().firmCount(), "a check stores nothing");
        assertEquals(List.of(), imported);
    }

    @Test
    void theKindAndEncodingChosenForAFileAreWhatTheCheckReads() {
        ImportDialogViewModel d = dialog(example.subList(2, 4));
        d.select(1);
        d.setKind(FileKind.TRADES);
        assertEquals(FileKind.TRADES, d.currentProperty().get().effectiveKind());
        d.check();
        assertTrue(d.results().outcome().problems().stream().anyMatch(p -> p.file().equals(ExampleFiles.TRADES)
                && p.message().contains("supplier")), "read as trades, its columns are missing: "
                + d.results().outcome().problems());
        d.select(0);
        d.setEncoding(ImportFile.Encoding.CP949);
        assertTrue(d.currentProperty().get().preview().report().errors().get(0).message()
                .startsWith("the file is UTF-8 text, but the encoding CP949 was asked for"));
        d.setEncoding(ImportFile.Encoding.AUTO);
        assertEquals(List.of(), d.currentProperty().get().preview().report().errors());
        d.setKind(null);
        assertEquals(FileKind.PATENTS, d.currentProperty().get().effectiveKind());
    }

    @Test
    void theCheckListsTheUnmatchedNamesAndHowTheFirmsWerePlaced() {
        ImportDialogViewModel d = dialog(example);
        mapTradeColumns(d);
        d.check();
        assertEquals(List.of("9999999999", "가상연구원", "미래대학교 산학협력단", "한빛반도채"), unmatched(d));
        ImportResultsViewModel.UnmatchedRow typo = d.results().unmatched().stream()
                .filter(r -> r.name().name().equals("한빛반도채")).findFirst().orElseThrow();
        assertEquals("한빛반도체(주)", typo.name().didYouMean().get(0));
        assertEquals(ExampleFiles.PATENTS, typo.name().file());
        assertEquals(10, d.results().outcome().placed(Placement.MUNICIPALITY));
        assertEquals("Firms placed: 0 by their given coordinates, 10 at their municipality’s office, 0 only at their "
                + "province’s centre.", d.results().placementsProperty().get());
        assertTrue(d.results().summaryProperty().get().startsWith("The check found no error. Importing would add 10 "
                + "firms"), d.results().summaryProperty().get());
        I18n.setLocale(Locale.KOREAN);
        assertTrue(d.results().placementsProperty().get().contains("시·군·구 청사 위치 10곳"),
                d.results().placementsProperty().get());
    }

    @Test
    void acceptingADidYouMeanBeforeTheFirstImportMatchesOnTheNextCheckAndIsStoredWithTheImport() {
        ImportDialogViewModel d = dialog(example);
        mapTradeColumns(d);
        d.check();
        ImportResultsViewModel.UnmatchedRow typo = d.results().unmatched().stream()
                .filter(r -> r.name().name().equals("한빛반도채")).findFirst().orElseThrow();
        d.results().accept(typo, 0);
        ImportResultsViewModel.UnmatchedRow shown = d.results().unmatched().stream()
                .filter(r -> r.name().name().equals("한빛반도채")).findFirst().orElseThrow();
        assertEquals("한빛반도체(주)", shown.acceptedAs());
        assertTrue(shown.pending(), "the firm is not stored yet: the alias goes with the import");
        assertEquals(List.of(), aliases());

        d.check();
        assertEquals(List.of("9999999999", "가상연구원", "미래대학교 산학협력단"), unmatched(d), "the typo now matches");
        d.importFiles();
        assertTrue(d.results().outcome().stored());
        assertEquals(1, imported.size(), "the window hears of the import and reloads");
        assertTrue(aliases().contains("한빛반도채 → 1234567891"), aliases().toString());
        assertEquals(10, stored().firmCount());
    }

    @Test
    void acceptingADidYouMeanAfterAnImportStoresTheAliasAtOnce() {
        ImportDialogViewModel d = dialog(example);
        mapTradeColumns(d);
        d.importFiles();
        assertTrue(d.results().outcome().stored(), d.results().outcome().problems().toString());
        ImportResultsViewModel.UnmatchedRow typo = d.results().unmatched().stream()
                .filter(r -> r.name().name().equals("한빛반도채")).findFirst().orElseThrow();
        d.results().accept(typo, 0);
        assertTrue(aliases().contains("한빛반도채 → 1234567891"), aliases().toString());
        assertEquals("‘한빛반도채’ is now an alias of 한빛반도체(주): check again and it matches.",
                d.results().messageProperty().get());
        d.check();
        assertEquals(List.of("9999999999", "가상연구원", "미래대학교 산학협력단"), unmatched(d));
    }

    @Test
    void theUnmatchedNamesExportAsCsv() throws IOException {
        ImportDialogViewModel d = dialog(example);
        mapTradeColumns(d);
        d.check();
        csvAnswer = dir.resolve("unmatched.csv");
        d.results().exportUnmatched();
        List<String> lines = Files.readAllLines(csvAnswer, StandardCharsets.UTF_8);
        assertEquals("\uFEFFname,records,years,did_you_mean_1,did_you_mean_2,did_you_mean_3,file,line", lines.get(0));
        assertEquals(5, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("한빛반도채,1,2022,한빛반도체(주)")), lines.toString());
        assertEquals("Wrote 4 unmatched names to " + csvAnswer, d.results().messageProperty().get());
    }

    @Test
    void optionsReachTheImporter() {
        ImportDialogViewModel d = dialog(example);
        mapTradeColumns(d);
        d.strictProperty().set(true);
        d.check();
        assertFalse(d.results().outcome().valid(), "strict: names that match no firm are errors");
        d.strictProperty().set(false);
        d.tradeWeightIsCountProperty().set(true);
        d.fractionalPatentsProperty().set(true);
        assertTrue(d.common().tradeWeightIsCount() && d.common().fractionalPatents() && !d.common().strict());
        d.check();
        assertTrue(d.results().outcome().valid());
    }

    @Test
    void aColumnKeptAsAnAttributeIsNoLongerReadAsItsField() {
        ImportDialogViewModel d = dialog(example.subList(0, 1));
        d.setColumn(3, ImportFile.ATTRIBUTE);
        assertEquals(List.of("name", "brn", "address", "", "employees"), d.currentProperty().get().preview().fields());
        d.importFiles();
        Network n = stored();
        assertEquals(10, n.firmCount());
        for (int f = 0; f < n.firmCount(); f++) {
            assertEquals(org.supracluster.model.Segment.OTHER, n.segment(f), "업종 is not read as the segment");
            assertFalse(n.attributes(f).getOrDefault("업종", "").isBlank(), n.attributes(f).toString());
        }
    }

    @Test
    void cancelStopsTheImportBeforeAnythingIsStored() {
        Queue<Runnable> work = new ArrayDeque<>();
        UiTasks queued = new UiTasks(work::add, Runnable::run, new BackgroundWork(), notices);
        ImportDialogViewModel d = dialog(example.subList(0, 1), queued);
        while (!work.isEmpty()) {
            work.remove().run(); // the previews
        }
        d.importFiles();
        assertEquals(ImportDialogViewModel.Activity.IMPORTING, d.activityProperty().get());
        assertFalse(d.canRunProperty().get(), "one run at a time");
        d.cancel();
        work.remove().run();
        assertEquals(ImportDialogViewModel.Activity.IDLE, d.activityProperty().get());
        assertEquals(List.of("The import was stopped: nothing was stored"), notices.notices());
        assertEquals(0, stored().firmCount());
        assertEquals(List.of(), imported);
    }

    @Test
    void everyFieldAndKindHasWordsInBothLanguages() {
        for (Locale l : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            I18n.setLocale(l);
            for (String f : HeaderNames.fields()) {
                assertFalse(ImportWords.field(f).startsWith("!"), f + " in " + l);
            }
            for (FileKind k : FileKind.values()) {
                assertFalse(ImportWords.kind(k, false).startsWith("!"), k + " in " + l);
            }
        }
        I18n.setLocale(Locale.KOREAN);
        assertEquals("공급사 (supplier)", ImportWords.field("supplier"));
        assertEquals("속성으로 보관", ImportWords.field(ImportFile.ATTRIBUTE));
    }
}
