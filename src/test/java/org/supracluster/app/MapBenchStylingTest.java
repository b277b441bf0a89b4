package org.supracluster.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.supracluster.cli.SuperclusterCli;

/**
 * The explorer built, filtered and given a selection in one go, as {@code bench --map} does it:
 * JavaFX logs no CSS failure. The "Firms" table, in a tab not shown, used to scroll to the
 * selected firm at once, which styled its cells under a hidden parent where modena's colour
 * lookups fail: a "Could not resolve '-fx-text-background-color'" and a ClassCastException per
 * cell in the log.
 */
class MapBenchStylingTest {

    @Test
    void theExplorerLogsNoCssFailure() {
        List<String> failures = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                String m = r.getMessage();
                if (m != null && (m.contains("ClassCastException") || m.contains("Could not resolve"))) {
                    synchronized (failures) {
                        failures.add(m);
                    }
                }
            }

            @Override
            public void flush() { }

            @Override
            public void close() { }
        };
        Logger.getLogger("").addHandler(handler);
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = SuperclusterCli.run(new String[] {"bench", "--firms", "300", "--no-analysis", "--map"},
                    new PrintWriter(out), new PrintWriter(err), new FxMapBench());
            assertEquals(0, code, err.toString());
        } finally {
            Logger.getLogger("").removeHandler(handler);
        }
        synchronized (failures) {
            assertEquals(List.of(), failures.subList(0, Math.min(3, failures.size())));
        }
    }
}
