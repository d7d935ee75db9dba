package org.dfkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The NIF 2.0 Core terms used for text positions. */
public final class Nif {
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    private Nif() {}

    /** The whole text that offsets refer to. */
    public static final Resource CONTEXT = ResourceFactory.createResource(NS + "Context");
    /** A sentence of a context. */
    public static final Resource SENTENCE = ResourceFactory.createResource(NS + "Sentence");
    /** The full text of a context. */
    public static final Property IS_STRING = ResourceFactory.createProperty(NS + "isString");
    /** The exact text of a span. */
    public static final Property ANCHOR_OF = ResourceFactory.createProperty(NS + "anchorOf");
    /** The first character of a span, counted in Unicode code points from 0. */
    public static final Property BEGIN_INDEX = ResourceFactory.createProperty(NS + "beginIndex");
    /** The character after the last of a span. */
    public static final Property END_INDEX = ResourceFactory.createProperty(NS + "endIndex");
    /** The context a span belongs to. */
    public static final Property REFERENCE_CONTEXT = ResourceFactory.createProperty(NS + "referenceContext");
}
