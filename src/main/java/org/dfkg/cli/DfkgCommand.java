package org.dfkg.cli;

import picocli.CommandLine.Command;

@Command(name = "dfkg", mixinStandardHelpOptions = true, version = "dfkg 0.1.0",
        description = "Digital Fujian knowledge graph: build it from policy texts, validate it with SHACL, serve it with Fuseki.",
        subcommands = {BuildCommand.class, ValidateCommand.class, ServeCommand.class, EvalCommand.class, ReportCommand.class, LinksCommand.class, ImportDivisionsCommand.class},
        footer = {"", "./dfkg also runs bench, load and generate, from the bench source set (src/bench/java): ./dfkg bench --help."})
public final class DfkgCommand {}
