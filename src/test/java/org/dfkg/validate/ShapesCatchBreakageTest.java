package org.dfkg.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.dfkg.BuiltGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Breaks the valid seed graph once for every shape and checks that the shape catches it: a node
 * shape is named by its label in brackets, a SPARQL constraint by its message.
 */
class ShapesCatchBreakageTest {
    private static final String PREFIXES = """
            PREFIX dfkg: <https://w3id.org/dfkg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX org: <http://www.w3.org/ns/org#>
            """;
    private static final String DOC = "<https://w3id.org/dfkg/id/document/fj-2010-work-points>";
    private static final String TASK = "<https://w3id.org/dfkg/id/document/fj-2010-work-points/task/s1-t1>";
    private static Graph valid;
    private static GraphValidator validator;

    @BeforeAll
    static void build() {
        valid = GraphFactory.createDefaultGraph();
        BuiltGraph.result().dataset().find().forEachRemaining(q -> valid.add(q.asTriple()));
        validator = new GraphValidator(BuiltGraph.settings().shapesFile());
    }

    @Test
    void theSeedGraphConforms() {
        ValidationOutcome outcome = validator.validate(valid);
        assertTrue(outcome.conforms(), outcome.findings().toString());
    }

    static Stream<Arguments> breakages() {
        return Stream.of(
                Arguments.of("[policy document]", "DELETE WHERE { " + DOC + " dcterms:identifier ?x }"),
                Arguments.of("The period ends before it starts", "DELETE WHERE { " + DOC + " dfkg:periodEnd ?x } ; INSERT DATA { " + DOC + " dfkg:periodEnd \"1999\"^^xsd:gYear }"),
                Arguments.of("[section]", "DELETE WHERE { <https://w3id.org/dfkg/id/document/fj-2010-work-points/section/s1> dcterms:title ?x }"),
                Arguments.of("[task]", "DELETE WHERE { " + TASK + " rdfs:label ?x }"),
                Arguments.of("source sentence is missing", "DELETE WHERE { " + TASK + " prov:wasDerivedFrom ?x }"),
                Arguments.of("[text span]", "DELETE { ?s nif:beginIndex ?b } WHERE { " + TASK + " prov:wasDerivedFrom ?s . ?s nif:beginIndex ?b }"),
                Arguments.of("is not the text it quotes", "DELETE { ?s nif:anchorOf ?a } INSERT { ?s nif:anchorOf \"不是原文\" } WHERE { " + TASK + " prov:wasDerivedFrom ?s . ?s nif:anchorOf ?a }"),
                Arguments.of("[sentence]", "DELETE { ?s dfkg:inDocument ?d } WHERE { " + TASK + " prov:wasDerivedFrom ?s . ?s dfkg:inDocument ?d }"),
                Arguments.of("[agency]", "DELETE WHERE { <https://w3id.org/dfkg/id/agency/fj-health> skos:prefLabel ?x }"),
                Arguments.of("Another agency has the same preferred label", "INSERT DATA { <https://w3id.org/dfkg/id/agency/fj-health> skos:prefLabel \"福建省民政厅\"@zh }"),
                Arguments.of("[curated agency]", "DELETE WHERE { <https://w3id.org/dfkg/id/agency/fj-health> dfkg:agencyKind ?x }"),
                Arguments.of("[collective party]", "INSERT { ?c a dfkg:Agency } WHERE { ?c a dfkg:CollectiveParty }"),
                Arguments.of("[assignment]", "DELETE { ?a dfkg:role ?r } WHERE { " + TASK + " dfkg:hasAssignment ?a . ?a dfkg:role ?r }"),
                Arguments.of("[technology mention]", "DELETE { ?m dfkg:technology ?t } WHERE { ?m a dfkg:TechnologyMention ; dfkg:technology ?t }"),
                Arguments.of("[place mention]", "DELETE { ?m dfkg:place ?t } WHERE { ?m a dfkg:PlaceMention ; dfkg:place ?t }"),
                Arguments.of("[quantitative figure]", "DELETE { ?f dfkg:value ?v } WHERE { ?f a dfkg:Target ; dfkg:value ?v }"),
                Arguments.of("before the document's first year", "DELETE { ?f dfkg:deadlineYear ?y } INSERT { ?f dfkg:deadlineYear \"1999\"^^xsd:gYear } WHERE { ?f a dfkg:Target ; dfkg:deadlineYear ?y }"),
                Arguments.of("[observation]", "DELETE { ?f dfkg:referenceYear ?y } WHERE { ?f a dfkg:Observation ; dfkg:referenceYear ?y }"),
                Arguments.of("[technology concept]", "DELETE { ?c skos:prefLabel ?l } WHERE { ?c a skos:Concept ; skos:inScheme ?s ; skos:prefLabel ?l . FILTER(LANG(?l) = \"en\") }"),
                Arguments.of("[place]", "INSERT DATA { <https://w3id.org/dfkg/id/place/fuzhou> dfkg:parentPlace <https://w3id.org/dfkg/id/place/xiamen> }"),
                Arguments.of("[place]", "DELETE WHERE { <https://w3id.org/dfkg/id/place/440000> dfkg:divisionCode ?c } ; INSERT DATA { <https://w3id.org/dfkg/id/place/440000> dfkg:divisionCode \"44\" }"),
                Arguments.of("[target]", "INSERT { ?f dfkg:baselineValue 1.0 ; dfkg:baselineYear \"2099\"^^xsd:gYear } WHERE { ?f a dfkg:Target }"),
                Arguments.of("[quantitative figure]", "INSERT { ?f dfkg:unitDimension \"\" } WHERE { ?f a dfkg:Target }"),
                Arguments.of("[quantitative figure]", "INSERT { ?f dfkg:alsoStatedIn " + DOC + " } WHERE { ?f a dfkg:Target }"),
                Arguments.of("[quantitative figure]", "DELETE { ?f dfkg:comparison ?c } INSERT { ?f dfkg:comparison dfkg:Exactly, dfkg:AtLeast } WHERE { ?f a dfkg:Target ; dfkg:comparison ?c }"),
                Arguments.of("[quantitative figure]", "DELETE { ?f dfkg:unit ?u } WHERE { ?f a dfkg:Target ; dfkg:unit ?u }"),
                Arguments.of("[unreconciled agency]", "INSERT { ?u a dfkg:UnreconciledAgency , dfkg:Agency ; dfkg:agencyKind dfkg:GovernmentDepartment ; skos:prefLabel \"福建省某研究会\"@zh } "
                        + "WHERE { " + TASK + " dfkg:hasAssignment ?a . ?a dfkg:assignedParty ?x . BIND(IRI(CONCAT(STR(?x), \"-u\")) AS ?u) }"),
                Arguments.of("[collective party]", "DELETE { ?c skos:prefLabel ?l } WHERE { ?c a dfkg:CollectiveParty ; skos:prefLabel ?l }"),
                Arguments.of("[quantitative figure]", "INSERT { ?f dfkg:indicator " + DOC + " } WHERE { ?f a dfkg:Target }"),
                Arguments.of("[indicator]", "DELETE { ?i dfkg:unitDimension ?d } WHERE { ?i a dfkg:Indicator ; dfkg:unitDimension ?d }"),
                Arguments.of("[indicator]", "INSERT { ?i skos:broader " + DOC + " } WHERE { ?i a dfkg:Indicator }"),
                Arguments.of("[target check]", "DELETE { ?c dfkg:status ?s } WHERE { ?c a dfkg:TargetCheck ; dfkg:status ?s }"),
                Arguments.of("[target check]", "INSERT { ?c dfkg:checksTarget ?o } WHERE { ?c a dfkg:TargetCheck ; dfkg:decidedBy ?o }"),
                Arguments.of("rests on no report", "DELETE { ?c dfkg:decidedBy ?r } WHERE { ?c a dfkg:TargetCheck ; dfkg:status dfkg:Met ; dfkg:decidedBy ?r }"),
                Arguments.of("[programme change]", "DELETE { ?c dfkg:continuedCount ?n } WHERE { ?c a dfkg:ProgrammeChange ; dfkg:continuedCount ?n }"),
                Arguments.of("continued, new or dropped tasks but lists", "DELETE { ?c dfkg:newCount ?n } INSERT { ?c dfkg:newCount 99 } WHERE { ?c a dfkg:ProgrammeChange ; dfkg:newCount ?n }"),
                Arguments.of("is not in the change's", "INSERT { ?c dfkg:droppedTask ?t } WHERE { ?c a dfkg:ProgrammeChange ; dfkg:continuedTask ?t }"),
                Arguments.of("[target revision]", "INSERT DATA { <https://w3id.org/dfkg/id/programme/x/change/a/b/target/y> a dfkg:TargetRevision ; dfkg:revision dfkg:Raised }"),
                Arguments.of("[agency tie]", "DELETE { ?t dfkg:taskCount ?n } WHERE { ?t a dfkg:AgencyTie ; dfkg:taskCount ?n }"),
                Arguments.of("[agency tie]", "DELETE { ?t dfkg:secondAgency ?b } INSERT { ?t dfkg:secondAgency ?a } WHERE { ?t a dfkg:AgencyTie ; dfkg:firstAgency ?a ; dfkg:secondAgency ?b }"),
                Arguments.of("is not among the check's later reports", "DELETE { ?c dfkg:reportedBy ?r } WHERE { ?c a dfkg:TargetCheck ; dfkg:decidedBy ?r }"),
                Arguments.of("[glossary entry]", "DELETE { ?g skos:definition ?d } WHERE { ?g a dfkg:GlossaryEntry ; skos:definition ?d }"),
                Arguments.of("[glossary entry]", "DELETE { ?g dfkg:inSection ?s } INSERT { ?g dfkg:inSection <https://w3id.org/dfkg/id/document/fj-2011-2015-plan/section/s1> } WHERE { ?g a dfkg:GlossaryEntry ; dfkg:inSection ?s }"),
                Arguments.of("[cited document]", "DELETE { ?d dcterms:title ?t } WHERE { ?d a dfkg:CitedDocument ; dcterms:title ?t }"),
                Arguments.of("[cited document]", "INSERT { ?d dfkg:documentNumber \"第34号\" } WHERE { ?d a dfkg:CitedDocument }"),
                Arguments.of("[citation]", "DELETE { ?c dfkg:citedDocument ?d } WHERE { ?c a dfkg:Citation ; dfkg:citedDocument ?d }"),
                Arguments.of("[programme]", "DELETE { ?p dfkg:keyPhrase ?k } WHERE { ?p a dfkg:Programme ; dfkg:keyPhrase ?k }"),
                Arguments.of("has no link evidence", "INSERT { ?p dfkg:programmeMember " + TASK + " } WHERE { ?p a dfkg:Programme }"),
                Arguments.of("is both a member and a side mention", "INSERT { ?p dfkg:programmeMention ?t } WHERE { ?p a dfkg:Programme ; dfkg:programmeMember ?t }"),
                Arguments.of("[programme]", "INSERT { ?p dfkg:programmeMention <https://w3id.org/dfkg/id/place/fujian> } WHERE { ?p a dfkg:Programme }"),
                Arguments.of("[link evidence]", "DELETE { ?e dfkg:linkScore ?s } WHERE { ?e a dfkg:LinkEvidence ; dfkg:linkScore ?s }"),
                Arguments.of("[agency change event]", "DELETE { ?e dcterms:source ?s } WHERE { ?e a org:ChangeEvent ; dcterms:source ?s }"),
                Arguments.of("lies among its own predecessors", "INSERT { ?e org:originalOrganization ?new . ?new org:resultedFrom ?e } WHERE { ?e a org:ChangeEvent ; org:resultingOrganization ?new }"),
                Arguments.of("[technology use]", "DELETE { ?u dfkg:taskCount ?c } WHERE { ?u a dfkg:TechnologyUse ; dfkg:taskCount ?c }"),
                Arguments.of("[technology in a year]", "DELETE { ?u dfkg:documentCount ?c } WHERE { ?u a dfkg:TechnologyYear ; dfkg:documentCount ?c }"),
                Arguments.of("[technology in a year]", "DELETE { ?u dfkg:taskCount ?c } INSERT { ?u dfkg:taskCount 100000 } WHERE { ?u a dfkg:TechnologyYear ; dfkg:taskCount ?c }"),
                Arguments.of("[agency in a year]", "DELETE { ?u dfkg:leadTaskCount ?c } INSERT { ?u dfkg:leadTaskCount 100000 } WHERE { ?u a dfkg:AgencyYear ; dfkg:leadTaskCount ?c }"),
                Arguments.of("[agency in a programme's year]", "DELETE { ?u dfkg:agency ?a } WHERE { ?u a dfkg:ProgrammeAgencyYear ; dfkg:agency ?a }"),
                Arguments.of("[programme in a year]", "DELETE { ?u dfkg:documentCount ?c } INSERT { ?u dfkg:documentCount 100000 } WHERE { ?u a dfkg:ProgrammeYear ; dfkg:documentCount ?c }"),
                Arguments.of("The document says it has", "DELETE { ?d dfkg:taskCount ?c } INSERT { ?d dfkg:taskCount 100000 } WHERE { ?d a dfkg:PolicyDocument ; dfkg:taskCount ?c }"),
                Arguments.of("are in the same document", "DELETE { ?e dfkg:closestTask ?c } INSERT { ?e dfkg:closestTask ?t } WHERE { ?e a dfkg:LinkEvidence ; dfkg:closestTask ?c ; dfkg:linkedTask ?t }"));
    }

    /** A copy of the valid graph with {@code update} applied. */
    private static Graph broken(String update) {
        Graph broken = GraphFactory.createDefaultGraph();
        valid.find().forEachRemaining(broken::add);
        UpdateAction.parseExecute(PREFIXES + update, broken);
        return broken;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void shapeCatchesBreakage(String expected, String update) {
        Graph broken = broken(update);
        ValidationOutcome outcome = validator.validate(broken);
        assertFalse(outcome.conforms(), "the breakage went unnoticed: " + update);
        assertTrue(outcome.findings().stream().anyMatch(f -> f.summaryLine().contains(expected)),
                "expected '" + expected + "' among: " + outcome.findings().stream().map(Finding::summaryLine).limit(10).toList());
    }

    /**
     * The streaming build validates each document or links graph with the ontology and reference
     * data beside it as context. For every breakage, that focused validation must report exactly
     * the findings that validating the whole graph reports about the nodes the built graphs type.
     */
    @ParameterizedTest(name = "focused: {0}")
    @MethodSource("breakages")
    void focusedValidationFindsWhatWholeValidationFindsAboutItsOwnNodes(String expected, String update) {
        Graph broken = broken(update);
        var iris = BuiltGraph.settings().iris();
        Graph context = GraphFactory.createDefaultGraph();
        var dataset = BuiltGraph.result().dataset();
        dataset.getGraph(org.apache.jena.graph.NodeFactory.createURI(iris.ontologyGraph())).find().forEachRemaining(context::add);
        dataset.getGraph(org.apache.jena.graph.NodeFactory.createURI(iris.referenceGraph())).find().forEachRemaining(context::add);
        Graph built = GraphFactory.createDefaultGraph();
        broken.find().forEachRemaining(t -> {
            if (!context.contains(t)) built.add(t);
        });
        java.util.Set<String> typed = new java.util.HashSet<>();
        built.find(org.apache.jena.graph.Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), org.apache.jena.graph.Node.ANY)
                .forEachRemaining(t -> typed.add(t.getSubject().toString()));
        java.util.Set<String> whole = new java.util.TreeSet<>();
        for (Finding f : validator.validate(broken).findings()) {
            if (typed.contains(f.focusNode())) whole.add(f.summaryLine());
        }
        java.util.Set<String> focused = new java.util.TreeSet<>();
        for (Finding f : validator.validateFocused(built, context).findings()) focused.add(f.summaryLine());
        org.junit.jupiter.api.Assertions.assertEquals(whole, focused, update);
    }
}
