package org.dfkg.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.dfkg.rdf.IriScheme;

/**
 * The dataset's description: VoID and DCAT (triple counts per named graph, the SPARQL endpoint,
 * the dumps with their SHA-256 checksums, the licences and the vocabularies) and the SPARQL 1.1
 * Service Description of the endpoint. Built per request from the live database, addressed with
 * the host the client used.
 */
final class DatasetDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String GRAPH_LICENCE = "https://creativecommons.org/licenses/by/4.0/";
    static final String SOURCE_RIGHTS = "The source texts are official documents of the Fujian Provincial People's Government and the "
            + "Fuzhou Municipal People's Government. Under Article 5 of the Copyright Law of the People's Republic of China, "
            + "documents of state organs of a legislative, administrative or judicial nature are not protected by copyright. "
            + "源文本为福建省人民政府和福州市人民政府的公文，依《中华人民共和国著作权法》第五条不受著作权法保护。";

    private final DatasetGraph dataset;
    private final IriScheme iris;
    private final java.util.function.Supplier<Path> dumps;
    private final String datasetName;

    /** {@code dumps} gives the dumps folder of the generation the reading thread sees. */
    DatasetDescription(DatasetGraph dataset, IriScheme iris, java.util.function.Supplier<Path> dumps, String datasetName) {
        this.dataset = dataset;
        this.iris = iris;
        this.dumps = dumps;
        this.datasetName = datasetName;
    }

    String datasetIri() {
        return iris.base() + "dataset";
    }

    Model voidAndDcat(String serverRoot) throws IOException {
        Model m = model();
        Resource ds = m.createResource(datasetIri());
        ds.addProperty(RDF.type, m.createResource(VOID + "Dataset")).addProperty(RDF.type, m.createResource(DCAT + "Dataset"));
        ds.addProperty(DCTerms.title, "数字福建知识图谱", "zh").addProperty(DCTerms.title, "Digital Fujian knowledge graph", "en");
        ds.addProperty(DCTerms.description, "Documents, tasks, agencies and their roles, technologies, targets, places and programmes "
                + "read from the Digital Fujian plans (2010–2019) and the 2017 Digital Fuzhou plan; every fact links to its source sentence.", "en");
        ds.addProperty(DCTerms.license, m.createResource(GRAPH_LICENCE));
        ds.addProperty(DCTerms.rights, SOURCE_RIGHTS, "en");
        Resource endpoint = m.createResource(serverRoot + datasetName + "/sparql");
        ds.addProperty(p(VOID, "sparqlEndpoint"), endpoint);
        ds.addProperty(p(VOID, "uriSpace"), iris.base() + "id/");
        ds.addProperty(p(VOID, "rootResource"), m.createResource(serverRoot));
        for (String vocabulary : org.dfkg.vocab.Prefixes.VOCABULARIES) {
            ds.addProperty(p(VOID, "vocabulary"), m.createResource(vocabulary));
        }
        Resource service = m.createResource(serverRoot + datasetName + "/sparql#service")
                .addProperty(RDF.type, m.createResource(DCAT + "DataService"))
                .addProperty(p(DCAT, "endpointURL"), endpoint)
                .addProperty(p(DCAT, "servesDataset"), ds);
        ds.addProperty(p(DCAT, "accessService"), service);
        // One read for the counts and the dumps, so that both describe the same generation.
        Map<Node, Long> sizes = new java.util.TreeMap<>(Comparator.comparing(Node::getURI));
        List<Map<String, Object>> files = Txn.calculateRead(dataset, () -> {
            dataset.listGraphNodes().forEachRemaining(g -> sizes.put(g, (long) dataset.getGraph(g).size()));
            try {
                return DumpsServlet.files(dumps.get());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long total = 0;
        for (Node g : sizes.keySet()) {
            long size = sizes.get(g);
            total += size;
            Resource subset = m.createResource(g.getURI()).addProperty(RDF.type, m.createResource(VOID + "Dataset"));
            subset.addLiteral(p(VOID, "triples"), m.createTypedLiteral(size, XSDDatatype.XSDinteger));
            ds.addProperty(p(VOID, "subset"), subset);
        }
        ds.addLiteral(p(VOID, "triples"), m.createTypedLiteral(total, XSDDatatype.XSDinteger));
        for (Map<String, Object> f : files) {
            Resource url = m.createResource(serverRoot + "dumps/" + f.get("name"));
            ds.addProperty(p(VOID, "dataDump"), url);
            Resource dist = m.createResource().addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                    .addProperty(p(DCAT, "downloadURL"), url)
                    .addProperty(p(DCAT, "mediaType"), m.createResource("https://www.iana.org/assignments/media-types/" + f.get("mediaType")))
                    .addLiteral(p(DCAT, "byteSize"), m.createTypedLiteral(f.get("size").toString(), XSDDatatype.XSDnonNegativeInteger))
                    .addProperty(DCTerms.license, m.createResource(GRAPH_LICENCE));
            if (Boolean.TRUE.equals(f.get("gzip"))) dist.addProperty(p(DCAT, "compressFormat"), m.createResource("http://www.iana.org/assignments/media-types/application/gzip"));
            dist.addProperty(p(SPDX, "checksum"), m.createResource()
                    .addProperty(p(SPDX, "algorithm"), m.createResource(SPDX + "checksumAlgorithm_sha256"))
                    .addProperty(p(SPDX, "checksumValue"), f.get("sha256").toString()));
            ds.addProperty(p(DCAT, "distribution"), dist);
        }
        return m;
    }

    Model serviceDescription(String serverRoot) {
        Model m = model();
        Resource endpoint = m.createResource(serverRoot + datasetName + "/sparql");
        Resource service = m.createResource(serverRoot + datasetName + "/sparql#service").addProperty(RDF.type, m.createResource(SD + "Service"));
        service.addProperty(p(SD, "endpoint"), endpoint);
        service.addProperty(p(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"));
        service.addProperty(p(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        for (String format : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD")) {
            service.addProperty(p(SD, "resultFormat"), m.createResource("http://www.w3.org/ns/formats/" + format));
        }
        Resource ds = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"));
        ds.addProperty(p(SD, "defaultGraph"), m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph")));
        ds.addProperty(DCTerms.source, m.createResource(datasetIri()));
        service.addProperty(p(SD, "defaultDataset"), ds);
        service.addProperty(DCTerms.description, "Read-only SPARQL 1.1 Query over the Digital Fujian knowledge graph; the default graph is the union of the named graphs; "
                + "full-text search of task text with text:query (PREFIX text: <http://jena.apache.org/text#>).", "en");
        return m;
    }

    private static Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT).setNsPrefix("sd", SD).setNsPrefix("spdx", SPDX).setNsPrefix("dcterms", DCTerms.NS);
        return m;
    }

    private static Property p(String ns, String local) {
        return ModelFactory.createDefaultModel().createProperty(ns + local);
    }
}
