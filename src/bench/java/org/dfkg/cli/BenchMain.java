package org.dfkg.cli;

import picocli.CommandLine;

/**
 * The command line with the bench source set's commands added (bench, load, generate): they measure
 * or feed the pipeline and need JMH, which the runtime jar does not carry. {@code ./dfkg} runs this
 * for those commands.
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) {
        Main.quietJavaLogging();
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return Main.commandLine()
                .addSubcommand(new BenchCommand())
                .addSubcommand(new LoadCommand())
                .addSubcommand(new GenerateCommand());
    }
}
