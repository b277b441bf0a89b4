package org.supracluster.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supracluster.cli.SuperclusterCli;
import org.supracluster.ui.CssFailures;

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
        try (CssFailures css = CssFailures.watch()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = SuperclusterCli.run(new String[] {"bench", "--firms", "300", "--no-analysis", "--map"},
                    new PrintWriter(out), new PrintWriter(err), new FxMapBench());
            assertEquals(0, code, err.toString());
            assertEquals(List.of(), css.firstFew());
        }
    }
}
