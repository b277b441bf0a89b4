package org.supracluster.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.supracluster.cli.SuperclusterCli;

/**
 * {@code bench --map} through the program's own wiring: the explorer opens off screen on a
 * generated network and every map measure is reported. (How fast is the benchmark's business,
 * not this test's: it only checks the measures are there and are real durations.)
 */
class FxMapBenchTest {

    @Test
    void benchMapReportsEveryMapMeasure() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SuperclusterCli.run(new String[] {"bench", "--firms", "200", "--no-analysis", "--map"},
                new PrintWriter(out), new PrintWriter(err), new FxMapBench());
        assertEquals(0, code, err.toString());
        for (String key : new String[] {"mapOpen", "mapFilter", "mapPan", "mapZoom", "mapSelect"}) {
            Matcher m = Pattern.compile("\"" + key + "\":([\\d.]+)").matcher(out.toString());
            assertTrue(m.find(), key + " in " + out);
            assertTrue(Double.parseDouble(m.group(1)) > 0, key + " is a duration in " + out);
        }
    }
}
