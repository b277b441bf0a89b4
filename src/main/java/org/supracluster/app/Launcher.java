package org.supracluster.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.supracluster.cli.SuperclusterCli;

/**
 * The program's entry point. It does not extend {@code javafx.application.Application}, so the fat
 * jar starts with {@code java -jar} on the class path. With no arguments, or only
 * {@code --db FILE}, it opens the explorer window; otherwise it runs a command. On macOS it first
 * gives JavaFX the libraries of the machine's processor ({@link JavaFxNatives}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        JavaFxNatives.prepare(); // before any command can start JavaFX (the window, bench --map, report maps)
        boolean window = args.length == 0 || (args.length == 2 && args[0].equals("--db"));
        if (window) {
            javafx.application.Application.launch(org.supracluster.ui.explorer.ExplorerApp.class,
                    args.length == 0 ? new String[0] : new String[] {"--db=" + args[1]});
            return;
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(SuperclusterCli.run(args, out, err, new FxMapBench(), new FxMapRenderer()));
    }
}
