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
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/**
 * The module's figures on the generated 1,000-firm network against figures computed outside it:
 * Gould–Fernandez brokerage by R's {@code sna::brokerage} (every firm in a group, "other" one of
 * them), and Guimerà–Amaral z, P, role and the clusters' I, E, E-I, shares and roles written out
 * from their definitions in R (issue 14, "Done when"). The fixture and the expected values sit in
 * {@code src/test/resources/org/supracluster/analysis/sna1000/} beside {@code check_sna.R}, which
 * made them from {@code sample --firms 1000} and says how to run it again; the build does not need R.
 *
 * <p>Two views: every firm and link ("all"), and the firms of the capital region,
 * Chungcheong–Daejeon and "other" ("two_clusters", K = 2, fair share 1/2).
 */
class SnaCrossCheckTest {

    private static final String DIR = "/org/supracluster/analysis/sna1000/";
    private static final double TOLERANCE = 1e-10;
    /** The fixture's group labels by cluster index of the default scheme, then "other". */
    private static final List<String> GROUPS = List.of("capital", "chungcheong", "daegu", "southeast", "honam",
            "other");

    private double maxDifference;
    private int values;

    @ParameterizedTest(name = "view {0}")
    @ValueSource(strings = {"all", "two_clusters"})
    void everyFirmAndGroupAgreesWithR(String view) throws IOException {
        List<String[]> firmRows = read("firms.csv");
        Network.Builder b = Network.builder();
        Map<String, Integer> index = new HashMap<>();
        for (String[] f : firmRows) {
            Region region = Region.resolve(f[1]).orElseThrow();
            index.put(f[0], b.addFirm(new Firm(f[0], f[0], region, "", region.centreLat(), region.centreLon(),
                    Segment.FAB, -1, Map.of())));
        }
        for (String[] l : read("links.csv")) {
            b.addLink(index.get(l[0]), index.get(l[1]), LinkType.parse(l[2]).orElseThrow(), 1, 2020);
        }
        Network network = b.build();
        Partition partition = Partition.of(ClusterScheme.defaultFive(), network);
        for (int f = 0; f < firmRows.size(); f++) {
            assertEquals(firmRows.get(f)[2], group(partition.of(network.indexOf(firmRows.get(f)[0]))), firmRows.get(f)[0]);
        }
        Filter filter = view.equals("all") ? Filter.all() : Filter.all().withRegions(EnumSet.of(Region.SEOUL,
                Region.INCHEON, Region.GYEONGGI, Region.DAEJEON, Region.SEJONG, Region.CHUNGBUK, Region.CHUNGNAM,
                Region.GANGWON, Region.JEJU));
        LinkGraph graph = LinkGraph.of(NetworkView.of(network, filter));
        Brokerage.Result brokerage = Brokerage.compute(graph, partition);
        GuimeraAmaral.Result cartography = GuimeraAmaral.compute(graph, partition);
        ClusterRoles roles = ClusterRoles.of(graph, partition);

        List<String[]> firms = read("expected_firms_" + view + ".csv");
        int shown = 0;
        for (int f = 0; f < network.firmCount(); f++) {
            shown += graph.isShown(f) ? 1 : 0;
        }
        assertEquals(firms.size(), shown);
        for (String[] e : firms) {
            int f = network.indexOf(e[0]);
            assertTrue(f >= 0, e[0]);
            Brokerage.Counts c = brokerage.firm(f);
            assertCounts(e, 1, c, e[0]);
            GuimeraAmaral.FirmCartography g = cartography.firm(f);
            near(Double.parseDouble(e[6]), g.z(), e[0] + " z");
            near(Double.parseDouble(e[7]), g.participation(), e[0] + " P");
            assertNotNull(g.role(), e[0]);
            assertEquals(e[8], g.role().name(), e[0] + " role");
            values++;
        }

        List<String[]> groups = read("expected_groups_" + view + ".csv");
        assertEquals(Integer.parseInt(groups.get(0)[13]), roles.clustersInView());
        for (String[] e : groups) {
            int cluster = GROUPS.indexOf(e[0]);
            boolean other = cluster == GROUPS.size() - 1;
            ClusterMetrics m = other ? roles.other() : roles.cluster(cluster);
            assertEquals(Integer.parseInt(e[1]), m.firms(), e[0]);
            assertEquals(Long.parseLong(e[2]), m.internalLinks(), e[0] + " I");
            assertEquals(Long.parseLong(e[3]), m.externalLinks(), e[0] + " E");
            near(number(e[4]), m.eiIndex(), e[0] + " E-I");
            near(number(e[5]), m.internalShare(), e[0] + " internal share");
            near(number(e[6]), m.externalShare(), e[0] + " external share");
            assertEquals(e[7].isEmpty() ? null : e[7], m.role() == null ? null : m.role().name(), e[0] + " role");
            assertCounts(e, 8, other ? brokerage.other() : brokerage.cluster(cluster), e[0]);
            values += 4;
        }
        System.out.printf("SnaCrossCheckTest %s: %d firms, %d groups, %d values, max |difference| %.3e%n", view,
                firms.size(), groups.size(), values, maxDifference);
    }

    private static String group(int cluster) {
        return cluster == Partition.OTHER ? "other" : GROUPS.get(cluster);
    }

    private void assertCounts(String[] e, int from, Brokerage.Counts c, String what) {
        int r = from;
        for (BrokerageRole role : BrokerageRole.values()) {
            assertEquals(Long.parseLong(e[r++]), c.get(role), what + " " + role);
            values++;
        }
    }

    private void near(double expected, double actual, String what) {
        values++;
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": " + actual);
            return;
        }
        double d = Math.abs(expected - actual);
        maxDifference = Math.max(maxDifference, d);
        assertTrue(d <= TOLERANCE, what + ": expected " + expected + " but was " + actual);
    }

    private static double number(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }

    /** The rows of a fixture file after its header, split at commas (no cell holds one). */
    private static List<String[]> read(String name) throws IOException {
        try (InputStream in = SnaCrossCheckTest.class.getResourceAsStream(DIR + name)) {
            assertNotNull(in, name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        }
    }
}
