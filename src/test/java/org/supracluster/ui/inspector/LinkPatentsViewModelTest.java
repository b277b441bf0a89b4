package org.supracluster.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.ingest.Importer;
import org.supracluster.model.Network;
import org.supracluster.store.Database;
import org.supracluster.store.NetworkStore;
import org.supracluster.ui.I18n;
import org.supracluster.ui.RecordingNotices;

/**
 * The patents behind a co-patent link, read from a real database of invented firms and their
 * patent records, without a window; work runs at once.
 */
class LinkPatentsViewModelTest {

    @TempDir
    Path dir;

    private final RecordingNotices notices = new RecordingNotices();

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    /** Three invented firms; two patents of 가람 and 나래 (one without a title), one of 가람 and 다솜. */
    static Path database(Path dir) throws Exception {
        Path firms = Files.writeString(dir.resolve("firms.csv"), """
                id,name,region,lat,lon
                a,가람전자,경기,37.2,127.1
                b,나래소재,충북,36.6,127.4
                c,다솜정밀,대전,36.3,127.4
                """);
        Path patents = Files.writeString(dir.resolve("patents.csv"), """
                출원번호,출원일자,발명의명칭,출원인
                10-2021-0000002,2021.05.01,가상 세정 장치,가람전자;나래소재
                10-2020-0000001,2020.03.15,,가람전자 | 나래소재
                10-2022-0000003,2022.01.10,가상 검사 방법,가람전자;다솜정밀
                """);
        Path db = dir.resolve("study.db");
        try (Database d = Database.open(db)) {
            assertTrue(Importer.importFiles(d, List.of(firms, patents), Importer.Options.defaults()).stored());
        }
        return db;
    }

    private static Network load(Path db) {
        try (Database d = Database.openReadOnly(db)) {
            return NetworkStore.of(d).load();
        }
    }

    @Test
    void aPartnersPatentsAreListedOldestFirstWhenAskedFor() throws Exception {
        Path db = database(dir);
        Network n = load(db);
        LinkPatentsViewModel patents = new LinkPatentsViewModel(n, PatentRecords.in(() -> Optional.of(db)),
                notices.tasks());
        assertTrue(patents.availableProperty().get());
        patents.inspect(n.indexOf("a"));
        assertTrue(patents.lines().isEmpty(), "nothing is read until a partner is opened");
        patents.show(n.indexOf("b"));
        assertEquals(Map.of(n.indexOf("b"), List.of("10-2020-0000001 · 2020 · —", "10-2021-0000002 · 2021 · 가상 세정 장치")),
                patents.lines());
        I18n.setLocale(Locale.KOREAN);
        patents.texts();
        assertEquals("10-2020-0000001 · 2020년 · —", patents.lines().get(n.indexOf("b")).get(0));
        patents.inspect(n.indexOf("c"));
        assertTrue(patents.lines().isEmpty(), "another firm: the lists are forgotten");
        assertEquals(List.of(), notices.told());
    }

    @Test
    void aLinkWithoutRecordsSaysSoAndWithoutADatabaseNothingIsOffered() throws Exception {
        Path db = database(dir);
        Network n = load(db);
        LinkPatentsViewModel patents = new LinkPatentsViewModel(n, PatentRecords.in(() -> Optional.of(db)),
                notices.tasks());
        patents.inspect(n.indexOf("b"));
        patents.show(n.indexOf("c"));
        assertEquals(List.of("No patent records are stored for this link (it was imported as a link)."),
                patents.lines().get(n.indexOf("c")));
        assertFalse(LinkPatentsViewModel.none(n).availableProperty().get());
        assertFalse(new LinkPatentsViewModel(n, PatentRecords.in(Optional::empty), notices.tasks())
                .availableProperty().get());
    }
}
