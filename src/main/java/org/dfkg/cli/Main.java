package org.dfkg.cli;

import picocli.CommandLine;

/** The command line: a thin layer that parses arguments and calls the pipeline stages. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(new CommandLine(new DfkgCommand()).execute(args));
    }
}
