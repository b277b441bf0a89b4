package org.supracluster.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Region;
import org.supracluster.model.Scene;
import org.supracluster.model.Segment;

/** Presenter scenes stored under their names, in the order they are stepped through. */
public final class SceneRepository {

    private static final String COLUMNS = "name, view, grouping, layout, regions, link_types, year_from, year_to,"
            + " include_undated, min_weight, segments, selected_firm, centre_x, centre_y, zoom, title, subtitle,"
            + " min_weight_trade, min_weight_copatent";

    private final Database db;

    private SceneRepository(Database db) {
        this.db = db;
    }

    /** The scenes of a database. */
    public static SceneRepository of(Database db) {
        return new SceneRepository(db);
    }

    /**
     * Stores a scene. One of the same name is replaced where it stands (a presenter who
     * re-saves slide 3 expects it to stay slide 3); a new one goes last.
     */
    public void save(Scene scene) {
        db.inTransaction(c -> {
            Integer position = null;
            try (PreparedStatement q = c.prepareStatement("SELECT position FROM scene WHERE name = ?")) {
                q.setString(1, scene.name());
                try (ResultSet r = q.executeQuery()) {
                    if (r.next()) {
                        position = r.getInt(1);
                    }
                }
            }
            if (position == null) {
                try (PreparedStatement q = c.prepareStatement("SELECT COALESCE(MAX(position) + 1, 0) FROM scene");
                     ResultSet r = q.executeQuery()) {
                    r.next();
                    position = r.getInt(1);
                }
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM scene WHERE name = ?")) {
                del.setString(1, scene.name());
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO scene(position, " + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Filter f = scene.filter();
                ins.setInt(1, position);
                ins.setString(2, scene.name());
                ins.setString(3, scene.view());
                ins.setString(4, scene.grouping());
                ins.setString(5, scene.layout());
                ins.setString(6, join(f.regions(), Region::iso));
                ins.setString(7, join(f.linkTypes(), LinkType::code));
                setInt(ins, 8, f.yearFrom());
                setInt(ins, 9, f.yearTo());
                ins.setInt(10, f.includeUndated() ? 1 : 0);
                // min_weight keeps what every shown link weighs at least: the lower of the two.
                ins.setDouble(11, Math.min(f.minWeight(LinkType.TRADE), f.minWeight(LinkType.COPATENT)));
                ins.setString(12, join(f.segments(), Segment::code));
                ins.setString(13, scene.selectedFirm());
                setDouble(ins, 14, scene.centreX());
                setDouble(ins, 15, scene.centreY());
                setDouble(ins, 16, scene.zoom());
                ins.setString(17, scene.title());
                ins.setString(18, scene.subtitle());
                ins.setDouble(19, f.minWeight(LinkType.TRADE));
                ins.setDouble(20, f.minWeight(LinkType.COPATENT));
                ins.executeUpdate();
            }
            return null;
        });
    }

    /** Every scene, in stepping order. */
    public List<Scene> list() {
        return db.read(c -> {
            List<Scene> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM scene ORDER BY position, id");
                 ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    out.add(read(r));
                }
            }
            return out;
        });
    }

    /** The scene of this name, if stored. */
    public Optional<Scene> load(String name) {
        return list().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Removes the scene of this name; false when there was none. */
    public boolean delete(String name) {
        return db.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM scene WHERE name = ?")) {
                del.setString(1, name);
                return del.executeUpdate() > 0;
            }
        });
    }

    /** Moves a scene one place earlier; false when it is first or absent. */
    public boolean moveUp(String name) {
        return move(name, -1);
    }

    /** Moves a scene one place later; false when it is last or absent. */
    public boolean moveDown(String name) {
        return move(name, +1);
    }

    private boolean move(String name, int step) {
        return db.inTransaction(c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT name FROM scene ORDER BY position, id");
                 ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            int i = names.indexOf(name);
            int j = i + step;
            if (i < 0 || j < 0 || j >= names.size()) {
                return false;
            }
            names.set(i, names.get(j));
            names.set(j, name);
            // Renumbering all keeps positions dense, whatever gaps deletions left.
            try (PreparedStatement up = c.prepareStatement("UPDATE scene SET position = ? WHERE name = ?")) {
                for (int k = 0; k < names.size(); k++) {
                    up.setInt(1, k);
                    up.setString(2, names.get(k));
                    up.addBatch();
                }
                up.executeBatch();
            }
            return true;
        });
    }

    private static Scene read(ResultSet r) throws SQLException {
        Filter f = new Filter(split(r.getString(5), Region.class, Region::ofIso),
                split(r.getString(6), LinkType.class, t -> LinkType.parse(t).orElseThrow(() -> bad("link type", t))),
                getInt(r, 7), getInt(r, 8), r.getInt(9) != 0, minWeights(r),
                split(r.getString(11), Segment.class, t -> Segment.parse(t).orElseThrow(() -> bad("segment", t))));
        return new Scene(r.getString(1), f, r.getString(2), r.getString(3), r.getString(4), r.getString(12),
                getDouble(r, 13), getDouble(r, 14), getDouble(r, 15), r.getString(16), r.getString(17));
    }

    /**
     * The minimum weight of each link type: its own column, or for a scene saved before there was
     * one (NULL) the scene's single min_weight, which then applied to both types.
     */
    private static Map<LinkType, Double> minWeights(ResultSet r) throws SQLException {
        double both = r.getDouble(10);
        Map<LinkType, Double> out = new EnumMap<>(LinkType.class);
        double trade = getDouble(r, 18);
        double copatent = getDouble(r, 19);
        out.put(LinkType.TRADE, Double.isNaN(trade) ? both : trade);
        out.put(LinkType.COPATENT, Double.isNaN(copatent) ? both : copatent);
        return out;
    }

    private static StoreException bad(String what, String text) {
        return new StoreException("A saved scene names an unknown " + what + " \"" + text + "\".");
    }

    private static <E> String join(Collection<E> items, Function<E, String> code) {
        return items.stream().map(code).collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> EnumSet<E> split(String text, Class<E> type, Function<String, E> parse) {
        EnumSet<E> out = EnumSet.noneOf(type);
        if (text != null && !text.isEmpty()) {
            for (String part : text.split(",")) {
                out.add(parse.apply(part));
            }
        }
        return out;
    }

    private static void setInt(PreparedStatement s, int i, Integer v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setInt(i, v);
        }
    }

    private static void setDouble(PreparedStatement s, int i, double v) throws SQLException {
        if (Double.isNaN(v)) {
            s.setNull(i, Types.REAL);
        } else {
            s.setDouble(i, v);
        }
    }

    private static Integer getInt(ResultSet r, int i) throws SQLException {
        int v = r.getInt(i);
        return r.wasNull() ? null : v;
    }

    private static double getDouble(ResultSet r, int i) throws SQLException {
        double v = r.getDouble(i);
        return r.wasNull() ? Double.NaN : v;
    }
}
