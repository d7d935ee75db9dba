package org.dfkg.vocab;

import java.util.List;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The one prefix mapping of the project: pages, dumps, the JSON-LD context and the dataset description use it. */
public final class Prefixes {
    private Prefixes() {}

    /** dfkg, the standard vocabularies the graph uses, and RDF's own; locked. */
    public static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefix("dfkg", DFKG.NS)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("dcterms", DCTerms.getURI())
            .setNsPrefix("org", ORG.getURI())
            .setNsPrefix("prov", Prov.NS)
            .setNsPrefix("nif", Nif.NS)
            .lock();

    /** The vocabularies the graph's facts are written in (for VoID's void:vocabulary). */
    public static final List<String> VOCABULARIES = List.of(ORG.getURI(), SKOS.getURI(), Prov.NS, DCTerms.getURI(), Nif.NS, DFKG.NS);
}
