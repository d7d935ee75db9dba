package org.dfkg.cli;

import picocli.CommandLine;

/** The command line: a thin layer that parses arguments and calls the pipeline stages. */
public final class Main {
    /** Exit code of a command that could not read or write its files (a full disk, a store in use, a read-only folder). */
    static final int IO_FAILURE = 2;

    private Main() {}

    public static void main(String[] args) {
        quietJavaLogging();
        System.exit(commandLine().execute(args));
    }

    /** Reads logging.properties for java.util.logging (Lucene's logger): its notices are settled there, not hidden by a redirect. */
    static void quietJavaLogging() {
        try (var in = Main.class.getResourceAsStream("/logging.properties")) {
            if (in != null) java.util.logging.LogManager.getLogManager().readConfiguration(in);
        } catch (java.io.IOException e) {
            // Without it, Lucene prints an extra notice; nothing else changes.
        }
    }

    /** The command line with its failure handling: an I/O failure is one message and exit 2, not a stack trace. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DfkgCommand());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (!(e instanceof java.io.IOException) && !(e instanceof java.io.UncheckedIOException)) throw e;
            commandLine.getErr().println(commandLine.getCommandName() + ": " + e.getMessage());
            commandLine.getErr().flush();
            return IO_FAILURE;
        });
        return cl;
    }
}
