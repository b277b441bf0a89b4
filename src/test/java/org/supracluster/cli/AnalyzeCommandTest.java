package org.supracluster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.analysis.ClusterMetrics;
import org.supracluster.analysis.ClusterRoles;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.model.Progress;
import org.supracluster.analysis.Structure;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.store.Database;
import org.supracluster.store.NetworkStore;

class AnalyzeCommandTest {

    @TempDir
    static Path dir;

    static Path db;

    private String out;
    private String err;

    @BeforeAll
    static void sampleDatabase() {
        db = dir.resolve("sample.db");
        int code = SuperclusterCli.run(new String[] {"sample", "--db", db.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        assertEquals(0, code);
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = SuperclusterCli.run(args, new PrintWriter(o), new PrintWriter(e));
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void theClusterTableShowsTheAnalysisModulesNumbers() throws Exception {
        assertEquals(0, run("analyze", "--db", db.toString(), "--format", "csv"), err);
        List<String> lines = out.lines().toList();
        assertEquals("cluster,firms,internal,external", String.join(",", List.of(lines.get(0).split(",")).subList(0, 4)));
        ClusterRoles roles;
        try (Database d = Database.open(db)) {
            Network n = NetworkStore.of(d).load();
            roles = ClusterRoles.of(LinkGraph.of(NetworkView.of(n, Filter.all())),
                    Partition.of(ClusterScheme.defaultFive(), n));
        }
        for (ClusterMetrics m : roles.clusters()) {
            String[] cells = lines.get(1 + m.cluster()).split(",");
            assertEquals(ClusterScheme.defaultFive().clusters().get(m.cluster()).englishName(), cells[0]);
            assertEquals(m.firms(), Integer.parseInt(cells[1]));
            assertEquals(m.internalLinks(), Long.parseLong(cells[2]));
            assertEquals(m.externalLinks(), Long.parseLong(cells[3]));
            assertEquals(m.internalShare(), Double.parseDouble(cells[6]), 1e-12);
            assertEquals(m.externalShare(), Double.parseDouble(cells[7]), 1e-12);
        }
    }

    @Test
    void textOutputNamesTheCoreHubsInBothLanguages() {
        assertEquals(0, run("analyze", "--db", db.toString(), "--lang", "en"), err);
        assertTrue(out.contains("core hub"), out);
        assertTrue(out.contains("In trade and co-patent links together, the Capital region and Chungcheong–Daejeon "
                + "are core hubs"), out);
        assertTrue(out.contains("In trade links,") && out.contains("In co-patent links,"), out);
        assertEquals(0, run("analyze", "--db", db.toString(), "--lang", "ko", "--links", "copatent"), err);
        assertTrue(out.contains("공동특허 연결에서 핵심 허브는 수도권과 충청·대전입니다."), out);
        assertTrue(!out.contains("거래 연결에서"), out);
    }

    @Test
    void everyTableIsWrittenWithOut() throws Exception {
        Path tables = dir.resolve("tables");
        assertEquals(0, run("analyze", "--db", db.toString(), "--out", tables.toString(), "--format", "json",
                "--years", "2018-2022", "--permutations", "99"), err);
        for (String t : List.of("clusters", "firms", "bridges", "matrix_trade", "matrix_copatent", "communities",
                "comparison", "geography", "years", "finding")) {
            Path f = tables.resolve(t + ".json");
            assertTrue(Files.exists(f), t);
            String json = Files.readString(f, StandardCharsets.UTF_8);
            assertTrue(json.startsWith("[") && json.strip().endsWith("]"), t);
        }
        assertTrue(Files.readString(tables.resolve("firms.json")).contains("\"participation\""));
        assertTrue(Files.readString(tables.resolve("firms.json")).contains("\"articulation\": true"));
        String comparison = Files.readString(tables.resolve("comparison.json"));
        assertTrue(comparison.contains("\"density_qap_p_at_least\"") && comparison.contains("\"firm_qap_p_at_most\""),
                comparison);
        Path csv = dir.resolve("csv");
        assertEquals(0, run("analyze", "--db", db.toString(), "--out", csv.toString(), "--permutations", "9"), err);
        byte[] bytes = Files.readAllBytes(csv.resolve("clusters.csv"));
        // UTF-8 with a byte-order mark, so Excel on Korean Windows reads the names.
        assertEquals((byte) 0xEF, bytes[0]);
    }

    @Test
    void derivedPartitionsWork() {
        assertEquals(0, run("analyze", "--db", db.toString(), "--clusters", "geo:3", "--lang", "en"), err);
        assertTrue(out.contains("Geo 1") && out.contains("Geo 3") && !out.contains("Geo 4"), out);
        assertEquals(0, run("analyze", "--db", db.toString(), "--clusters", "communities", "--lang", "en"), err);
        assertTrue(out.contains("Community 1"), out);
        assertEquals(1, run("analyze", "--db", db.toString(), "--clusters", "nope"));
        assertTrue(err.contains("no cluster scheme 'nope'"), err);
        assertEquals(1, run("analyze", "--db", db.toString(), "--clusters", "geo:x"));
    }

    @Test
    void unweightedCommunitiesAreNamedSoInTheTable() throws Exception {
        Path weighted = dir.resolve("weighted");
        assertEquals(0, run("analyze", "--db", db.toString(), "--out", weighted.toString(), "--permutations", "9"),
                err);
        String header = Files.readAllLines(weighted.resolve("communities.csv"), StandardCharsets.UTF_8).get(0);
        assertTrue(header.endsWith(",weighted_modularity"), header);
        Path unweighted = dir.resolve("unweighted");
        assertEquals(0, run("analyze", "--db", db.toString(), "--out", unweighted.toString(), "--permutations", "9",
                "--unweighted", "--clusters", "communities"), err);
        header = Files.readAllLines(unweighted.resolve("communities.csv"), StandardCharsets.UTF_8).get(0);
        assertTrue(header.endsWith(",unweighted_modularity"), header);
    }

    @Test
    void whatIfRemovingAClusterListsThePairsThatLoseTheirLinks() {
        assertEquals(0, run("whatif", "--db", db.toString(), "--remove-cluster", "Chungcheong-Daejeon", "--lang", "en"),
                err);
        assertTrue(out.contains("Cluster pairs that lose all their links:"), out);
        assertTrue(out.contains("Capital region – Chungcheong–Daejeon"), out);
        assertEquals(0, run("whatif", "--db", db.toString(), "--remove-firm", "F00001", "--lang", "en"), err);
        assertTrue(out.contains("largest component"), out);
        assertEquals(1, run("whatif", "--db", db.toString(), "--remove-firm", "NOPE"));
        assertTrue(err.contains("no firm has the id 'NOPE'"), err);
        assertEquals(1, run("whatif", "--db", db.toString()));
    }

    @Test
    void whatIfSpeaksTheChosenLanguage() {
        assertEquals(0, run("whatif", "--db", db.toString(), "--remove-firm", "F00001", "--lang", "en"), err);
        assertTrue(out.contains(" (1 firm)") && out.contains("inter-cluster links"), out);
        assertEquals(0, run("whatif", "--db", db.toString(), "--remove-firm", "F00001", "--lang", "ko"), err);
        assertTrue(out.startsWith("제거: ") && out.contains(" (기업 1개)"), out);
        assertTrue(out.contains("최대 연결 요소 (기업)") && out.contains("클러스터 간 연결"), out);
        assertFalse(out.contains("largest component"), out);
    }

    @Test
    void weakPointsListTheArticulationPointsAndTheBridgesBetweenClustersAsTheAnalysisRanksThem() throws Exception {
        Structure structure;
        Network n;
        Partition clusters;
        try (Database d = Database.open(db)) {
            n = NetworkStore.of(d).load();
            clusters = Partition.of(ClusterScheme.defaultFive(), n);
            structure = Structure.of(LinkGraph.of(NetworkView.of(n, Filter.all())), Progress.NONE);
        }
        assertEquals(0, run("whatif", "--db", db.toString(), "--weak-points", "--top", "3", "--lang", "en"), err);
        assertTrue(out.contains("Firms whose loss alone splits the network (articulation points): "
                + structure.articulationPoints().size() + ", the 3 cutting off most firms"), out);
        int first = structure.articulationPoints().get(0);
        assertTrue(out.contains(n.firmId(first)), out);
        List<Structure.Bridge> between = structure.bridgesBetweenGroups(clusters);
        assertTrue(out.contains("Bridges between clusters (pairs whose links alone join two parts): " + between.size()
                + " of " + structure.bridges().size() + " bridges"), out);
        assertTrue(out.contains(n.firmName(between.get(0).first())), out);
        assertEquals(0, run("whatif", "--db", db.toString(), "--weak-points", "--lang", "ko"), err);
        assertTrue(out.contains("하나만 빠져도 네트워크가 끊어지는 기업 (단절점)"), out);
        assertEquals(1, run("whatif", "--db", db.toString(), "--weak-points", "--remove-firm", "F00001"));
        assertTrue(err.contains("mutually exclusive"), err);
        assertEquals(1, run("whatif", "--db", db.toString(), "--weak-points", "--top", "0"));
    }

    @Test
    void theBridgesCsvNamesEachBridgesFirmsAndClusters() throws Exception {
        Path csv = dir.resolve("bridges");
        assertEquals(0, run("analyze", "--db", db.toString(), "--out", csv.toString(), "--permutations", "9",
                "--lang", "en"), err);
        List<String> lines = Files.readAllLines(csv.resolve("bridges.csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFFsource,target,source_cluster,target_cluster,cut_off", lines.get(0));
        Structure structure;
        Network n;
        try (Database d = Database.open(db)) {
            n = NetworkStore.of(d).load();
            structure = Structure.of(LinkGraph.of(NetworkView.of(n, Filter.all())), Progress.NONE);
        }
        assertEquals(structure.bridges().size() + 1, lines.size());
        Structure.Bridge top = structure.bridges().get(0);
        assertTrue(lines.get(1).startsWith(n.firmId(top.first()) + "," + n.firmId(top.second()) + ","), lines.get(1));
        assertTrue(lines.get(1).endsWith("," + top.cutOff()), lines.get(1));
        List<String> firms = Files.readAllLines(csv.resolve("firms.csv"), StandardCharsets.UTF_8);
        assertTrue(firms.get(0).contains(",participation,coreness,articulation,role,"), firms.get(0));
    }
}
