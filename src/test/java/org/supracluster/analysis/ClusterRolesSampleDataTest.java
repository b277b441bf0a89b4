package org.supracluster.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.supracluster.ingest.ParsedData;
import org.supracluster.ingest.SampleGenerator;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.Link;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;

/**
 * The cluster roles on the generated sample. This checks the <em>generator's intent</em> (it was
 * built so that the capital region and Chungcheong–Daejeon come out as core hubs, the pattern the
 * reference study reported): it proves nothing about the real Korean semiconductor network.
 */
class ClusterRolesSampleDataTest {

    static Network sample(long seed, int firms) {
        ParsedData data = new SampleGenerator(seed, firms).generate();
        Network.Builder b = Network.builder();
        for (Firm f : data.firms()) {
            b.addFirm(f);
        }
        for (Link l : data.links()) {
            b.addLink(l);
        }
        return b.build();
    }

    @Test
    void sampleShowsCapitalRegionAndChungcheongDaejeonAsCoreHubsAsTheGeneratorIntends() {
        Network network = sample(SampleGenerator.DEFAULT_SEED, SampleGenerator.DEFAULT_FIRMS);
        ClusterScheme scheme = ClusterScheme.defaultFive();
        ClusterRoles roles = ClusterRoles.of(LinkGraph.of(NetworkView.of(network, Filter.all())),
                Partition.of(scheme, network));
        int capital = scheme.indexOf("Capital region");
        int chungcheong = scheme.indexOf("Chungcheong–Daejeon");
        for (ClusterMetrics c : roles.clusters()) {
            if (c.cluster() == capital || c.cluster() == chungcheong) {
                assertEquals(ClusterRole.CORE_HUB, c.role(), c.name());
            } else {
                assertNotEquals(ClusterRole.CORE_HUB, c.role(), c.name());
            }
        }
        // The sentence of both link types together names exactly these two, capital region first.
        Finding both = Finding.forEachLinkType(network, Filter.all(), scheme).get(2);
        assertEquals(List.of(capital, chungcheong), both.coreHubs().stream().map(Finding.CoreHub::cluster).toList());
        assertTrue(both.text(Locale.KOREAN).contains("핵심 허브는 수도권과 충청·대전입니다."), both.korean());
        assertTrue(both.english().contains("the Capital region and Chungcheong–Daejeon are core hubs"), both.english());
    }

    @Test
    void everyLinkOfALargeSampleIsCountedExactlyOnce() {
        // 100,000 firms, about 500,000 link rows (its speed is measured by the bench command, not here):
        // each merged link is internal, inter-cluster or touches "other", never two of these.
        Network network = sample(1, 100_000);
        LinkGraph graph = LinkGraph.of(NetworkView.of(network, Filter.all()));
        ClusterRoles roles = ClusterRoles.of(graph, Partition.of(ClusterScheme.defaultFive(), network));
        assertEquals(graph.linkCount(), roles.internalLinks() + roles.interClusterLinks() + roles.otherLinks());
    }
}
