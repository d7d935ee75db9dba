package org.dfkg.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;

/** Stage 5: validates a graph against the project's SHACL shapes and explains each violation. */
public final class GraphValidator {
    private final Shapes shapes;
    private final Graph shapesGraph;

    public GraphValidator(Path shapesFile) {
        this.shapesGraph = RDFDataMgr.loadGraph(shapesFile.toString());
        this.shapes = Shapes.parse(shapesGraph);
    }

    /**
     * Validates {@code data} with {@code context} beside it (the reference data and the ontology, or
     * the types of the tasks a links graph names), so that class and label checks can see them. Only
     * findings about nodes that {@code data} types count: the context is validated on its own, and
     * its stand-ins (a task typed only so that sh:class can see it) are no findings.
     */
    public ValidationOutcome validateFocused(Graph data, Graph context) {
        ValidationOutcome all = validate(new org.apache.jena.graph.compose.Union(data, context));
        List<Finding> own = new ArrayList<>();
        for (Finding f : all.findings()) {
            Node focus = f.focusNode().startsWith("http") || f.focusNode().startsWith("urn:")
                    ? org.apache.jena.graph.NodeFactory.createURI(f.focusNode()) : null;
            if (focus == null || data.contains(focus, org.apache.jena.vocabulary.RDF.type.asNode(), Node.ANY)) own.add(f);
        }
        return new ValidationOutcome(own.isEmpty(), own, all.report(), data.size());
    }

    public ValidationOutcome validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Finding> findings = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            Node focus = e.focusNode();
            findings.add(new Finding(shapeName(e.source()), focus.isURI() ? focus.getURI() : focus.toString(),
                    describe(data, focus, "rdfs:label"), e.resultPath() == null ? "" : e.resultPath().toString(),
                    e.message(), describe(data, focus, "dfkg:inDocument|nif:referenceContext|(^dfkg:hasAssignment/dfkg:inDocument)")));
        }
        Model reportModel = ModelFactory.createModelForGraph(report.getGraph());
        return new ValidationOutcome(report.conforms(), findings, reportModel, data.size());
    }

    /** The shape's label, else its IRI's local name, else the property shape's parent. */
    private String shapeName(Node shape) {
        String label = describe(shapesGraph, shape, "rdfs:label|^sh:property/rdfs:label|^sh:sparql/rdfs:label");
        if (!label.isEmpty()) return label;
        return shape.isURI() ? shape.getLocalName() : "shape";
    }

    /** The first value reached from a node by a property path, as text; the empty string if none. */
    private static String describe(Graph graph, Node node, String path) {
        if (!node.isURI() && !node.isBlank()) return "";
        String query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX sh: <http://www.w3.org/ns/shacl#> "
                + "PREFIX dfkg: <https://w3id.org/dfkg/ontology#> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
                + "SELECT ?v WHERE { ?node " + path + " ?v } ORDER BY ?v LIMIT 1";
        try (QueryExec exec = QueryExec.graph(graph).query(query).substitution(Var.alloc("node"), node).build()) {
            RowSet rows = exec.select();
            if (!rows.hasNext()) return "";
            Binding b = rows.next();
            Node v = b.get(Var.alloc("v"));
            return v.isLiteral() ? v.getLiteralLexicalForm() : v.isURI() ? v.getURI() : "";
        }
    }

}
