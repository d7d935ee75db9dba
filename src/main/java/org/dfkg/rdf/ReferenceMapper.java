package org.dfkg.rdf;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;

import org.apache.jena.util.ResourceUtils;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.dfkg.reference.AgencyChange;
import org.dfkg.reference.AgencyKind;
import org.dfkg.reference.AgencyNames;
import org.dfkg.reference.AgencyRecord;
import org.dfkg.reference.Place;
import org.dfkg.reference.ReferenceData;
import org.dfkg.vocab.DFKG;

import static org.dfkg.rdf.RdfTerms.labels;
import static org.dfkg.rdf.RdfTerms.year;

/**
 * Maps the reference data to the reference graph: places, curated agencies with their changes, and
 * the technology and indicator schemes. Every node is an IRI minted by {@link IriScheme}.
 */
public final class ReferenceMapper {
    private final IriScheme iris;
    private final ReferenceData reference;

    public ReferenceMapper(IriScheme iris, ReferenceData reference) {
        this.iris = iris;
        this.reference = reference;
    }

    /** Places (the whole gazetteer), curated agencies, and the technology and indicator schemes. */
    public Model referenceModel() {
        return referenceModel(null);
    }

    /**
     * Places, curated agencies, the technology scheme and the indicator scheme. Of the gazetteer's county-level divisions,
     * only those a document links to (and the places above them) are described, so that the
     * published graph does not carry three thousand counties no text names; curated places and every
     * province- and prefecture-level division always are. {@code linkedPlaces} holds place IRIs;
     * null describes every place.
     */
    public Model referenceModel(Set<String> linkedPlaces) {
        Model m = ModelFactory.createDefaultModel();
        Set<String> described = linkedPlaces == null ? null : new HashSet<>();
        if (linkedPlaces != null) {
            for (Place p : reference.places().values()) {
                boolean always = p.curated() || p.isProvince() || p.level().equals("city");
                if (!always && !linkedPlaces.contains(iris.place(p.id()))) continue;
                for (Place q = p; q != null; q = q.parentId() == null ? null : reference.places().get(q.parentId())) described.add(q.id());
            }
        }
        for (Place p : reference.places().values()) {
            if (described != null && !described.contains(p.id())) continue;
            Resource r = m.createResource(iris.place(p.id()), DFKG.PLACE);
            labels(r, p.nameZh(), p.nameEn());
            for (String alias : p.aliases()) r.addProperty(SKOS.altLabel, alias, "zh");
            r.addProperty(DCTerms.identifier, p.id());
            if (p.code() != null) r.addProperty(DFKG.DIVISION_CODE, p.code());
            if (p.parentId() != null) r.addProperty(DFKG.PARENT_PLACE, m.createResource(iris.place(p.parentId())));
        }
        for (AgencyRecord a : reference.agencies().values()) {
            Place own = reference.places().get(a.jurisdictionId());
            Resource r = m.createResource(iris.agency(a.id()), DFKG.AGENCY);
            r.addProperty(RDF.type, ORG.Organization);
            labels(r, a.nameZh(), a.nameEn());
            for (String name : AgencyNames.allNames(a, own)) {
                if (!name.equals(a.nameZh())) r.addProperty(SKOS.altLabel, name, "zh");
            }
            r.addProperty(DCTerms.identifier, a.id());
            r.addProperty(DFKG.JURISDICTION, m.createResource(iris.place(a.jurisdictionId())));
            r.addProperty(DFKG.AGENCY_KIND_PROPERTY, kind(a.kind()));
        }
        for (AgencyChange c : reference.agencyChanges()) {
            Resource event = m.createResource(iris.agencyChange(c.id()), ORG.ChangeEvent);
            Resource result = m.createResource(iris.agency(c.to()));
            event.addProperty(ORG.resultingOrganization, result);
            result.addProperty(ORG.resultedFrom, event);
            StringBuilder zh = new StringBuilder();
            StringBuilder en = new StringBuilder();
            for (String from : c.from()) {
                Resource original = m.createResource(iris.agency(from));
                event.addProperty(ORG.originalOrganization, original);
                original.addProperty(ORG.changedBy, event);
                zh.append(zh.isEmpty() ? "" : "、").append(reference.agencies().get(from).nameZh());
                en.append(en.isEmpty() ? "" : " and ").append(reference.agencies().get(from).nameEn());
            }
            labels(event, zh + " → " + reference.agencies().get(c.to()).nameZh(), en + " → " + reference.agencies().get(c.to()).nameEn());
            if (c.year() != null) event.addLiteral(DCTerms.date, year(m, c.year()));
            event.addProperty(DCTerms.source, c.source(), "en");
        }
        m.add(rebased(reference.technologyScheme()));
        m.add(rebased(reference.indicatorScheme()));
        return m;
    }

    /** A scheme as written against the default base, moved to this build's base. */
    private Model rebased(Model scheme) {
        for (Resource r : scheme.listSubjects().toList()) {
            if (r.isURIResource() && !iris.rebase(r.getURI()).equals(r.getURI())) {
                ResourceUtils.renameResource(r, iris.rebase(r.getURI()));
            }
        }
        return scheme;
    }

    private static Resource kind(AgencyKind kind) {
        return switch (kind) {
            case GOVERNMENT_DEPARTMENT -> DFKG.GOVERNMENT_DEPARTMENT;
            case PARTY_ORGAN -> DFKG.PARTY_ORGAN;
            case PUBLIC_INSTITUTION -> DFKG.PUBLIC_INSTITUTION;
            case STATE_ENTERPRISE -> DFKG.STATE_ENTERPRISE;
            case UNIVERSITY -> DFKG.UNIVERSITY;
            case LOCAL_GOVERNMENT -> DFKG.LOCAL_GOVERNMENT;
        };
    }


    /** The place IRIs a graph links to: what {@link #referenceModel(Set)} must describe for it. */
    public Set<String> linkedPlaces(org.apache.jena.graph.Graph g) {
        Set<String> out = new HashSet<>();
        String prefix = iris.place("");
        g.find().forEachRemaining(t -> {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(prefix)) out.add(t.getObject().getURI());
        });
        return out;
    }

}
