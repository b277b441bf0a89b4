package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/**
 * The density QAP and the firm-level correlation on the generated 1,000-firm network against R's
 * {@code sna} ({@code gcor}, {@code symmetrize}, {@code qaptest}): {@code qap.R} computed
 * {@code expected_qap.csv} from the fixture beside it in
 * {@code src/test/resources/org/supracluster/analysis/sna1000/} (the one {@link SnaCrossCheckTest}
 * reads); the build never runs R. In the view of all firms the K = 5 clusters give 5! = 120
 * relabellings, so both sides enumerate them all and the p-values must agree exactly; with two
 * clusters in view there is one cell and no density correlation. The firm-level p-values are
 * random draws on both sides and only checked to be near sna's.
 */
class TradeCopatentQapRTest {

    private static final String DIR = "/org/supracluster/analysis/sna1000/";

    private static List<String[]> rows(String file) throws IOException {
        try (InputStream in = TradeCopatentQapRTest.class.getResourceAsStream(DIR + file)) {
            assertNotNull(in, file);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            r.readLine(); // header
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                rows.add(line.split(","));
            }
            return rows;
        }
    }

    /** R's figures of one view, by measure. */
    private static Map<String, Double> expected(String view) throws IOException {
        Map<String, Double> m = new HashMap<>();
        for (String[] row : rows("expected_qap.csv")) {
            if (row[0].equals(view)) {
                m.put(row[1], Double.parseDouble(row[2]));
            }
        }
        return m;
    }

    private static Network network() throws IOException {
        Network.Builder b = Network.builder();
        Map<String, Integer> index = new HashMap<>();
        for (String[] f : rows("firms.csv")) {
            Region region = Region.resolve(f[1]).orElseThrow();
            index.put(f[0], b.addFirm(new Firm(f[0], f[0], region, "", region.centreLat(), region.centreLon(),
                    Segment.FAB, -1, Map.of())));
        }
        for (String[] l : rows("links.csv")) {
            b.addLink(index.get(l[0]), index.get(l[1]), LinkType.parse(l[2]).orElseThrow(), 1, 2020);
        }
        return b.build();
    }

    @ParameterizedTest(name = "view {0}")
    @ValueSource(strings = {"all", "two_clusters"})
    void agreesWithRsSna(String view) throws IOException {
        Network network = network();
        Filter filter = view.equals("all") ? Filter.all() : Filter.all().withRegions(EnumSet.of(Region.SEOUL,
                Region.INCHEON, Region.GYEONGGI, Region.DAEJEON, Region.SEJONG, Region.CHUNGBUK, Region.CHUNGNAM,
                Region.GANGWON, Region.JEJU));
        LinkGraph graph = LinkGraph.of(NetworkView.of(network, filter));
        TradeCopatentComparison.Result r = TradeCopatentComparison.compute(graph,
                Partition.of(ClusterScheme.defaultFive(), network), false, 1000, 1, Progress.NONE);

        Map<String, Double> sna = expected(view);
        assertEquals(sna.get("clusters_in_view"), r.densities().clusters().size());
        if (sna.containsKey("density_correlation")) {
            assertEquals(sna.get("density_correlation"), r.densityQap().observed(), 1e-10);
            assertTrue(r.densityQap().exact());
            assertEquals(sna.get("density_qap_permutations"), r.densityQap().permutations());
            assertEquals(sna.get("density_qap_p_at_least"), r.densityQap().pAtLeast(), 1e-12);
            assertEquals(sna.get("density_qap_p_at_most"), r.densityQap().pAtMost(), 1e-12);
        } else {
            assertEquals(Qap.Result.UNDEFINED, r.densityQap());
        }
        assertEquals(sna.get("firms"), r.firms());
        assertEquals(sna.get("firm_correlation"), r.firmQap().observed(), 1e-10);
        assertEquals(sna.get("firm_qap_p_at_least_sna"), r.firmQap().pAtLeast(), 0.01);
        assertEquals(sna.get("firm_qap_p_at_most_sna"), r.firmQap().pAtMost(), 0.01);
    }
}
