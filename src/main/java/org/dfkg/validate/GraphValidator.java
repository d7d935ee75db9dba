package org.dfkg.validate;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.compose.DisjointUnion;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** Stage 5: validates a graph against the project's SHACL shapes and explains each violation. */
public final class GraphValidator {
    private final Shapes shapes;
    private final Graph shapesGraph;

    public GraphValidator(Path shapesFile) {
        this.shapesGraph = RDFDataMgr.loadGraph(shapesFile.toString());
        this.shapes = Shapes.parse(shapesGraph);
    }

    /**
     * Validates the nodes that {@code data} types, with {@code context} beside it (the reference
     * data and the ontology, or the types of the tasks a links graph names), so that class and label
     * checks can see them. Only those nodes are focus nodes: the context is validated on its own, and
     * its stand-ins (a task typed only so that sh:class can see it) are not validated at all, which
     * keeps a chunk of a large build from paying for the context's size. The two must share no triple.
     */
    public ValidationOutcome validateFocused(Graph data, Graph context) {
        // Roaring-bitmap indexes answer a pattern with subject, predicate and object bound without
        // walking the subject's triples: a programme node has tens of thousands of them at scale.
        Graph indexed = GraphMemFactory.createGraphMemRoaring();
        GraphUtil.addInto(indexed, data);
        // The data and its context share no triple (a document's graph beside the ontology and reference
        // data), so the union need not suppress duplicates: checking every triple of one side against the
        // other made SPARQL constraints over the union twice as slow as over one graph.
        Graph all = new DisjointUnion(indexed, context);
        Set<Node> own = new LinkedHashSet<>();
        indexed.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> own.add(t.getSubject()));
        ValidationContext vCxt = ValidationContext.create(shapes, all);
        for (Shape shape : shapes.getTargetShapes()) {
            for (Node focus : focusNodes(shape, own, indexed, all)) VLib.validateShape(vCxt, all, shape, focus);
        }
        return outcome(vCxt.generateReport(), all, indexed.size());
    }

    /**
     * The shape's focus nodes among {@code own}, found from {@code data}'s own triples (classes
     * through the subclass hierarchy that {@code all} holds): asking Jena whether each node is a
     * focus node of each shape costs a walk through the union graph per pair, which dominated the
     * validation of a programme with tens of thousands of members.
     */
    private static Set<Node> focusNodes(Shape shape, Set<Node> own, Graph data, Graph all) {
        Set<Node> out = new LinkedHashSet<>();
        Node type = RDF.type.asNode();
        for (Target t : shape.getTargets()) {
            switch (t.getTargetType()) {
                case targetClass, implicitClass -> {
                    for (Node c : subclasses(all, t.getObject())) {
                        data.find(Node.ANY, type, c).forEachRemaining(tr -> out.add(tr.getSubject()));
                    }
                }
                case targetSubjectsOf -> data.find(Node.ANY, t.getObject(), Node.ANY).forEachRemaining(tr -> out.add(tr.getSubject()));
                case targetObjectsOf -> data.find(Node.ANY, t.getObject(), Node.ANY).forEachRemaining(tr -> out.add(tr.getObject()));
                case targetNode -> out.add(t.getObject());
                default -> {
                    for (Node n : own) if (VLib.isFocusNode(t, n, all)) out.add(n);
                }
            }
        }
        out.retainAll(own);
        return out;
    }

    /** The class and every class below it, as SHACL's targetClass reads rdfs:subClassOf. */
    private static Set<Node> subclasses(Graph g, Node c) {
        Set<Node> out = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(c));
        while (!todo.isEmpty()) {
            Node next = todo.pop();
            if (!out.add(next)) continue;
            g.find(Node.ANY, RDFS.subClassOf.asNode(), next).forEachRemaining(tr -> todo.push(tr.getSubject()));
        }
        return out;
    }

    public ValidationOutcome validate(Graph data) {
        return outcome(ShaclValidator.get().validate(shapes, data), data, data.size());
    }

    private ValidationOutcome outcome(ValidationReport report, Graph data, long triples) {
        List<Finding> findings = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            Node focus = e.focusNode();
            findings.add(new Finding(shapeName(e.source()), focus.isURI() ? focus.getURI() : focus.toString(),
                    describe(data, focus, LABEL), e.resultPath() == null ? "" : e.resultPath().toString(),
                    e.message(), describe(data, focus, SOURCE)));
        }
        Model reportModel = ModelFactory.createModelForGraph(report.getGraph());
        return new ValidationOutcome(report.conforms(), findings, reportModel, triples);
    }

    /** The shape's label, else its IRI's local name, else the property shape's parent. */
    private String shapeName(Node shape) {
        String label = describe(shapesGraph, shape, SHAPE_LABEL);
        if (!label.isEmpty()) return label;
        return shape.isURI() ? shape.getLocalName() : "shape";
    }

    private static final Query LABEL = describeQuery("rdfs:label");
    private static final Query SOURCE = describeQuery("dfkg:inDocument|nif:referenceContext|(^dfkg:hasAssignment/dfkg:inDocument)");
    private static final Query SHAPE_LABEL = describeQuery("rdfs:label|^sh:property/rdfs:label|^sh:sparql/rdfs:label");

    /** Parsed once: a report may have thousands of findings, each described twice. */
    private static Query describeQuery(String path) {
        return QueryFactory.create("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX sh: <http://www.w3.org/ns/shacl#> "
                + "PREFIX dfkg: <https://w3id.org/dfkg/ontology#> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
                + "SELECT ?v WHERE { ?node " + path + " ?v } ORDER BY ?v LIMIT 1");
    }

    /** The first value reached from a node by a property path, as text; the empty string if none. */
    private static String describe(Graph graph, Node node, Query query) {
        if (!node.isURI() && !node.isBlank()) return "";
        try (QueryExec exec = QueryExec.graph(graph).query(query).substitution(Var.alloc("node"), node).build()) {
            RowSet rows = exec.select();
            if (!rows.hasNext()) return "";
            Binding b = rows.next();
            Node v = b.get(Var.alloc("v"));
            return v.isLiteral() ? v.getLiteralLexicalForm() : v.isURI() ? v.getURI() : "";
        }
    }

}
