package org.dfkg.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dfkg.pipeline.BuildResult;
import org.dfkg.pipeline.KnowledgeGraphBuilder;
import org.dfkg.extract.ExtractedTask;
import org.dfkg.link.LinkResult;
import org.dfkg.link.Programme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "links", mixinStandardHelpOptions = true,
        description = {"List the programmes the link stage found across documents, with their years and documents, and how many task pairs it scored against n².",
                "--explain prints, for one programme (by label or key phrase) or for all, every member task with its source text and the evidence that tied it in."})
public final class LinksCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Option(names = "--explain", arity = "0..1", fallbackValue = "", paramLabel = "LABEL",
            description = "Explain one programme (its label or any of its key phrases), or every programme when no label is given.")
    String explain;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BuildResult result = new KnowledgeGraphBuilder(project.settings()).assemble();
        LinkResult links = result.links();
        PrintWriter out = spec.commandLine().getOut();
        if (explain == null) {
            out.println("programme\tgloss\tfirst\tlast\tdocuments\ttasks");
            for (Programme p : links.programmes()) {
                out.println(p.label() + "\t" + (p.gloss() == null ? "" : p.gloss()) + "\t" + year(p.firstYear()) + "\t" + year(p.lastYear())
                        + "\t" + String.join(",", p.documents()) + "\t" + p.members().size());
            }
        } else {
            Map<String, ExtractedTask> tasks = result.tasksById();
            int shown = 0;
            for (Programme p : links.programmes()) {
                if (!explain.isEmpty() && !p.label().equals(explain) && !p.phrases().contains(explain)) continue;
                shown++;
                out.println("== " + p.label() + (p.gloss() == null ? "" : " (" + p.gloss() + ")") + "  " + year(p.firstYear()) + "–" + year(p.lastYear())
                        + "  key phrases: " + String.join("、", p.phrases()));
                for (Programme.Member m : p.members()) explainMember(out, "", m, tasks);
                // A side mention: a task about another topic whose heading shares nothing with the members.
                for (Programme.Member m : p.mentions()) explainMember(out, "side clause, not a member: ", m, tasks);
            }
            if (shown == 0) {
                spec.commandLine().getErr().println("no programme labelled or keyed '" + explain + "'; `dfkg links` lists them");
                spec.commandLine().getErr().flush();
                return 1;
            }
        }
        out.println(links.programmes().size() + " programmes; " + links.pairsScored() + " candidate task pairs scored of " + links.allPairs()
                + " possible (" + links.tasks() + " tasks)");
        out.flush();
        return 0;
    }

    private static String year(Integer y) {
        return y == null ? "?" : y.toString();
    }

    private static java.util.List<String> shortNames(java.util.List<String> iris) {
        return iris.stream().map(i -> i.substring(i.lastIndexOf('/') + 1)).toList();
    }

    private static void explainMember(PrintWriter out, String kind, Programme.Member m, Map<String, ExtractedTask> tasks) {
        out.println("  " + kind + "[" + m.task().docId() + " " + m.task().taskKey() + ", " + year(m.task().year()) + "] " + tasks.get(m.task().id()).span().text());
        out.println(String.format(Locale.ROOT, "      score %.2f with %s %s: phrases %s; technologies %s; agencies %s", m.score(),
                m.closest().docId(), m.closest().taskKey(), m.sharedPhrases(), shortNames(m.sharedTechnologies()), m.sharedAgencies()));
    }
}
