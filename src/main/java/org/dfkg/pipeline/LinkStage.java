package org.dfkg.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.dfkg.extract.AgencyRef;
import org.dfkg.link.AgencyNetwork;
import org.dfkg.link.LinkProgress;
import org.dfkg.link.LinkResult;
import org.dfkg.link.LinkedTask;
import org.dfkg.link.Programme;
import org.dfkg.link.ProgrammeChanges;
import org.dfkg.link.Summaries;
import org.dfkg.link.TargetLedger;
import org.dfkg.store.Progress;
import org.dfkg.validate.ValidationOutcome;
import org.dfkg.vocab.DFKG;

/**
 * The link step both builds run: links the documents' records into programmes, then maps the links
 * graph chunk by chunk (a programme, a batch of continuations, technology uses, target checks, programme changes or agency ties, the sums), validates
 * each chunk with the types of the tasks and documents it names beside the static graph, and hands
 * it to the sink, so that no chunk the size of the corpus is ever held in memory.
 */
final class LinkStage {
    private static final int BATCH = 2000;
    private final Stages stages;
    private final PrintWriter log;
    private final Node graphName;

    /** What the step produced: the link records, the links graph's validation and its size in triples (chunks may overlap). */
    record Outcome(LinkResult links, ValidationOutcome validation, long triples) {}

    LinkStage(Stages stages, PrintWriter log) {
        this.stages = stages;
        this.log = log;
        this.graphName = NodeFactory.createURI(stages.settings().iris().linksGraph());
    }

    Outcome run(LinkRecords records, QuadSink sink) throws IOException {
        LinkResult links = stages.linker().link(records.tasks, records.technologyUses, records.agencyUses, progressOf("link", " tasks"));
        List<ValidationOutcome> outcomes = new ArrayList<>();
        long triples = 0;
        // One city task may take up the same provincial task in several programmes: one triple.
        Map<String, LinkResult.Continuation> distinct = new LinkedHashMap<>();
        for (LinkResult.Continuation c : links.continuations()) distinct.putIfAbsent(c.cityTask().id() + " " + c.provincialTask().id(), c);
        List<List<LinkResult.Continuation>> continuations = batches(new ArrayList<>(distinct.values()));
        List<List<LinkResult.TechnologyUse>> uses = batches(links.technologyUses());
        Summaries summaries = links.summaries();
        List<List<ProgrammeChanges.Change>> changes = batches(new ProgrammeChanges(stages.reference().agencyChanges()).changes(links.programmes(), records.ledger));
        List<List<AgencyNetwork.Tie>> ties = batches(AgencyNetwork.ties(records.tasks));
        List<List<TargetLedger.Check>> checks = batches(new TargetLedger(stages.reference().indicators()).check(records.ledger));
        try (Progress progress = new Progress("links", links.programmes().size() + continuations.size() + uses.size() + checks.size() + ties.size() + changes.size() + 2, " chunks", log)) {
            for (Programme p : links.programmes()) {
                Graph context = GraphMemFactory.createGraphMemRoaring();
                for (Programme.Member m : p.members()) {
                    typeTask(context, m.task());
                    typeTask(context, m.closest());
                    m.task().roles().keySet().forEach(a -> typeAgency(context, a));
                }
                for (Programme.Member m : p.mentions()) {
                    typeTask(context, m.task());
                    typeTask(context, m.closest());
                }
                triples += chunk(stages.linksMapper().programmeModel(p), context, outcomes, sink);
                progress.step();
            }
            triples += batches(continuations, (context, c) -> {
                typeTask(context, c.cityTask());
                typeTask(context, c.provincialTask());
            }, stages.linksMapper()::continuationsModel, outcomes, sink, progress);
            triples += batches(uses, (context, u) -> typeDocument(context, u.docId()), stages.linksMapper()::technologyUsesModel, outcomes, sink, progress);
            triples += batches(checks, (context, c) -> {
                typeFigure(context, c.target(), DFKG.TARGET);
                c.reports().forEach(r -> typeFigure(context, r, DFKG.OBSERVATION));
            }, stages.linksMapper()::targetChecksModel, outcomes, sink, progress);
            triples += batches(changes, (context, c) -> {
                typeDocument(context, c.fromDocument());
                typeDocument(context, c.toDocument());
                context.add(NodeFactory.createURI(stages.settings().iris().programme(c.programme().key())), RDF.type.asNode(), DFKG.PROGRAMME.asNode());
                for (List<LinkedTask> tasks : List.of(c.continued(), c.added(), c.dropped())) tasks.forEach(t -> typeTask(context, t));
                for (List<AgencyRef> agencies : List.of(c.leadsAdded(), c.leadsDropped(), c.leadsKept())) agencies.forEach(a -> typeAgency(context, a));
                for (ProgrammeChanges.TargetRevision t : c.targets()) {
                    typeFigure(context, t.from(), DFKG.TARGET);
                    typeFigure(context, t.to(), DFKG.TARGET);
                }
            }, stages.linksMapper()::programmeChangesModel, outcomes, sink, progress);
            triples += batches(ties, (context, t) -> {
                typeAgency(context, t.first());
                typeAgency(context, t.second());
            }, stages.linksMapper()::agencyTiesModel, outcomes, sink, progress);
            triples += chunk(stages.linksMapper().technologySummaryModel(summaries), GraphFactory.createDefaultGraph(), outcomes, sink);
            progress.step();
            Graph agencies = GraphMemFactory.createGraphMemRoaring();
            for (Summaries.AgencyTotal t : summaries.agencyTotals()) typeAgency(agencies, t.agency());
            triples += chunk(stages.linksMapper().agencySummaryModel(summaries), agencies, outcomes, sink);
            progress.step();
        }
        return new Outcome(links, ValidationOutcome.combine(outcomes), triples);
    }

    /**
     * Maps, validates and sinks one chunk per batch: {@code describe} types, beside the chunk, the nodes
     * of other graphs that a batch item points at, so that class constraints can be checked.
     */
    private <T> long batches(List<List<T>> batches, java.util.function.BiConsumer<Graph, T> describe, java.util.function.Function<List<T>, Model> map,
                             List<ValidationOutcome> outcomes, QuadSink sink, Progress progress) throws IOException {
        long triples = 0;
        for (List<T> batch : batches) {
            Graph context = GraphMemFactory.createGraphMemRoaring();
            for (T item : batch) describe.accept(context, item);
            triples += chunk(map.apply(batch), context, outcomes, sink);
            progress.step();
        }
        return triples;
    }

    /** Validates a chunk beside its context and the static graph; keeps the outcome only when it finds something. */
    private long chunk(Model m, Graph context, List<ValidationOutcome> outcomes, QuadSink sink) throws IOException {
        ValidationOutcome outcome = stages.validator().validateFocused(m.getGraph(), new Union(context, stages.staticGraph()));
        if (!outcome.conforms()) outcomes.add(outcome);
        sink.add(graphName, m.getGraph());
        return m.size();
    }

    private void typeTask(Graph g, LinkedTask t) {
        Node task = NodeFactory.createURI(stages.settings().iris().task(t.docId(), t.taskKey()));
        g.add(task, RDF.type.asNode(), DFKG.TASK.asNode());
        g.add(task, DFKG.IN_DOCUMENT.asNode(), typeDocument(g, t.docId()));
    }

    /** A figure is described in its document's graph, which a chunk does not see. */
    private void typeFigure(Graph g, TargetLedger.Entry e, org.apache.jena.rdf.model.Resource type) {
        g.add(NodeFactory.createURI(stages.settings().iris().figure(e.docId(), e.start(), e.end())), RDF.type.asNode(), type.asNode());
    }

    /** Unreconciled agencies are described in their documents' graphs, which a chunk does not see. */
    private void typeAgency(Graph g, AgencyRef agency) {
        g.add(NodeFactory.createURI(stages.linksMapper().partyIri(agency)), RDF.type.asNode(), DFKG.AGENCY.asNode());
    }

    private Node typeDocument(Graph g, String docId) {
        Node doc = NodeFactory.createURI(stages.settings().iris().document(docId));
        g.add(doc, RDF.type.asNode(), DFKG.POLICY_DOCUMENT.asNode());
        return doc;
    }

    private static <T> List<List<T>> batches(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BATCH) out.add(all.subList(i, Math.min(all.size(), i + BATCH)));
        return out;
    }

    /** Link-stage progress shown as a progress bar. */
    private LinkProgress progressOf(String name, String unit) {
        return new LinkProgress() {
            private Progress bar;

            @Override
            public void started(String step, long total) {
                bar = new Progress(name + ": " + step, total, unit, log);
            }

            @Override
            public void advanced(long steps) {
                bar.stepBy(steps);
            }

            @Override
            public void finished() {
                bar.close();
            }
        };
    }
}
