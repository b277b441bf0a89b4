package org.supracluster.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.supracluster.model.Filter;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;

/**
 * A metric year by year, so that change over time can be shown (DESIGN.md, "by year"). For each
 * year y the view is {@code base.withYears(y, y).withIncludeUndated(false)}: the base filter's
 * provinces, link types, minimum weight and segments with only the links dated y (an undated link
 * belongs to no year, so it is in no point of a series). That view's {@link LinkGraph} is then
 * measured, e.g. by {@link ClusterRoles}: every point is the same computation as the tables, on a
 * one-year view.
 *
 * <p>A year <em>window</em> needs no special code: any metric over years from..to is that metric
 * on {@code NetworkView.of(network, base.withYears(from, to))} (undated links included or not as
 * {@code base} says).
 *
 * <p>The years of a series run from the base filter's first year to its last; an open end is
 * taken from the earliest or latest dated link the base filter shows. Years in between without
 * links are kept (their points have no links), so a chart's axis has no gaps. Cost per year: one
 * view and one link graph, O(n + m log m).
 */
public final class YearSeries {

    private YearSeries() {
    }

    /** The value of a metric in one year. */
    public record Point<T>(int year, T value) {
    }

    /**
     * The years of a series for {@code base}: see the class comment. Empty when an end is open and
     * the base filter shows no dated link.
     */
    public static int[] years(Network network, Filter base) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(base, "base");
        Integer from = base.yearFrom();
        Integer to = base.yearTo();
        if (from == null || to == null) {
            NetworkView dated = NetworkView.of(network, base.withIncludeUndated(false));
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (int l = dated.nextLink(0); l >= 0; l = dated.nextLink(l + 1)) {
                min = Math.min(min, network.linkYear(l));
                max = Math.max(max, network.linkYear(l));
            }
            if (min > max) {
                return new int[0];
            }
            from = from == null ? min : from;
            to = to == null ? max : to;
        }
        int[] years = new int[Math.max(0, to - from + 1)];
        for (int i = 0; i < years.length; i++) {
            years[i] = from + i;
        }
        return years;
    }

    /** The one-year view's filter: {@code base.withYears(year, year).withIncludeUndated(false)}. */
    public static Filter yearFilter(Filter base, int year) {
        return base.withYears(year, year).withIncludeUndated(false);
    }

    /**
     * Any metric of a link graph, year by year.
     *
     * @param years the years, e.g. {@link #years(Network, Filter)}
     * @param metric what to compute from each year's link graph
     * @throws Progress.Cancelled when {@code progress} is cancelled (checked before every year)
     */
    public static <T> List<Point<T>> map(Network network, Filter base, int[] years,
                                         Function<LinkGraph, T> metric, Progress progress) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(progress, "progress");
        List<Point<T>> out = new ArrayList<>(years.length);
        for (int i = 0; i < years.length; i++) {
            progress.checkCancelled();
            LinkGraph graph = LinkGraph.of(NetworkView.of(network, yearFilter(base, years[i])));
            out.add(new Point<>(years[i], metric.apply(graph)));
            progress.report((i + 1) / (double) years.length, "year " + years[i]);
        }
        return List.copyOf(out);
    }

    /**
     * The cluster figures and roles ({@link ClusterRoles}) of every year of
     * {@link #years(Network, Filter)}.
     *
     * @throws IllegalArgumentException when the partition does not cover the network's firms
     */
    public static List<Point<ClusterRoles>> clusterRoles(Network network, Filter base, Partition partition,
                                                         Progress progress) {
        Objects.requireNonNull(partition, "partition");
        if (partition.firmCount() != network.firmCount()) {
            throw new IllegalArgumentException("the partition has " + partition.firmCount()
                    + " firms but the network " + network.firmCount());
        }
        return map(network, base, years(network, base), g -> ClusterRoles.of(g, partition), progress);
    }
}
