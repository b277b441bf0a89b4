package org.supracluster.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Message;
import org.supracluster.model.Messages;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options that narrow the network to a view, shared by the commands that read one. */
final class FilterOptions {

    @Option(names = "--regions", split = ",", paramLabel = "REGION",
            description = "Provinces to show, in any spelling (경기, Gyeonggi, KR-41, 41). Default: all.")
    List<String> regions;

    @Option(names = "--only-clusters", split = ",", paramLabel = "CLUSTER",
            description = "Show only the provinces of these clusters of the scheme (names or numbers from 1); "
                    + "'other' for the provinces in no cluster.")
    List<String> clusters;

    @Option(names = {"--types", "--links"}, split = ",", paramLabel = "TYPE",
            description = "Link types: trade, copatent (default: both).")
    List<String> types;

    @Option(names = "--years", paramLabel = "FROM-TO", description = "Year range, e.g. 2018-2022 or 2020.")
    String years;

    @Option(names = "--min-weight", paramLabel = "W",
            description = "Minimum link weight for both link types (default: 0). Trade and co-patent weights "
                    + "measure different things: see the two options below.")
    Double minWeight;

    @Option(names = "--min-weight-trade", paramLabel = "W",
            description = "Minimum weight of trade links (a summed amount, or a number of transactions); "
                    + "overrides --min-weight for trade.")
    Double minWeightTrade;

    @Option(names = "--min-weight-copatent", paramLabel = "W",
            description = "Minimum weight of co-patent links (a number of joint patents); "
                    + "overrides --min-weight for co-patent.")
    Double minWeightCopatent;

    @Option(names = "--segments", split = ",", paramLabel = "SEGMENT",
            description = "Segments: design, fab, equipment, materials, components, packaging, research, other.")
    List<String> segments;

    /** The filter; a bad value is a {@link ParameterException} told in {@code m}'s language. */
    Filter toFilter(ClusterScheme scheme, picocli.CommandLine cmd, Messages m) {
        Filter f = Filter.all();
        if (regions != null) {
            EnumSet<Region> set = EnumSet.noneOf(Region.class);
            for (String r : regions) {
                set.add(Region.resolve(r).orElseThrow(() -> new ParameterException(cmd,
                        m.format("cli.filter.unknownRegion", Message.quoted(r)))));
            }
            f = f.withRegions(set);
        }
        if (clusters != null) {
            List<Integer> idx = new ArrayList<>();
            boolean other = false;
            for (String c : clusters) {
                if (c.equalsIgnoreCase("other") || c.equals("기타")) {
                    other = true;
                    continue;
                }
                idx.add(clusterIndex(scheme, c, cmd, m));
            }
            Filter byCluster = Filter.all().withClusters(scheme, idx, other);
            EnumSet<Region> both = EnumSet.noneOf(Region.class);
            both.addAll(f.regions());
            both.retainAll(byCluster.regions());
            f = f.withRegions(both);
        }
        if (types != null) {
            EnumSet<LinkType> set = EnumSet.noneOf(LinkType.class);
            for (String t : types) {
                set.add(LinkType.parse(t).orElseThrow(() -> new ParameterException(cmd,
                        m.format("cli.filter.unknownLinkType", Message.quoted(t)))));
            }
            f = f.withLinkTypes(set);
        }
        if (years != null) {
            f = withYears(f, cmd, m);
        }
        if (segments != null) {
            EnumSet<Segment> set = EnumSet.noneOf(Segment.class);
            for (String s : segments) {
                set.add(Segment.parse(s).orElseThrow(() -> new ParameterException(cmd,
                        m.format("cli.filter.unknownSegment", Message.quoted(s)))));
            }
            f = f.withSegments(set);
        }
        double both = weight(minWeight, 0, "--min-weight", cmd, m);
        return f.withMinWeight(LinkType.TRADE, weight(minWeightTrade, both, "--min-weight-trade", cmd, m))
                .withMinWeight(LinkType.COPATENT, weight(minWeightCopatent, both, "--min-weight-copatent", cmd, m));
    }

    /** A minimum weight option's value, or {@code otherwise} when it was not given. */
    private static double weight(Double given, double otherwise, String option, picocli.CommandLine cmd,
                                 Messages m) {
        if (given == null) {
            return otherwise;
        }
        if (given < 0 || Double.isNaN(given)) {
            throw new ParameterException(cmd, m.format("cli.filter.negativeWeight", option));
        }
        return given;
    }

    private Filter withYears(Filter f, picocli.CommandLine cmd, Messages m) {
        String[] parts = years.strip().split("\\s*[-–:]\\s*");
        try {
            int from = Integer.parseInt(parts[0]);
            int to = parts.length > 1 ? Integer.parseInt(parts[1]) : from;
            if (parts.length > 2 || from > to) {
                throw new NumberFormatException();
            }
            // A year range asks about dated links: undated ones are left out.
            return f.withYears(from, to).withIncludeUndated(false);
        } catch (NumberFormatException e) {
            throw new ParameterException(cmd, m.format("cli.filter.badYears", Message.quoted(years)));
        }
    }

    static int clusterIndex(ClusterScheme scheme, String text, picocli.CommandLine cmd, Messages m) {
        int i = scheme.indexOf(text);
        if (i >= 0) {
            return i;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= scheme.clusterCount()) {
                return n - 1;
            }
        } catch (NumberFormatException ignored) {
            // Not a number: fall through to the error below.
        }
        throw new ParameterException(cmd, m.format("cli.filter.noSuchCluster", Message.quoted(text),
                Message.quoted(scheme.name())));
    }
}
