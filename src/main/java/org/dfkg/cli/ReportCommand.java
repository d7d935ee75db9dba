package org.dfkg.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.dfkg.pipeline.BuildResult;
import org.dfkg.pipeline.KnowledgeGraphBuilder;
import org.dfkg.extract.CandidateTermFinder;
import org.dfkg.extract.TechnologyMatcher;
import org.dfkg.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"For curators of data/reference: list every agency name the reference data does not know (unreconciled), "
                + "and candidate technology terms the SKOS scheme lacks (glossary terms without a concept, technical keywords of task headings).",
                "Prints two tab-separated tables."})
public final class ReportCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BuildResult result = new KnowledgeGraphBuilder(project.settings()).assemble();
        List<BuildResult.UnreconciledName> unreconciled = result.unreconciledAgencies();
        var out = spec.commandLine().getOut();
        out.println("name\tjurisdiction\tdocuments");
        unreconciled.forEach(u -> out.println(u.name() + "\t" + u.jurisdiction() + "\t" + String.join(",", u.documents())));
        out.println(unreconciled.size() + " unreconciled agency names");
        out.println();
        ReferenceData reference = ReferenceData.load(project.settings().referenceFolder());
        List<CandidateTermFinder.Candidate> candidates = new CandidateTermFinder(new TechnologyMatcher(reference.technologies())).find(result.documents());
        out.println("term\tsource\tdocuments\texample");
        for (CandidateTermFinder.Candidate c : candidates) {
            out.println(c.term() + "\t" + c.source() + "\t" + String.join(",", c.documents()) + "\t" + c.example());
        }
        out.println(candidates.size() + " candidate technology terms");
        out.flush();
        return 0;
    }
}
