package org.dfkg.rdf;

import java.math.BigDecimal;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.dfkg.corpus.DocumentMetadata;
import org.dfkg.corpus.MetadataField;
import org.dfkg.corpus.Section;
import org.dfkg.corpus.SectionKind;
import org.dfkg.corpus.Sentence;
import org.dfkg.corpus.SourceDocument;
import org.dfkg.extract.AgencyRef;
import org.dfkg.extract.Assignment;
import org.dfkg.extract.Citation;
import org.dfkg.extract.Comparison;
import org.dfkg.extract.GlossaryEntry;
import org.dfkg.extract.ExtractedDocument;
import org.dfkg.extract.ExtractedTask;
import org.dfkg.extract.Figure;
import org.dfkg.extract.FigureKind;
import org.dfkg.extract.PlaceMention;
import org.dfkg.extract.Role;
import org.dfkg.extract.TechnologyMention;
import org.dfkg.extract.TextSpan;
import org.dfkg.reference.Place;
import org.dfkg.reference.ReferenceData;
import org.dfkg.vocab.DFKG;
import org.dfkg.vocab.Nif;
import org.dfkg.vocab.Prov;

import static org.dfkg.rdf.RdfTerms.labels;
import static org.dfkg.rdf.RdfTerms.year;

/**
 * Stage 4 for one document: maps its extracted records to its own named graph. Every node is an IRI
 * minted by {@link IriScheme}, so building twice gives the same graph. Offsets are written as Unicode
 * code points, as NIF wants.
 */
public final class DocumentMapper {
    private final IriScheme iris;
    private final ReferenceData reference;
    private final Parties parties;

    public DocumentMapper(IriScheme iris, ReferenceData reference) {
        this.iris = iris;
        this.reference = reference;
        this.parties = new Parties(iris);
    }

    /** One document's facts, for its own named graph; citations resolve to corpus documents through {@code catalogue}. */
    public Model documentModel(ExtractedDocument extracted, CorpusCatalogue catalogue) {
        Model m = ModelFactory.createDefaultModel();
        SourceDocument source = extracted.source();
        Offsets offsets = new Offsets(source.original());
        String docId = source.id();
        Resource doc = m.createResource(iris.document(docId), DFKG.POLICY_DOCUMENT);
        doc.addProperty(RDF.type, Nif.CONTEXT);
        doc.addProperty(DCTerms.identifier, docId);
        doc.addProperty(Nif.IS_STRING, source.original());
        doc.addProperty(DFKG.SOURCE_FILE, source.path().getFileName().toString());
        doc.addProperty(DFKG.CHARACTER_ENCODING, source.charset());
        doc.addLiteral(DFKG.DROPPED_SENTENCES, m.createTypedLiteral(source.structure().deduplication().sentencesDropped(), XSDDatatype.XSDinteger));
        doc.addLiteral(DFKG.DROPPED_CHARACTERS, m.createTypedLiteral(source.structure().deduplication().charactersDropped(), XSDDatatype.XSDinteger));
        DocumentMetadata meta = source.metadata();
        if (meta.title() != null) {
            doc.addProperty(DCTerms.title, meta.title(), "zh").addProperty(RDFS.label, meta.title(), "zh");
        } else {
            doc.addProperty(RDFS.label, docId, "zh");
        }
        if (meta.issued() != null) doc.addLiteral(DCTerms.issued, m.createTypedLiteral(meta.issued().toString(), XSDDatatype.XSDdate));
        if (meta.documentNumber() != null) doc.addProperty(DFKG.DOCUMENT_NUMBER, meta.documentNumber());
        if (meta.issuer() != null) doc.addProperty(DFKG.ISSUER_NAME, meta.issuer());
        if (extracted.issuer() != null) doc.addProperty(DFKG.ISSUER, party(m, extracted.issuer()));
        if (extracted.jurisdictionId() != null) doc.addProperty(DFKG.JURISDICTION, m.createResource(iris.place(extracted.jurisdictionId())));
        if (meta.periodStart() != null) doc.addLiteral(DFKG.PERIOD_START, year(m, meta.periodStart()));
        if (meta.periodEnd() != null) doc.addLiteral(DFKG.PERIOD_END, year(m, meta.periodEnd()));
        for (MetadataField f : meta.fromSidecar()) doc.addProperty(DFKG.SIDECAR_SUPPLIED, fieldProperty(f));
        if (meta.synthetic()) doc.addLiteral(DFKG.SYNTHETIC, true);

        for (Section s : source.structure().sections()) {
            if (s.kind() == SectionKind.ROOT) continue;
            Resource r = m.createResource(iris.section(docId, s.key()), s.kind() == SectionKind.BOX ? DFKG.BOX : DFKG.SECTION);
            r.addProperty(DFKG.IN_DOCUMENT, doc);
            r.addProperty(DCTerms.title, s.title(), "zh").addProperty(RDFS.label, s.title(), "zh");
            r.addLiteral(DFKG.LEVEL, m.createTypedLiteral(s.level(), XSDDatatype.XSDinteger));
            if (s.parentKey() != null && !s.parentKey().equals("root")) r.addProperty(DFKG.PARENT_SECTION, m.createResource(iris.section(docId, s.parentKey())));
            r.addLiteral(Nif.BEGIN_INDEX, index(m, offsets.of(s.start())));
            r.addLiteral(Nif.END_INDEX, index(m, offsets.of(s.end())));
            r.addProperty(Nif.REFERENCE_CONTEXT, doc);
        }
        for (Sentence s : source.structure().sentences()) {
            Resource r = sentence(m, docId, s);
            r.addProperty(RDF.type, DFKG.SENTENCE).addProperty(RDF.type, Nif.SENTENCE);
            r.addProperty(Nif.ANCHOR_OF, s.text());
            r.addLiteral(Nif.BEGIN_INDEX, index(m, offsets.of(s.start())));
            r.addLiteral(Nif.END_INDEX, index(m, offsets.of(s.end())));
            r.addProperty(Nif.REFERENCE_CONTEXT, doc);
            r.addProperty(DFKG.IN_DOCUMENT, doc);
            Section section = source.structure().sectionOf(s);
            if (section.kind() != SectionKind.ROOT) r.addProperty(DFKG.IN_SECTION, m.createResource(iris.section(docId, section.key())));
        }
        for (TechnologyMention tm : extracted.technologies()) {
            doc.addProperty(DFKG.HAS_TECHNOLOGY_MENTION, technologyMention(m, doc, docId, tm, offsets));
            doc.addProperty(DFKG.MENTIONS_TECHNOLOGY, m.createResource(iris.rebase(tm.conceptIri())));
        }
        for (GlossaryEntry g : extracted.glossary()) {
            Resource r = m.createResource(iris.glossaryEntry(docId, g.term().start(), g.term().end()), DFKG.GLOSSARY_ENTRY);
            r.addProperty(DFKG.IN_DOCUMENT, doc);
            r.addProperty(DFKG.IN_SECTION, m.createResource(iris.section(docId, g.boxKey())));
            r.addProperty(DFKG.TERM, g.term().text(), "zh");
            r.addProperty(RDFS.label, g.term().text(), "zh");
            r.addProperty(SKOS.definition, g.definition(), "zh");
            evidence(m, r, doc, docId, g.term(), offsets);
            for (Sentence s : g.sentences().subList(1, g.sentences().size())) r.addProperty(Prov.WAS_DERIVED_FROM, sentence(m, docId, s));
            if (g.conceptIri() != null) {
                Resource concept = m.createResource(iris.rebase(g.conceptIri()));
                r.addProperty(DFKG.DEFINES_CONCEPT, concept);
                // The text's own definition, on the concept itself, in this document's graph.
                concept.addProperty(SKOS.definition, g.definition(), "zh");
            }
        }
        for (Citation c : extracted.citations()) {
            Resource cited = citedDocument(m, c, catalogue);
            Resource r = m.createResource(iris.citation(docId, c.evidence().start(), c.evidence().end()), DFKG.CITATION);
            r.addProperty(DFKG.CITED_DOCUMENT_PROPERTY, cited);
            r.addProperty(DFKG.IN_DOCUMENT, doc);
            evidence(m, r, doc, docId, c.evidence(), offsets);
            doc.addProperty(DCTerms.references, cited);
            if (c.implemented()) doc.addProperty(DFKG.IMPLEMENTS, cited);
            if (c.taskKey() != null) m.createResource(iris.task(docId, c.taskKey())).addProperty(DCTerms.references, cited);
        }
        for (ExtractedTask t : extracted.tasks()) {
            task(m, doc, docId, t, offsets);
        }
        for (Figure f : extracted.figures()) {
            Resource r = m.createResource(iris.figure(docId, f.evidence().start(), f.evidence().end()),
                    f.kind() == FigureKind.TARGET ? DFKG.TARGET : DFKG.OBSERVATION);
            r.addProperty(RDF.type, DFKG.QUANTITATIVE_FIGURE);
            r.addProperty(DFKG.IN_DOCUMENT, doc);
            r.addProperty(RDFS.label, f.metric(), "zh");
            r.addProperty(DFKG.METRIC_TEXT, f.metric(), "zh");
            r.addLiteral(DFKG.VALUE, m.createTypedLiteral(new BigDecimal(f.value().toPlainString()), XSDDatatype.XSDdecimal));
            r.addProperty(DFKG.UNIT, f.unit());
            if (!f.dimension().isEmpty()) r.addProperty(DFKG.UNIT_DIMENSION, f.dimension());
            if (f.baseline() != null) {
                r.addLiteral(DFKG.BASELINE_VALUE, m.createTypedLiteral(new BigDecimal(f.baseline().value().toPlainString()), XSDDatatype.XSDdecimal));
                r.addLiteral(DFKG.BASELINE_YEAR, year(m, f.baseline().year()));
            }
            for (TextSpan also : f.alsoStated()) r.addProperty(DFKG.ALSO_STATED_IN, sentence(m, docId, also.sentence()));
            r.addProperty(DFKG.COMPARISON_PROPERTY, comparison(f.comparison()));
            if (f.indicator() != null) r.addProperty(DFKG.INDICATOR_PROPERTY, m.createResource(iris.rebase(f.indicator())));
            r.addLiteral(f.kind() == FigureKind.TARGET ? DFKG.DEADLINE_YEAR : DFKG.REFERENCE_YEAR, year(m, f.year()));
            r.addLiteral(DFKG.YEAR_STATED, f.yearStated());
            evidence(m, r, doc, docId, f.evidence(), offsets);
            if (f.taskKey() != null) m.createResource(iris.task(docId, f.taskKey())).addProperty(DFKG.HAS_FIGURE, r);
        }
        // Counted from the graph itself, so that they equal what a query counting the nodes finds.
        doc.addLiteral(DFKG.TASK_COUNT, count(m, DFKG.TASK));
        doc.addLiteral(DFKG.ASSIGNMENT_COUNT, count(m, DFKG.ASSIGNMENT));
        doc.addLiteral(DFKG.FIGURE_COUNT, count(m, DFKG.QUANTITATIVE_FIGURE));
        return m;
    }

    private static Literal count(Model m, Resource type) {
        return m.createTypedLiteral(m.listSubjectsWithProperty(RDF.type, type).toList().size(), XSDDatatype.XSDinteger);
    }

    private void task(Model m, Resource doc, String docId, ExtractedTask t, Offsets offsets) {
        Resource r = m.createResource(iris.task(docId, t.span().key()), DFKG.TASK);
        r.addProperty(DFKG.IN_DOCUMENT, doc);
        r.addProperty(RDFS.label, t.span().title(), "zh");
        r.addProperty(DCTerms.description, t.span().text(), "zh");
        if (!t.span().itemMarker().isEmpty()) r.addProperty(DFKG.MARKER, t.span().itemMarker());
        if (!t.span().sectionKey().equals("root")) r.addProperty(DFKG.IN_SECTION, m.createResource(iris.section(docId, t.span().sectionKey())));
        r.addLiteral(Nif.BEGIN_INDEX, index(m, offsets.of(t.span().start())));
        r.addLiteral(Nif.END_INDEX, index(m, offsets.of(t.span().end())));
        r.addProperty(Nif.REFERENCE_CONTEXT, doc);
        for (Sentence s : t.span().sentences()) r.addProperty(Prov.WAS_DERIVED_FROM, sentence(m, docId, s));
        for (Assignment a : t.assignments()) {
            Resource party = party(m, a.party());
            if (a.party() instanceof AgencyRef.Unreconciled u) surfaceLabels(party, u, a);
            Resource as = m.createResource(iris.assignment(docId, t.span().key(), a.role().code(), Parties.key(a.party())), DFKG.ASSIGNMENT);
            as.addProperty(DFKG.ASSIGNED_PARTY, party);
            as.addProperty(DFKG.ROLE_PROPERTY, RdfTerms.role(a.role()));
            as.addProperty(DFKG.SURFACE_FORM, a.surface(), "zh");
            as.addProperty(DFKG.IN_DOCUMENT, doc);
            evidence(m, as, doc, docId, a.evidence(), offsets);
            r.addProperty(DFKG.HAS_ASSIGNMENT, as);
            r.addProperty(switch (a.role()) {
                case LEAD -> DFKG.LEAD_AGENCY;
                case SUPPORT -> DFKG.SUPPORT_AGENCY;
                case RESPONSIBLE -> DFKG.RESPONSIBLE_AGENCY;
            }, party);
        }
        for (TechnologyMention tm : t.technologies()) {
            r.addProperty(DFKG.HAS_TECHNOLOGY_MENTION, technologyMention(m, doc, docId, tm, offsets));
            r.addProperty(DFKG.MENTIONS_TECHNOLOGY, m.createResource(iris.rebase(tm.conceptIri())));
        }
        for (PlaceMention pm : t.places()) {
            Resource place = m.createResource(iris.place(pm.placeId()));
            Resource mention = m.createResource(iris.placeMention(docId, pm.evidence().start(), pm.evidence().end()), DFKG.PLACE_MENTION);
            mention.addProperty(DFKG.PLACE_PROPERTY, place);
            mention.addProperty(DFKG.SURFACE_FORM, pm.surface(), "zh");
            mention.addProperty(DFKG.IN_DOCUMENT, doc);
            evidence(m, mention, doc, docId, pm.evidence(), offsets);
            r.addProperty(DFKG.HAS_PLACE_MENTION, mention);
            r.addProperty(DFKG.MENTIONS_PLACE, place);
        }
    }

    private Resource technologyMention(Model m, Resource doc, String docId, TechnologyMention tm, Offsets offsets) {
        Resource mention = m.createResource(iris.technologyMention(docId, tm.evidence().start(), tm.evidence().end()), DFKG.TECHNOLOGY_MENTION);
        mention.addProperty(DFKG.TECHNOLOGY, m.createResource(iris.rebase(tm.conceptIri())));
        mention.addProperty(DFKG.SURFACE_FORM, tm.surface(), "zh");
        mention.addProperty(DFKG.IN_DOCUMENT, doc);
        evidence(m, mention, doc, docId, tm.evidence(), offsets);
        return mention;
    }

    /** A corpus document when the title or document number names one; otherwise a cited work keyed by its normalised title. */
    private Resource citedDocument(Model m, Citation c, CorpusCatalogue catalogue) {
        String corpusDoc = catalogue.documentCited(c.key(), c.documentNumber());
        if (corpusDoc != null) return m.createResource(iris.document(corpusDoc));
        // Keyed by the title's one form, so that every citing text gives the work this one title;
        // a text printing it otherwise (in Traditional characters) adds that as an alternative.
        Resource cited = m.createResource(iris.citedDocument(c.title()), DFKG.CITED_DOCUMENT);
        cited.addProperty(DCTerms.title, c.title(), "zh").addProperty(RDFS.label, c.title(), "zh");
        String printed = org.dfkg.corpus.TextNormaliser.withoutGlosses(c.printed()).strip();
        if (!printed.equals(c.title())) cited.addProperty(DCTerms.alternative, printed, "zh");
        if (c.documentNumber() != null) cited.addProperty(DFKG.DOCUMENT_NUMBER, c.documentNumber());
        return cited;
    }

    private Resource sentence(Model m, String docId, Sentence s) {
        return m.createResource(iris.sentence(docId, s.start(), s.end()));
    }

    /** The exact span a fact was read from, and the sentence around it. */
    private void evidence(Model m, Resource fact, Resource doc, String docId, TextSpan span, Offsets offsets) {
        // Pages and result tables name a mention by the words it quotes.
        if (!fact.hasProperty(RDFS.label)) fact.addProperty(RDFS.label, span.text(), "zh");
        fact.addProperty(Nif.ANCHOR_OF, span.text());
        fact.addLiteral(Nif.BEGIN_INDEX, index(m, offsets.of(span.start())));
        fact.addLiteral(Nif.END_INDEX, index(m, offsets.of(span.end())));
        fact.addProperty(Nif.REFERENCE_CONTEXT, doc);
        fact.addProperty(Prov.WAS_DERIVED_FROM, sentence(m, docId, span.sentence()));
    }

    private Resource party(Model m, AgencyRef ref) {
        return switch (ref) {
            case AgencyRef.Reconciled r -> m.createResource(parties.iri(r));
            case AgencyRef.Unreconciled u -> {
                Resource a = m.createResource(parties.iri(u), DFKG.UNRECONCILED_AGENCY);
                a.addProperty(RDF.type, DFKG.AGENCY).addProperty(RDF.type, ORG.Organization);
                a.addProperty(SKOS.prefLabel, u.name(), "zh").addProperty(RDFS.label, u.name(), "zh");
                if (u.jurisdictionId() != null) a.addProperty(DFKG.JURISDICTION, m.createResource(iris.place(u.jurisdictionId())));
                yield a;
            }
            case AgencyRef.Collective c -> {
                Resource a = m.createResource(parties.iri(c), DFKG.COLLECTIVE_PARTY);
                a.addProperty(SKOS.prefLabel, c.name(), "zh").addProperty(RDFS.label, c.name(), "zh");
                if (c.jurisdictionId() != null) a.addProperty(DFKG.JURISDICTION, m.createResource(iris.place(c.jurisdictionId())));
                yield a;
            }
        };
    }

    /**
     * The ways a text wrote an agency the reference data lacks, as alternative labels: the name as
     * the clause gives it (市工信局), with its jurisdiction (厦门市工信局), as printed in its own script
     * (市工信局 in a Traditional text: 市工信局), and the other names it gives in brackets.
     */
    private void surfaceLabels(Resource agency, AgencyRef.Unreconciled u, Assignment a) {
        java.util.Set<String> labels = new java.util.LinkedHashSet<>();
        labels.add(a.surface());
        Place own = u.jurisdictionId() == null ? null : reference.places().get(u.jurisdictionId());
        if (own != null && a.surface().length() > 1 && "省市县区".indexOf(a.surface().charAt(0)) >= 0) labels.add(own.nameZh() + a.surface().substring(1));
        String printed = org.dfkg.corpus.TextNormaliser.withoutGlosses(a.evidence().text()).strip();
        if (!printed.isEmpty() && printed.chars().noneMatch(c -> org.dfkg.corpus.RoleWords.isOpening((char) c))) labels.add(printed);
        labels.addAll(a.otherNames());
        labels.remove(u.name());
        for (String l : labels) if (l.length() >= 2) agency.addProperty(SKOS.altLabel, l, "zh");
    }

    private static Resource comparison(Comparison c) {
        return switch (c) {
            case REACH -> DFKG.REACH;
            case AT_LEAST -> DFKG.AT_LEAST;
            case AT_MOST -> DFKG.AT_MOST;
            case APPROXIMATELY -> DFKG.APPROXIMATELY;
            case EXACTLY -> DFKG.EXACTLY;
        };
    }

    private static Property fieldProperty(MetadataField f) {
        return switch (f) {
            case TITLE -> DCTerms.title;
            case ISSUER -> DFKG.ISSUER_NAME;
            case ISSUED -> DCTerms.issued;
            case DOCUMENT_NUMBER -> DFKG.DOCUMENT_NUMBER;
            case JURISDICTION -> DFKG.JURISDICTION;
            case PERIOD_START -> DFKG.PERIOD_START;
            case PERIOD_END -> DFKG.PERIOD_END;
        };
    }

    private static Literal index(Model m, int value) {
        return m.createTypedLiteral(value, XSDDatatype.XSDnonNegativeInteger);
    }

    /** Converts UTF-16 indices to code-point indices; the identity when the text has no surrogate pairs. */
    private static final class Offsets {
        private final String text;
        private final boolean identity;

        Offsets(String text) {
            this.text = text;
            this.identity = text.codePoints().allMatch(Character::isBmpCodePoint);
        }

        int of(int utf16) {
            return identity ? utf16 : text.codePointCount(0, utf16);
        }
    }

}
