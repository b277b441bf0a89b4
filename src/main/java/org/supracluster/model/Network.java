package org.supracluster.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole stored network, immutable and array-backed, built once after loading.
 *
 * <p>Firms are numbered 0..{@link #firmCount()}-1 and their attributes live in parallel arrays;
 * links are numbered 0..{@link #linkCount()}-1 with int source/target, type, weight and year
 * arrays. The incidence lists are in compressed form (CSR): the links touching firm {@code f}
 * are {@code incidentLink(k)} for {@code k} in {@code [incidenceStart(f), incidenceEnd(f))}, each
 * link listed at both of its ends (once for a self-loop, which the importers never produce).
 * Nothing here copies on read, so views and analyses can share one instance freely.
 */
public final class Network {

    private final String[] ids;
    private final String[] names;
    private final Region[] regions;
    private final String[] cities;
    private final String[] brns;
    private final Placement[] placements;
    private final double[] lats;
    private final double[] lons;
    private final Segment[] segments;
    private final int[] employees;
    private final Map<String, String>[] attributes;
    private final Map<String, Integer> indexById;

    private final int[] linkSource;
    private final int[] linkTarget;
    private final LinkType[] linkType;
    private final double[] linkWeight;
    private final int[] linkYear;

    private final int[] incidenceStart;
    private final int[] incidence;

    /** Made on the first view (see {@link #filterIndex()}). */
    private volatile FilterIndex filterIndex;

    private Network(Builder b) {
        int n = b.firms.size();
        ids = new String[n];
        names = new String[n];
        regions = new Region[n];
        cities = new String[n];
        brns = new String[n];
        placements = new Placement[n];
        lats = new double[n];
        lons = new double[n];
        segments = new Segment[n];
        employees = new int[n];
        @SuppressWarnings("unchecked")
        Map<String, String>[] attrs = new Map[n];
        attributes = attrs;
        for (int i = 0; i < n; i++) {
            Firm f = b.firms.get(i);
            ids[i] = f.id();
            names[i] = f.name();
            regions[i] = f.region();
            cities[i] = f.city();
            brns[i] = f.brn();
            placements[i] = f.placement();
            lats[i] = f.lat();
            lons[i] = f.lon();
            segments[i] = f.segment();
            employees[i] = f.employees();
            attributes[i] = f.attributes();
        }
        // Handed over, not copied (a copy of 100,000 entries cost a tenth of a load); the builder
        // copies it before any later change, so this network never sees one.
        indexById = java.util.Collections.unmodifiableMap(b.indexById);
        b.indexByIdShared = true;
        int m = b.linkCount;
        // A builder sized right hands its arrays over: it never writes below its link count again
        // (a later link grows the arrays first), so this network never sees a change.
        linkSource = m == b.source.length ? b.source : Arrays.copyOf(b.source, m);
        linkTarget = m == b.target.length ? b.target : Arrays.copyOf(b.target, m);
        linkType = m == b.type.length ? b.type : Arrays.copyOf(b.type, m);
        linkWeight = m == b.weight.length ? b.weight : Arrays.copyOf(b.weight, m);
        linkYear = m == b.year.length ? b.year : Arrays.copyOf(b.year, m);

        incidenceStart = new int[n + 1];
        for (int l = 0; l < m; l++) {
            incidenceStart[linkSource[l] + 1]++;
            if (linkTarget[l] != linkSource[l]) {
                incidenceStart[linkTarget[l] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            incidenceStart[i + 1] += incidenceStart[i];
        }
        incidence = new int[incidenceStart[n]];
        int[] fill = Arrays.copyOf(incidenceStart, n);
        for (int l = 0; l < m; l++) {
            incidence[fill[linkSource[l]]++] = l;
            if (linkTarget[l] != linkSource[l]) {
                incidence[fill[linkTarget[l]]++] = l;
            }
        }
    }

    public static Builder builder() {
        return new Builder(0, 16);
    }

    /** A builder with room for the given numbers of firms and links (a loader that knows them grows nothing). */
    public static Builder builder(int expectedFirms, int expectedLinks) {
        if (expectedFirms < 0 || expectedLinks < 0) {
            throw new IllegalArgumentException("negative size: " + expectedFirms + ", " + expectedLinks);
        }
        return new Builder(expectedFirms, expectedLinks);
    }

    public int firmCount() {
        return ids.length;
    }

    public int linkCount() {
        return linkSource.length;
    }

    /** Index of the firm with this id, or -1. */
    public int indexOf(String firmId) {
        Integer i = indexById.get(firmId);
        return i == null ? -1 : i;
    }

    public String firmId(int firm) {
        return ids[firm];
    }

    public String firmName(int firm) {
        return names[firm];
    }

    public Region region(int firm) {
        return regions[firm];
    }

    public String city(int firm) {
        return cities[firm];
    }

    public double lat(int firm) {
        return lats[firm];
    }

    public double lon(int firm) {
        return lons[firm];
    }

    public Segment segment(int firm) {
        return segments[firm];
    }

    /** Head count, or -1 when unknown. */
    public int employees(int firm) {
        return employees[firm];
    }

    public Map<String, String> attributes(int firm) {
        return attributes[firm];
    }

    /** The firm's business registration number (10 digits), or "" when not known. */
    public String brn(int firm) {
        return brns[firm];
    }

    /** How precisely the firm's coordinates place it. */
    public Placement placement(int firm) {
        return placements[firm];
    }

    /** The firm as a value object (allocates; prefer the array accessors in loops). */
    public Firm firm(int firm) {
        return new Firm(ids[firm], names[firm], regions[firm], cities[firm], lats[firm], lons[firm],
                segments[firm], employees[firm], attributes[firm], brns[firm], placements[firm]);
    }

    public int linkSource(int link) {
        return linkSource[link];
    }

    public int linkTarget(int link) {
        return linkTarget[link];
    }

    public LinkType linkType(int link) {
        return linkType[link];
    }

    public double linkWeight(int link) {
        return linkWeight[link];
    }

    /** The link's year, or {@link Link#NO_YEAR}. */
    public int linkYear(int link) {
        return linkYear[link];
    }

    /** The other end of {@code link} seen from {@code firm}. */
    public int otherEnd(int link, int firm) {
        return linkSource[link] == firm ? linkTarget[link] : linkSource[link];
    }

    public int incidenceStart(int firm) {
        return incidenceStart[firm];
    }

    public int incidenceEnd(int firm) {
        return incidenceStart[firm + 1];
    }

    /** The link at position {@code k} of the incidence lists (see the class comment). */
    public int incidentLink(int k) {
        return incidence[k];
    }

    /**
     * Firms by province and links by type and province pair, for {@link NetworkView}: made on first
     * use rather than at load, so a network that is never filtered does not pay for it. Two threads
     * may both make it at once; either result is the same immutable index.
     */
    FilterIndex filterIndex() {
        FilterIndex index = filterIndex;
        if (index == null) {
            index = new FilterIndex(this);
            filterIndex = index;
        }
        return index;
    }

    /** The link as a value object with firm ids. */
    public Link link(int link) {
        return new Link(ids[linkSource[link]], ids[linkTarget[link]], linkType[link], linkWeight[link],
                linkYear[link]);
    }

    /** Collects firms and links, then {@link #build()}s the immutable network. */
    public static final class Builder {
        private final List<Firm> firms;
        private Map<String, Integer> indexById;
        private boolean indexByIdShared;
        private int[] source;
        private int[] target;
        private LinkType[] type;
        private double[] weight;
        private int[] year;
        private int linkCount;

        private Builder(int expectedFirms, int expectedLinks) {
            firms = expectedFirms > 0 ? new ArrayList<>(expectedFirms) : new ArrayList<>();
            indexById = expectedFirms > 0 ? new HashMap<>((int) (expectedFirms / 0.75f) + 1) : new HashMap<>();
            source = new int[expectedLinks];
            target = new int[expectedLinks];
            type = new LinkType[expectedLinks];
            weight = new double[expectedLinks];
            year = new int[expectedLinks];
        }

        /** Adds a firm and returns its index. */
        public int addFirm(Firm firm) {
            Objects.requireNonNull(firm, "firm");
            int index = firms.size();
            if (indexByIdShared) {
                indexById = new HashMap<>(indexById);
                indexByIdShared = false;
            }
            if (indexById.putIfAbsent(firm.id(), index) != null) {
                throw new IllegalArgumentException("duplicate firm id: " + firm.id());
            }
            firms.add(firm);
            return index;
        }

        public int firmCount() {
            return firms.size();
        }

        /**
         * Adds a link between two firm indices already added; returns the link's index. The weight
         * must be positive and finite, as for {@link Link}.
         */
        public int addLink(int from, int to, LinkType linkType, double linkWeight, int linkYear) {
            if (from < 0 || from >= firms.size() || to < 0 || to >= firms.size()) {
                throw new IllegalArgumentException("link end is not a firm index: " + from + ", " + to);
            }
            Objects.requireNonNull(linkType, "linkType");
            if (!(linkWeight > 0) || Double.isInfinite(linkWeight)) {
                throw new IllegalArgumentException("weight must be a positive number: " + linkWeight);
            }
            if (linkCount == source.length) {
                int cap = Math.max(16, linkCount * 2);
                source = Arrays.copyOf(source, cap);
                target = Arrays.copyOf(target, cap);
                type = Arrays.copyOf(type, cap);
                weight = Arrays.copyOf(weight, cap);
                year = Arrays.copyOf(year, cap);
            }
            source[linkCount] = from;
            target[linkCount] = to;
            type[linkCount] = linkType;
            weight[linkCount] = linkWeight;
            year[linkCount] = linkYear;
            return linkCount++;
        }

        /** Adds a link by firm ids. */
        public int addLink(Link link) {
            Integer from = indexById.get(link.source());
            Integer to = indexById.get(link.target());
            if (from == null || to == null) {
                throw new IllegalArgumentException("link to an unknown firm: " + link);
            }
            return addLink(from, to, link.type(), link.weight(), link.year());
        }

        public Network build() {
            return new Network(this);
        }
    }
}
