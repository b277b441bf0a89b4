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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/**
 * The density QAP and the firm-level correlation on the generated 1,000-firm network against R's
 * {@code sna} ({@code gcor}, {@code symmetrize}, {@code qaptest}): the fixture, the R script that
 * computed {@code expected.csv} and that file sit together under
 * {@code src/test/resources/org/supracluster/analysis/qap/} (see {@code qap.R}); the build never
 * runs R. The K = 5 clusters give 5! = 120 relabellings, so both sides enumerate them all and the
 * p-values must agree exactly; the firm-level p-values are random draws on both sides and are only
 * checked to be near sna's.
 */
class TradeCopatentQapRTest {

    private static final String FOLDER = "/org/supracluster/analysis/qap/";

    private static List<String[]> rows(String file) throws IOException {
        try (InputStream in = TradeCopatentQapRTest.class.getResourceAsStream(FOLDER + file)) {
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

    private static Map<String, Double> expected() throws IOException {
        Map<String, Double> m = new HashMap<>();
        for (String[] row : rows("expected.csv")) {
            m.put(row[0], Double.parseDouble(row[1]));
        }
        return m;
    }

    @ParameterizedTest(name = "weighted = {0}")
    @ValueSource(booleans = {false, true})
    void agreesWithRsSna(boolean weighted) throws IOException {
        List<String[]> firms = rows("firms.csv");
        Network.Builder b = Network.builder();
        int[] clusterOf = new int[firms.size()];
        for (String[] f : firms) {
            int i = Integer.parseInt(f[0]);
            b.addFirm(new Firm("F" + i, "F" + i, Region.GYEONGGI, "", 37.5, 127, Segment.FAB, -1, Map.of()));
            clusterOf[i] = Integer.parseInt(f[1]);
        }
        for (String[] l : rows("links.csv")) {
            b.addLink(Integer.parseInt(l[0]), Integer.parseInt(l[1]),
                    l[2].equals("trade") ? LinkType.TRADE : LinkType.COPATENT, Double.parseDouble(l[3]), 2020);
        }
        LinkGraph graph = LinkGraph.of(NetworkView.of(b.build(), Filter.all()));
        Partition clusters = new Partition(5, clusterOf, List.of("C0", "C1", "C2", "C3", "C4"));
        TradeCopatentComparison.Result r = TradeCopatentComparison.compute(graph, clusters, weighted, 1000, 1,
                Progress.NONE);

        Map<String, Double> sna = expected();
        String tag = weighted ? "weighted_" : "";
        assertEquals(sna.get("firms"), r.firms());
        assertEquals(sna.get(tag + "density_correlation"), r.densityQap().observed(), 1e-10);
        assertTrue(r.densityQap().exact());
        assertEquals(sna.get(tag + "density_qap_permutations"), r.densityQap().permutations());
        assertEquals(sna.get(tag + "density_qap_p_at_least"), r.densityQap().pAtLeast(), 1e-12);
        assertEquals(sna.get(tag + "density_qap_p_at_most"), r.densityQap().pAtMost(), 1e-12);
        assertEquals(sna.get(tag + "firm_correlation"), r.firmQap().observed(), 1e-10);
        assertEquals(sna.get(tag + "firm_qap_p_at_least_sna"), r.firmQap().pAtLeast(), 0.01);
        assertEquals(sna.get(tag + "firm_qap_p_at_most_sna"), r.firmQap().pAtMost(), 0.01);
    }
}
