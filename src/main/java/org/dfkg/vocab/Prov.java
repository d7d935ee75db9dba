package org.dfkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms used for provenance. */
public final class Prov {
    public static final String NS = "http://www.w3.org/ns/prov#";

    private Prov() {}

    /** Something whose provenance is described. */
    public static final Resource ENTITY = ResourceFactory.createResource(NS + "Entity");
    /** Something that bears responsibility. */
    public static final Resource AGENT = ResourceFactory.createResource(NS + "Agent");
    /** The source an entity was derived from: here, the sentence a fact was read from. */
    public static final Property WAS_DERIVED_FROM = ResourceFactory.createProperty(NS + "wasDerivedFrom");
}
