package org.supracluster.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;
import org.supracluster.ui.I18n;

class FilterDescriptionTest {

    private final ClusterScheme five = ClusterScheme.defaultFive();

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void everythingIsSaidAsSuch() {
        I18n.setLocale(Locale.ENGLISH);
        assertEquals("All firms and links", FilterDescription.of(Filter.all(), five, 2015, 2024));
        // The full year span chosen on the slider is no filter either.
        assertEquals("All firms and links", FilterDescription.of(Filter.all().withYears(2015, 2024), five, 2015, 2024));
    }

    @Test
    void wholeClustersAreNamedAsClustersTheRestAsProvinces() {
        I18n.setLocale(Locale.ENGLISH);
        Filter f = Filter.all().withRegions(EnumSet.of(Region.SEOUL, Region.INCHEON, Region.GYEONGGI, Region.DAEJEON))
                .withLinkTypes(EnumSet.of(LinkType.TRADE)).withYears(2018, 2022).withMinWeight(2)
                .withSegments(EnumSet.of(Segment.FAB, Segment.DESIGN, Segment.RESEARCH));
        assertEquals("Filter: Capital region, Daejeon · Trade only · 2018–2022 · weight ≥ 2 · 3 of 8 segments",
                FilterDescription.of(f, five, 2015, 2024));
    }

    @Test
    void eachTypesMinimumWeightIsNamedByItsType() {
        I18n.setLocale(Locale.ENGLISH);
        Filter both = Filter.all().withMinWeight(LinkType.TRADE, 5).withMinWeight(LinkType.COPATENT, 2);
        assertEquals("Filter: trade weight ≥ 5 · co-patent weight ≥ 2", FilterDescription.of(both, five, 2015, 2024));
        assertEquals("Filter: trade weight ≥ 250.5",
                FilterDescription.of(Filter.all().withMinWeight(LinkType.TRADE, 250.5), five, 2015, 2024));
        assertEquals("Filter: co-patent weight ≥ 2",
                FilterDescription.of(Filter.all().withMinWeight(LinkType.COPATENT, 2), five, 2015, 2024));
        // One minimum for both, or one type shown: no need to say which.
        assertEquals("Filter: weight ≥ 3", FilterDescription.of(Filter.all().withMinWeight(3), five, 2015, 2024));
        assertEquals("Filter: Co-patent only · weight ≥ 2", FilterDescription.of(
                both.withLinkTypes(EnumSet.of(LinkType.COPATENT)), five, 2015, 2024));
        assertEquals("Filter: Trade only", FilterDescription.of(Filter.all().withMinWeight(LinkType.COPATENT, 2)
                .withLinkTypes(EnumSet.of(LinkType.TRADE)), five, 2015, 2024), "a hidden type's minimum is not said");
        I18n.setLocale(Locale.KOREAN);
        assertEquals("필터: 거래 가중치 ≥ 5 · 공동특허 가중치 ≥ 2", FilterDescription.of(both, five, 2015, 2024));
    }

    @Test
    void longListsAreCutAndKoreanReadsKorean() {
        I18n.setLocale(Locale.KOREAN);
        Filter f = Filter.all().withRegions(EnumSet.of(Region.SEOUL, Region.BUSAN, Region.DAEGU, Region.GWANGJU,
                Region.ULSAN, Region.JEJU));
        assertEquals("필터: 서울, 부산, 대구, 광주 외 2개", FilterDescription.of(f, five, 2015, 2024));
        assertEquals("필터: 선택한 시도 없음 · 선택한 연결 유형 없음",
                FilterDescription.of(Filter.all().withRegions(EnumSet.noneOf(Region.class))
                        .withLinkTypes(EnumSet.noneOf(LinkType.class)), five, null, null));
    }
}
