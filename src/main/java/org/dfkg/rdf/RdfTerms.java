package org.dfkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** The literal forms and labels every mapper writes the same way. */
final class RdfTerms {
    private RdfTerms() {}

    static Literal year(Model m, int year) {
        return m.createTypedLiteral(String.format("%04d", year), XSDDatatype.XSDgYear);
    }

    static Literal integer(Model m, int n) {
        return m.createTypedLiteral(n, XSDDatatype.XSDinteger);
    }

    static Resource role(org.dfkg.extract.Role role) {
        return switch (role) {
            case LEAD -> org.dfkg.vocab.DFKG.ROLE_LEAD;
            case SUPPORT -> org.dfkg.vocab.DFKG.ROLE_SUPPORT;
            case RESPONSIBLE -> org.dfkg.vocab.DFKG.ROLE_RESPONSIBLE;
        };
    }

    /** A preferred label and rdfs:label in Chinese, and in English when there is one. */
    static void labels(Resource r, String zh, String en) {
        r.addProperty(SKOS.prefLabel, zh, "zh").addProperty(RDFS.label, zh, "zh");
        if (en != null && !en.isBlank()) r.addProperty(SKOS.prefLabel, en, "en").addProperty(RDFS.label, en, "en");
    }
}
