package org.supracluster.ui.filter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;
import org.supracluster.ui.I18n;

/**
 * The active filter in words, for the status bar: only what differs from "everything", e.g.
 * "Capital region, Daejeon · Trade only · 2018–2022 · weight ≥ 2 · 3 of 8 segments". Provinces
 * are named by cluster where a whole cluster is chosen, else one by one. Minimum weights are
 * named by link type ("trade weight ≥ 5 · co-patent weight ≥ 2") unless one type is shown or
 * both share one minimum; the minimum of a hidden type is not mentioned.
 */
public final class FilterDescription {

    /** Names listed before "+N more", so the status bar stays one line. */
    static final int MAX_NAMES = 4;

    private FilterDescription() {
    }

    /**
     * @param minYear first year in the data, or null when no link has a year
     * @param maxYear last year in the data, or null
     */
    public static String of(Filter f, ClusterScheme scheme, Integer minYear, Integer maxYear) {
        String words = words(f, scheme, minYear, maxYear);
        return words.isEmpty() ? I18n.get("status.filter.none") : I18n.format("status.filter", words);
    }

    /**
     * What the filter keeps, without the status bar's "Filter:" (e.g. "Capital region · Trade only"),
     * or "" when it keeps everything: for a report's list of parameters.
     */
    public static String words(Filter f, ClusterScheme scheme, Integer minYear, Integer maxYear) {
        Locale locale = I18n.locale();
        List<String> parts = new ArrayList<>();
        if (f.regions().isEmpty()) {
            parts.add(I18n.get("status.filter.noRegion"));
        } else if (f.regions().size() < Region.values().length) {
            parts.add(regions(f.regions(), scheme, locale));
        }
        Set<LinkType> types = f.linkTypes();
        if (types.isEmpty()) {
            parts.add(I18n.get("status.filter.noLinks"));
        } else if (types.size() == 1) {
            parts.add(I18n.format("status.filter.only", I18n.name(types.iterator().next())));
        }
        boolean fromCut = f.yearFrom() != null && (minYear == null || f.yearFrom() > minYear);
        boolean toCut = f.yearTo() != null && (maxYear == null || f.yearTo() < maxYear);
        if (fromCut || toCut) {
            int from = f.yearFrom() != null ? f.yearFrom() : minYear;
            int to = f.yearTo() != null ? f.yearTo() : maxYear;
            parts.add(from == to ? Integer.toString(from) : from + "–" + to);
        }
        if (!f.includeUndated()) {
            parts.add(I18n.get("status.filter.datedOnly"));
        }
        weights(f, parts);
        if (f.segments().size() < Segment.values().length) {
            parts.add(I18n.format("status.filter.segments", f.segments().size(), Segment.values().length));
        }
        return String.join(" · ", parts);
    }

    private static void weights(Filter f, List<String> parts) {
        Set<LinkType> types = f.linkTypes();
        if (types.isEmpty()) {
            return;
        }
        LinkType first = types.iterator().next();
        boolean one = types.size() == 1 || f.hasOneMinWeight();
        if (one) {
            if (f.minWeight(first) > 0) {
                parts.add(I18n.format("status.filter.weight", f.minWeight(first)));
            }
            return;
        }
        for (LinkType t : types) {
            double w = f.minWeight(t);
            if (w > 0) {
                parts.add(t == LinkType.TRADE ? I18n.format("status.filter.weight.trade", w)
                        : I18n.format("status.filter.weight.copatent", w));
            }
        }
    }

    private static String regions(Set<Region> chosen, ClusterScheme scheme, Locale locale) {
        List<String> names = new ArrayList<>();
        EnumSet<Region> left = EnumSet.noneOf(Region.class);
        left.addAll(chosen);
        for (int c = 0; c < scheme.clusterCount(); c++) {
            EnumSet<Region> members = EnumSet.noneOf(Region.class);
            for (Region r : Region.values()) {
                if (scheme.clusterOf(r) == c) {
                    members.add(r);
                }
            }
            if (!members.isEmpty() && left.containsAll(members)) {
                names.add(scheme.clusters().get(c).displayName(locale));
                left.removeAll(members);
            }
        }
        for (Region r : left) {
            names.add(r.displayName(locale));
        }
        if (names.size() <= MAX_NAMES) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, MAX_NAMES)) + " "
                + I18n.format("status.filter.more", names.size() - MAX_NAMES);
    }
}
