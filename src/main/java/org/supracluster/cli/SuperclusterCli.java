package org.supracluster.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.supracluster.store.ErrorLog;
import org.supracluster.store.StoreException;
import org.supracluster.model.Message;
import org.supracluster.model.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The command line. Exit codes: 0 success, 1 bad input (the message or import report says
 * what), 2 internal error (a one-line message; the stack trace goes to a log file, never to the
 * user's terminal).
 */
@Command(name = "supracluster", mixinStandardHelpOptions = true, versionProvider = SuperclusterCli.Version.class,
        description = "Supracluster Explorer: the supra-regional network of Korean semiconductor firms.",
        subcommands = {ImportCommand.class, SampleCommand.class, InfoCommand.class, ExportCommand.class,
            BenchCommand.class, SchemeCommand.class, AnalyzeCommand.class, WhatIfCommand.class, ReportCommand.class, RenderCommand.class,
            CommandLine.HelpCommand.class})
public final class SuperclusterCli implements Runnable {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int INTERNAL_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** With no command: the help, until the explorer window exists. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The program's version, from the jar's manifest ("dev" when run from classes). */
    public static String version() {
        String v = SuperclusterCli.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Supracluster Explorer " + version()};
        }
    }

    /** Builds the command line with its handlers, writing to the given streams. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SuperclusterCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            Messages m = messages(args);
            c.getErr().println(m.format("cli.error", ex.getMessage()));
            c.getErr().println(m.format("cli.tryHelp", Message.quoted(c.getCommandSpec().qualifiedName() + " --help")));
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> handle(ex, c.getErr(),
                messages(parseResult.originalArgs().toArray(new String[0]))));
        return cl;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, null);
    }

    /**
     * Runs the command line with the explorer map's benchmark for {@code bench --map} (the
     * command line cannot build the UI itself) and returns the exit code.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, MapBench mapBench) {
        return run(args, out, err, mapBench, null);
    }

    /**
     * Runs the command line with the explorer map's benchmark and the map's renderer for
     * {@code report} and {@code render} (the command line cannot build the UI itself) and returns the exit code.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, MapBench mapBench, MapRenderer renderer) {
        try {
            CommandLine cl = commandLine(out, err);
            ((BenchCommand) cl.getSubcommands().get("bench").getCommand()).mapBench = mapBench;
            ((ReportCommand) cl.getSubcommands().get("report").getCommand()).renderer = renderer;
            ((RenderCommand) cl.getSubcommands().get("render").getCommand()).renderer = renderer;
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The messages in the language of the command's {@code --lang} (read from the arguments, as
     * a failed parse has no options), else the system's; English when {@code --lang} is wrong.
     */
    static Messages messages(String[] args) {
        String lang = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                lang = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                lang = args[i].substring("--lang=".length());
            }
        }
        try {
            return Messages.of(Lang.locale(lang));
        } catch (UserError e) {
            return Messages.ENGLISH;
        }
    }

    private static int handle(Exception ex, PrintWriter err, Messages m) {
        if (ex instanceof StoreException || ex instanceof UserError || ex instanceof CommandLine.ParameterException) {
            err.println(m.format("cli.error", ex.getMessage()));
            return BAD_INPUT;
        }
        String where = logStackTrace(ex);
        err.println(m.format("cli.internalError", ex, where != null ? " " + m.format("cli.internalError.details", where)
                : ""));
        return INTERNAL_ERROR;
    }

    private static String logStackTrace(Exception ex) {
        return ErrorLog.append(ex, version()).map(Path::toString).orElse(null);
    }
}
