package org.dfkg.cli;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.dfkg.build.BuildResult;
import org.dfkg.build.KnowledgeGraphBuilder;
import org.dfkg.extract.AgencyRef;
import org.dfkg.extract.Assignment;
import org.dfkg.extract.ExtractedDocument;
import org.dfkg.extract.ExtractedTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "List every agency name that the reference data does not know (unreconciled), with the documents that use it, for curators of data/reference/agencies.tsv.")
public final class ReportCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BuildResult result = new KnowledgeGraphBuilder(project.settings()).assemble();
        Map<String, TreeSet<String>> unreconciled = new TreeMap<>();
        for (ExtractedDocument d : result.documents()) {
            for (ExtractedTask t : d.tasks()) {
                for (Assignment a : t.assignments()) {
                    if (a.party() instanceof AgencyRef.Unreconciled u) {
                        unreconciled.computeIfAbsent(u.name() + "\t" + u.jurisdictionId(), k -> new TreeSet<>()).add(d.source().id());
                    }
                }
            }
        }
        var out = spec.commandLine().getOut();
        out.println("name\tjurisdiction\tdocuments");
        unreconciled.forEach((k, docs) -> out.println(k + "\t" + String.join(",", docs)));
        out.println(unreconciled.size() + " unreconciled agency names");
        out.flush();
        return 0;
    }
}
