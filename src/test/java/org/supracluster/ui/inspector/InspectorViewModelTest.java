package org.supracluster.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supracluster.ui.inspector.InspectorFixtures.fx;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.CartographyRole;
import org.supracluster.model.ClusterScheme;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;
import org.supracluster.ui.RecordingNotices;
import org.supracluster.ui.map.NetworkGraphTest;

/**
 * The inspector's state without a window (the toolkit runs, for the metrics task's hand-over, but
 * no stage is shown), on the four firms of {@link NetworkGraphTest#network()}: S (0) and G (1) in
 * the capital region, B (2) in the southeast, J (3) in none; S→G trade, G→B trade, S–G and G–J
 * co-patent.
 */
class InspectorViewModelTest {

    private static final int S = 0;
    private static final int G = 1;
    private static final int B = 2;
    private static final int J = 3;

    private ExplorerViewModel explorer;
    private InspectorViewModel inspector;

    @BeforeAll
    static void toolkit() throws Exception {
        InspectorFixtures.startToolkit();
    }

    @BeforeEach
    void setUp() throws Exception {
        fx(() -> {
            I18n.setLocale(Locale.ENGLISH);
            explorer = new ExplorerViewModel(NetworkGraphTest.network(), ClusterScheme.defaultFive());
            inspector = new InspectorViewModel(explorer,
                    new FirmMetricsViewModel(explorer, new RecordingNotices().tasks()));
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        fx(() -> {
            inspector.dispose();
            I18n.setLocale(Locale.ENGLISH);
        });
    }

    private void select(int firm) throws Exception {
        fx(() -> explorer.selectedFirmProperty().set(firm));
    }

    private String fact(List<InspectorViewModel.Fact> facts, String label) {
        return facts.stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow().value();
    }

    @Test
    void nothingSelectedLeavesThePanelEmpty() {
        assertFalse(inspector.hasSelectionProperty().get());
        assertEquals("", inspector.nameProperty().get());
        assertTrue(inspector.partners().isEmpty());
        assertTrue(inspector.centralities().isEmpty());
    }

    @Test
    void selectingAFirmShowsItsNameFiguresAndRole() throws Exception {
        select(G);
        assertTrue(inspector.hasSelectionProperty().get());
        assertEquals("수원 팹 002", inspector.nameProperty().get());
        // G: one neighbour each in the capital region, the southeast and "other" (J): P = 1 − 3·(1/3)² = 2/3
        // → R3 (it was 0.5 → R2 while J's group was dropped).
        assertEquals("R3 Non-hub connector", inspector.roleProperty().get());
        assertEquals(CartographyRole.R3, inspector.cartographyRoleProperty().get());
        assertEquals("Gyeonggi", fact(inspector.details(), "Region"));
        assertEquals("Capital region", fact(inspector.details(), "Cluster"));
        assertEquals("Fab", fact(inspector.details(), "Segment"));
        assertEquals("at its given coordinates", fact(inspector.details(), "Placed"));
        assertEquals("3", fact(inspector.centralities(), "Degree"));
        assertEquals("13", fact(inspector.centralities(), "Weighted degree"));
        assertEquals("3", fact(inspector.centralities(), "Betweenness"));
        assertEquals("0.667", fact(inspector.centralities(), "Participation coefficient P"));
        assertEquals("1", fact(inspector.brokerage(), "Representative"));
        assertEquals("1", fact(inspector.brokerage(), "All open two-paths"));
        assertEquals("3 partners", inspector.partnerCountProperty().get());
    }

    @Test
    void theRegistrationNumberIsWrittenWithHyphensAndThePlacementInWords() throws Exception {
        org.supracluster.model.Network.Builder b = org.supracluster.model.Network.builder();
        b.addFirm(new org.supracluster.model.Firm("1234567891", "가람전자(주)", org.supracluster.model.Region.GYEONGGI,
                "광주시", 37.43, 127.26, org.supracluster.model.Segment.FAB, -1, java.util.Map.of(), "1234567891",
                org.supracluster.model.Placement.MUNICIPALITY));
        b.addFirm(new org.supracluster.model.Firm("나래소재", "나래소재", org.supracluster.model.Region.GANGWON, "",
                37.7, 128.3, org.supracluster.model.Segment.MATERIALS, -1, java.util.Map.of(), "",
                org.supracluster.model.Placement.PROVINCE));
        InspectorViewModel[] own = new InspectorViewModel[1];
        ExplorerViewModel[] model = new ExplorerViewModel[1];
        fx(() -> {
            model[0] = new ExplorerViewModel(b.build(), ClusterScheme.defaultFive());
            own[0] = new InspectorViewModel(model[0], new FirmMetricsViewModel(model[0],
                    new RecordingNotices().tasks()));
            model[0].selectedFirmProperty().set(0);
        });
        assertEquals("123-45-67891", fact(own[0].details(), "Registration no."));
        assertEquals("at its municipality’s office", fact(own[0].details(), "Placed"));
        fx(() -> model[0].selectedFirmProperty().set(1));
        assertFalse(own[0].details().stream().anyMatch(f -> f.label().equals("Registration no.")), "none known");
        assertEquals("at its province’s centre (only the province is known)", fact(own[0].details(), "Placed"));
        fx(() -> I18n.setLocale(Locale.KOREAN));
        assertEquals("시·도 중심 (시·도만 알 수 있음)", fact(own[0].details(), "지도 위치"));
        fx(() -> model[0].selectedFirmProperty().set(0));
        assertEquals("123-45-67891", fact(own[0].details(), "사업자등록번호"));
        assertEquals("시·군·구 청사 위치", fact(own[0].details(), "지도 위치"));
        fx(own[0]::dispose);
    }

    @Test
    void partnersAreGroupedByClusterThenLinkKindWithOtherLast() throws Exception {
        select(G);
        List<InspectorViewModel.ClusterGroup> groups = inspector.partners();
        assertEquals(List.of("Capital region: 1 firm", "Southeast: 1 firm", "Other: 1 firm"),
                groups.stream().map(InspectorViewModel.ClusterGroup::title).toList());
        InspectorViewModel.ClusterGroup capital = groups.get(0);
        assertEquals(List.of(PartnerKind.SUPPLIER, PartnerKind.COPATENT),
                capital.kinds().stream().map(InspectorViewModel.KindGroup::kind).toList());
        assertEquals("Suppliers (trade in): 1 firm", capital.kinds().get(0).title());
        InspectorViewModel.Partner seoul = capital.kinds().get(0).partners().get(0);
        assertEquals(S, seoul.firm());
        assertEquals(8.0, seoul.weight(), 0); // trade rows of 2 and 6 merged
        assertEquals("서울 설계 001 · 8", seoul.text());
        assertEquals(1.0, capital.kinds().get(1).partners().get(0).weight(), 0);
        InspectorViewModel.KindGroup southeast = groups.get(1).kinds().get(0);
        assertEquals(PartnerKind.CUSTOMER, southeast.kind());
        assertEquals(B, southeast.partners().get(0).firm());
        InspectorViewModel.KindGroup other = groups.get(2).kinds().get(0);
        assertEquals(PartnerKind.COPATENT, other.kind());
        assertEquals(J, other.partners().get(0).firm());
    }

    @Test
    void selectingAPartnerMovesTheSelection() throws Exception {
        select(G);
        int busan = inspector.partners().get(1).kinds().get(0).partners().get(0).firm();
        fx(() -> inspector.selectPartner(busan));
        assertEquals(B, explorer.selectedFirmProperty().get());
        assertEquals("부산 소재 003", inspector.nameProperty().get());
        assertEquals("R1 Ultra-peripheral", inspector.roleProperty().get());
        assertEquals("Suppliers (trade in): 1 firm", inspector.partners().get(0).kinds().get(0).title());
        fx(inspector::clearSelection);
        assertEquals(ExplorerViewModel.NO_FIRM, explorer.selectedFirmProperty().get());
        assertFalse(inspector.hasSelectionProperty().get());
    }

    @Test
    void aFirmInNoClusterHasARoleInTheGroupOther() throws Exception {
        select(J);
        // J is alone in "other" (z = 0) with its one neighbour G in the capital region (P = 0): R1.
        // (It had no role, and no z, while "other" was dropped.)
        assertEquals("R1 Ultra-peripheral", inspector.roleProperty().get());
        assertEquals("Outside every cluster", fact(inspector.details(), "Cluster"));
        assertEquals("0.00", fact(inspector.centralities(), "Within-cluster degree z"));
    }

    @Test
    void turningCoPatentOffLeavesTheTradePartners() throws Exception {
        select(G);
        fx(() -> explorer.copatentProperty().set(false));
        assertEquals("2", fact(inspector.centralities(), "Degree"));
        assertEquals("2 partners", inspector.partnerCountProperty().get());
        assertEquals(List.of("Capital region: 1 firm", "Southeast: 1 firm"),
                inspector.partners().stream().map(InspectorViewModel.ClusterGroup::title).toList());
    }

    @Test
    void switchingToKoreanRewritesTheText() throws Exception {
        select(G);
        fx(() -> I18n.setLocale(Locale.KOREAN));
        assertEquals("R3 비허브 연결자", inspector.roleProperty().get()); // R2 before "other" counted
        assertEquals("수도권: 기업 1곳", inspector.partners().get(0).title());
        assertEquals("수도권", fact(inspector.details(), "클러스터"));
    }
}
