package org.supracluster.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.supracluster.analysis.Betweenness;
import org.supracluster.analysis.Brokerage;
import org.supracluster.analysis.ClusterRoles;
import org.supracluster.analysis.Communities;
import org.supracluster.analysis.GuimeraAmaral;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.PageRank;
import org.supracluster.analysis.Partition;
import org.supracluster.analysis.TradeCopatentComparison;
import org.supracluster.ingest.Importer;
import org.supracluster.ingest.ParsedData;
import org.supracluster.model.ClusterScheme;
import org.supracluster.ingest.SampleGenerator;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;
import org.supracluster.model.Region;
import org.supracluster.store.Database;
import org.supracluster.store.NetworkStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times the data path on generated or given files, after a warm-up run in the same JVM, and
 * prints one JSON line: {@code {"firms":N,"links":M,"ms":{"import":…,"load":…,"filter":…,…},
 * "modularity":…,"peakHeapMB":…}}. {@code import} is CSV parse + validation + SQLite write,
 * {@code load} SQLite → Network, {@code filter} a change of regions and link types applied to a
 * view (median of nine); then, on the whole network with the default clusters: {@code linkGraph}
 * (merging the view's links), {@code clusterRoles}, {@code firmRoles} (Guimerà–Amaral),
 * {@code brokerage}, {@code betweenness} (exact up to 20,000 firms, sampled pivots above),
 * {@code leiden} (two iterations; {@code modularity} is what it reached), {@code pagerank} and
 * {@code qap} (trade vs co-patent, 1,000 permutations); and {@code betweennessExact}, exact
 * betweenness of the generated {@code --exact-firms} network (default 10,000 firms: the data of
 * {@code --firms 10000} with the same seed, built in memory), measured when the network benchmarked
 * has at least that many firms, so that a 100,000-firm run also gives the 10,000-firm exact figure.
 * {@code --no-analysis} leaves all of those out.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = SuperclusterCli.Version.class,
        description = "Measure import, load, filter and analysis speed; prints one JSON line.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    static final class Source {
        @Option(names = "--firms", paramLabel = "N", description = "Generate N firms (about 5 links per firm).")
        Integer firms;

        @Option(names = "--data", paramLabel = "DIR", description = "Folder with firms.csv and links.csv.")
        Path data;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Source source;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for generated data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-analysis", description = "Time only import, load and filter.")
    boolean noAnalysis;

    @Option(names = "--repeats", defaultValue = "1", description = "Measured runs after the warm-up; the median "
            + "is reported (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--map", description = "Also time the explorer map off screen: a filter change, a pan, a "
            + "zoom and a selection, each until the map is redrawn (mapFilter, mapPan, mapZoom, mapSelect; "
            + "mapOpen is building the window's view with its first frame).")
    boolean map;

    @Option(names = "--records", paramLabel = "N", defaultValue = "0", description = "Also time a dry run and an "
            + "import of N raw patent records naming 20,000 synthetic firms in written variants (recordsDryRun, "
            + "recordsImport; recordsUnmatched and recordsLinks say what they found).")
    int records;

    @Option(names = "--exact-firms", paramLabel = "N", defaultValue = "10000", description = "Also time exact "
            + "betweenness on the generated N-firm network (the --seed's data for --firms N, built in memory) when "
            + "the network benchmarked has at least N firms: betweennessExact (default: ${DEFAULT-VALUE}; 0 leaves it "
            + "out).")
    int exactFirms;

    /** Set by the program's entry point; null where the UI is not available. */
    MapBench mapBench;

    @Override
    public Integer call() throws IOException {
        if (map && mapBench == null) {
            throw new UserError("--map needs the explorer, which this build of the command line does not have.");
        }
        Path tmp = Files.createTempDirectory("supracluster-bench");
        try {
            Path dir;
            if (source != null && source.data != null) {
                dir = source.data;
                for (String f : List.of("firms.csv", "links.csv")) {
                    if (!Files.isRegularFile(dir.resolve(f))) {
                        throw new UserError("--data needs " + f + " in " + dir + ".");
                    }
                }
            } else {
                int n = source != null && source.firms != null ? source.firms : 10_000;
                if (n < 10) {
                    throw new UserError("--firms must be at least 10.");
                }
                dir = tmp.resolve("data");
                new SampleGenerator(seed, n).writeCsv(dir);
            }
            Path recordsDir = tmp.resolve("records");
            if (records > 0) {
                RecordsBench.write(recordsDir, records, seed);
                RecordsBench.measure(recordsDir, tmp.resolve("records-warmup.db"));
            }
            Run warmup = runOnce(dir, tmp.resolve("warmup.db"), !noAnalysis, map ? mapBench : null);
            LinkGraph exactGraph = !noAnalysis && exactFirms >= 10 && warmup.firms >= exactFirms
                    ? generatedGraph(seed, exactFirms) : null;
            if (exactGraph != null) {
                measureExact(exactGraph, warmup.ms);
            }
            List<Map<String, Double>> runs = new ArrayList<>();
            Run last = null;
            for (int i = 0; i < Math.max(1, repeats); i++) {
                System.gc();
                resetPeaks();
                last = runOnce(dir, tmp.resolve("run" + i + ".db"), !noAnalysis, map ? mapBench : null);
                if (exactGraph != null) {
                    measureExact(exactGraph, last.ms);
                }
                if (records > 0) {
                    last.ms.putAll(RecordsBench.measure(recordsDir, tmp.resolve("records" + i + ".db")));
                }
                last.ms.put("peakHeapMB", peakHeapMb());
                runs.add(last.ms);
            }
            StringBuilder json = new StringBuilder();
            json.append("{\"firms\":").append(last.firms).append(",\"links\":").append(last.links).append(",\"ms\":{");
            List<String> keys = new ArrayList<>(last.ms.keySet());
            keys.remove("peakHeapMB");
            keys.remove("modularity");
            for (int k = 0; k < keys.size(); k++) {
                json.append(k > 0 ? "," : "").append('"').append(keys.get(k)).append("\":")
                        .append(fmt(median(runs, keys.get(k))));
            }
            json.append('}');
            if (last.ms.containsKey("modularity")) {
                json.append(",\"modularity\":").append(String.format(Locale.ROOT, "%.4f", median(runs, "modularity")));
            }
            json.append(",\"peakHeapMB\":").append(Math.round(median(runs, "peakHeapMB"))).append('}');
            spec.commandLine().getOut().println(json);
            return SuperclusterCli.OK;
        } finally {
            try (var s = Files.walk(tmp)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private record Run(int firms, int links, Map<String, Double> ms) { }

    private static Run runOnce(Path dir, Path dbFile, boolean analysis, MapBench mapBench) {
        Map<String, Double> ms = new LinkedHashMap<>();
        Network network;
        try (Database db = Database.open(dbFile)) {
            long t0 = System.nanoTime();
            Importer.Result r = Importer.importFiles(db, List.of(dir.resolve("firms.csv"), dir.resolve("links.csv")),
                    Importer.Options.defaults());
            long t1 = System.nanoTime();
            if (!r.stored()) {
                throw new UserError("the benchmark data did not import:\n" + String.join("\n", r.report().lines()));
            }
            network = NetworkStore.of(db).load();
            long t2 = System.nanoTime();
            ms.put("import", (t1 - t0) / 1e6);
            ms.put("load", (t2 - t1) / 1e6);
        }
        // A typical filter change: three provinces, trade links only.
        Filter f = Filter.all().withRegions(EnumSet.of(Region.GYEONGGI, Region.CHUNGBUK, Region.DAEJEON))
                .withLinkTypes(EnumSet.of(LinkType.TRADE));
        double[] times = new double[9];
        int shown = 0;
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            NetworkView v = NetworkView.of(network, i % 2 == 0 ? f : Filter.all());
            times[i] = (System.nanoTime() - t) / 1e6;
            shown += v.shownLinkCount();
        }
        Arrays.sort(times);
        ms.put("filter", times[times.length / 2]);
        sink = shown;
        if (analysis) {
            analyse(network, ms);
        }
        if (mapBench != null) {
            ms.putAll(mapBench.measure(network, ClusterScheme.defaultFive()));
        }
        return new Run(network.firmCount(), network.linkCount(), ms);
    }

    /** Keeps results alive so the timed work cannot be optimised away. */
    private static volatile long sink;

    private static void analyse(Network network, Map<String, Double> ms) {
        long t = System.nanoTime();
        LinkGraph g = LinkGraph.of(NetworkView.of(network, Filter.all()));
        ms.put("linkGraph", since(t));
        Partition p = Partition.of(ClusterScheme.defaultFive(), network);
        t = System.nanoTime();
        sink += ClusterRoles.of(g, p).internalLinks();
        ms.put("clusterRoles", since(t));
        t = System.nanoTime();
        sink += GuimeraAmaral.compute(g, p).firms().size();
        ms.put("firmRoles", since(t));
        t = System.nanoTime();
        sink += Brokerage.compute(g, p).cluster(0).total();
        ms.put("brokerage", since(t));
        t = System.nanoTime();
        sink += Betweenness.compute(g, Progress.NONE).pivots();
        ms.put("betweenness", since(t));
        t = System.nanoTime();
        Communities.Result leiden = Communities.detect(g, 1.0, 2, 1L, Progress.NONE);
        ms.put("leiden", since(t));
        ms.put("modularity", leiden.modularity());
        t = System.nanoTime();
        sink += PageRank.compute(g).iterations();
        ms.put("pagerank", since(t));
        t = System.nanoTime();
        sink += TradeCopatentComparison.compute(g, p, false, 1000, 1L, Progress.NONE).permutations();
        ms.put("qap", since(t));
    }

    /** The generated network of {@code firms} firms, everything shown, built without the database. */
    private static LinkGraph generatedGraph(long seed, int firms) {
        ParsedData data = new SampleGenerator(seed, firms).generate();
        Network.Builder b = Network.builder();
        data.firms().forEach(b::addFirm);
        data.links().forEach(b::addLink);
        return LinkGraph.of(NetworkView.of(b.build(), Filter.all()));
    }

    private static void measureExact(LinkGraph g, Map<String, Double> ms) {
        long t = System.nanoTime();
        sink += Betweenness.exact(g, Betweenness.defaultThreads(), Progress.NONE).pivots();
        ms.put("betweennessExact", since(t));
    }

    private static double since(long t) {
        return (System.nanoTime() - t) / 1e6;
    }

    private static double median(List<Map<String, Double>> runs, String key) {
        double[] v = runs.stream().mapToDouble(m -> m.get(key)).sorted().toArray();
        return v[v.length / 2];
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / (1024.0 * 1024.0);
    }
}
