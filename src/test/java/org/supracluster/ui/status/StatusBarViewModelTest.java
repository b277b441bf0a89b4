package org.supracluster.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.ui.BackgroundWork;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;
import org.supracluster.ui.map.NetworkGraphTest;

/** What the status bar says, tested without a window (plain JUnit, no JavaFX toolkit). */
class StatusBarViewModelTest {

    private final ExplorerViewModel model =
            new ExplorerViewModel(NetworkGraphTest.network(), ClusterScheme.defaultFive());
    private final BackgroundWork background = new BackgroundWork();
    private final AtomicInteger notDrawn = new AtomicInteger();
    private StatusBarViewModel status;

    @BeforeEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
        status = new StatusBarViewModel(model, background, notDrawn::get);
    }

    @AfterEach
    void letGo() {
        status.dispose();
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void saysWhatIsShownAndFollowsTheFilter() {
        // The sample: 4 firms, 4 merged links (S→G and G→B trade, S–G and G–J co-patent).
        assertEquals("4 of 4 firms, 4 of 4 links shown", status.shownProperty().get());
        assertEquals("All firms and links", status.filterProperty().get());
        model.setFilter(Filter.all().withLinkTypes(EnumSet.of(LinkType.TRADE)));
        assertEquals("4 of 4 firms, 2 of 4 links shown", status.shownProperty().get());
        assertEquals("Filter: Trade only", status.filterProperty().get());
        assertEquals("Filter: Trade only", status.filterWords(), "the words an exported picture takes");
    }

    @Test
    void namesTheLinksTheMapLeavesOutOnceAskedAgain() {
        notDrawn.set(3);
        assertEquals("4 of 4 firms, 4 of 4 links shown", status.shownProperty().get(), "not observed by itself");
        status.refresh();
        assertEquals("4 of 4 firms, 4 of 4 links shown · the 3 lightest links here are not drawn, to keep the map "
                + "quick; narrow the filter or raise the minimum weight to see them", status.shownProperty().get());
    }

    @Test
    void aNoticeIsWordedAgainInTheNewLanguage() {
        status.notice(() -> I18n.get("common.cancel"));
        assertEquals("· Cancel", status.noticeProperty().get());
        I18n.setLocale(Locale.KOREAN);
        assertEquals("· 취소", status.noticeProperty().get());
        assertEquals("모든 기업과 연결", status.filterProperty().get(), "the filter too");
    }

    @Test
    void namesTheWorkUnderWayUntilItEnds() {
        SimpleBooleanProperty running = new SimpleBooleanProperty(true);
        background.track("work.metrics", running, new SimpleDoubleProperty(0.5), () -> running.set(false));
        assertEquals("Computing firm metrics…", status.workProperty().get());
        background.cancel();
        assertEquals("", status.workProperty().get());
    }

    @Test
    void aDisposedBarNoLongerFollows() {
        status.dispose();
        model.setFilter(Filter.all().withLinkTypes(EnumSet.of(LinkType.COPATENT)));
        assertEquals("4 of 4 firms, 4 of 4 links shown", status.shownProperty().get());
        status = new StatusBarViewModel(model, background, notDrawn::get);
        assertEquals("4 of 4 firms, 2 of 4 links shown", status.shownProperty().get());
    }
}
