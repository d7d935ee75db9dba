package org.dfkg.rdf;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

import org.apache.jena.util.ResourceUtils;
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
import org.dfkg.link.LinkResult;
import org.dfkg.link.LinkedTask;
import org.dfkg.link.RoleTally;
import org.dfkg.link.Programme;
import org.dfkg.reference.AgencyChange;
import org.dfkg.reference.AgencyKind;
import org.dfkg.reference.AgencyNames;
import org.dfkg.reference.AgencyRecord;
import org.dfkg.reference.Place;
import org.dfkg.reference.ReferenceData;
import org.dfkg.vocab.DFKG;
import org.dfkg.vocab.Nif;
import org.dfkg.vocab.Prov;

/**
 * Stage 4: maps extracted records to RDF. Every node is an IRI minted by {@link IriScheme}, so
 * building twice gives the same graph. Offsets are written as Unicode code points, as NIF wants.
 */
public final class RdfMapper {
    private final IriScheme iris;
    private final ReferenceData reference;

    public RdfMapper(IriScheme iris, ReferenceData reference) {
        this.iris = iris;
        this.reference = reference;
    }

    /** Places (the whole gazetteer), curated agencies and the technology scheme. */
    public Model referenceModel() {
        return referenceModel(null);
    }

    /**
     * Places, curated agencies and the technology scheme. Of the gazetteer's county-level divisions,
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
        Model scheme = reference.technologyScheme();
        for (Resource r : scheme.listSubjects().toList()) {
            if (r.isURIResource() && !iris.rebase(r.getURI()).equals(r.getURI())) {
                ResourceUtils.renameResource(r, iris.rebase(r.getURI()));
            }
        }
        m.add(scheme);
        return m;
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

    private static void labels(Resource r, String zh, String en) {
        r.addProperty(SKOS.prefLabel, zh, "zh").addProperty(RDFS.label, zh, "zh");
        if (en != null && !en.isBlank()) r.addProperty(SKOS.prefLabel, en, "en").addProperty(RDFS.label, en, "en");
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
            Resource as = m.createResource(iris.assignment(docId, t.span().key(), a.role().code(), partyKey(a.party())), DFKG.ASSIGNMENT);
            as.addProperty(DFKG.ASSIGNED_PARTY, party);
            as.addProperty(DFKG.ROLE_PROPERTY, role(a.role()));
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

    /** The links graph whole: fine for a small corpus; a large one is written chunk by chunk with the methods below. */
    public Model linksModel(LinkResult links) {
        Model m = ModelFactory.createDefaultModel();
        for (Programme p : links.programmes()) m.add(programmeModel(p));
        m.add(continuationsModel(links.continuations()));
        m.add(technologyUsesModel(links.technologyUses()));
        m.add(technologySpansModel(links.technologyUses()));
        m.add(agencySummaryModel(links.agencyUses()));
        return m;
    }

    /** One programme with its members and the evidence that tied each in. */
    public Model programmeModel(Programme p) {
        Model m = ModelFactory.createDefaultModel();
        Resource r = m.createResource(iris.programme(p.key()), DFKG.PROGRAMME);
        r.addProperty(SKOS.prefLabel, p.label(), "zh").addProperty(RDFS.label, p.label(), "zh");
        if (p.gloss() != null) r.addProperty(SKOS.prefLabel, p.gloss(), "en").addProperty(RDFS.label, p.gloss(), "en");
        for (String phrase : p.phrases()) r.addProperty(DFKG.KEY_PHRASE, phrase);
        if (p.firstYear() != null) r.addLiteral(DFKG.FIRST_YEAR, year(m, p.firstYear()));
        if (p.lastYear() != null) r.addLiteral(DFKG.LAST_YEAR, year(m, p.lastYear()));
        // Sums for questions over all programmes, which would otherwise visit every member.
        Map<Integer, Set<String>> documentsByYear = new TreeMap<>();
        Map<Integer, Integer> tasksByYear = new TreeMap<>();
        Set<String> documents = new HashSet<>();
        for (Programme.Member member : p.members()) {
            documents.add(member.task().docId());
            Integer y = member.task().year();
            if (y == null) continue;
            documentsByYear.computeIfAbsent(y, k -> new HashSet<>()).add(member.task().docId());
            tasksByYear.merge(y, 1, Integer::sum);
        }
        r.addLiteral(DFKG.DOCUMENT_COUNT, integer(m, documents.size()));
        r.addLiteral(DFKG.TASK_COUNT, integer(m, p.members().size()));
        tasksByYear.forEach((y, tasks) -> m.createResource(iris.programmeYear(p.key(), y), DFKG.PROGRAMME_YEAR)
                .addProperty(DFKG.PROGRAMME_PROPERTY, r)
                .addLiteral(DFKG.YEAR, year(m, y))
                .addLiteral(DFKG.TASK_COUNT, integer(m, tasks))
                .addLiteral(DFKG.DOCUMENT_COUNT, integer(m, documentsByYear.get(y).size())));
        programmeAgencies(m, r, p);
        for (Programme.Member member : p.members()) {
            Resource task = m.createResource(iris.task(member.task().docId(), member.task().taskKey()));
            r.addProperty(DFKG.PROGRAMME_MEMBER, task);
            Resource e = m.createResource(iris.linkEvidence(p.key(), member.task().docId(), member.task().taskKey()), DFKG.LINK_EVIDENCE);
            e.addProperty(DFKG.LINKED_TASK, task);
            e.addProperty(DFKG.CLOSEST_TASK, m.createResource(iris.task(member.closest().docId(), member.closest().taskKey())));
            for (String phrase : member.sharedPhrases()) e.addProperty(DFKG.SHARED_PHRASE, phrase);
            for (String t : member.sharedTechnologies()) e.addProperty(DFKG.SHARED_TECHNOLOGY, m.createResource(iris.rebase(t)));
            for (String a : member.sharedAgencies()) e.addProperty(DFKG.SHARED_AGENCY, m.createResource(iris.agency(a)));
            e.addLiteral(DFKG.LINK_SCORE, m.createTypedLiteral(BigDecimal.valueOf(member.score()).setScale(3, java.math.RoundingMode.HALF_UP), XSDDatatype.XSDdecimal));
            r.addProperty(DFKG.HAS_LINK_EVIDENCE, e);
        }
        return m;
    }

    /** Per agency and year, the member tasks it leads, supports or is responsible for, and their documents. */
    private void programmeAgencies(Model m, Resource programme, Programme p) {
        Map<AgencyRef, TreeMap<Integer, RoleTally>> byAgency = new LinkedHashMap<>();
        for (Programme.Member member : p.members()) {
            LinkedTask t = member.task();
            if (t.year() == null) continue;
            t.roles().forEach((agency, roles) -> {
                RoleTally tally = byAgency.computeIfAbsent(agency, k -> new TreeMap<>()).computeIfAbsent(t.year(), k -> new RoleTally());
                for (Role role : roles) tally.add(t.docId(), t.id(), role);
            });
        }
        byAgency.forEach((agency, years) -> years.forEach((y, tally) -> m.createResource(iris.programmeAgencyYear(p.key(), partyKey(agency), y), DFKG.PROGRAMME_AGENCY_YEAR)
                .addProperty(DFKG.PROGRAMME_PROPERTY, programme)
                .addProperty(DFKG.AGENCY_PROPERTY, m.createResource(partyIri(agency)))
                .addLiteral(DFKG.YEAR, year(m, y))
                .addLiteral(DFKG.DOCUMENT_COUNT, integer(m, tally.documents()))
                .addLiteral(DFKG.TASK_COUNT, integer(m, tally.tasks()))
                .addLiteral(DFKG.LEAD_TASK_COUNT, integer(m, tally.tasks(Role.LEAD)))
                .addLiteral(DFKG.SUPPORT_TASK_COUNT, integer(m, tally.tasks(Role.SUPPORT)))
                .addLiteral(DFKG.RESPONSIBLE_TASK_COUNT, integer(m, tally.tasks(Role.RESPONSIBLE)))));
    }

    /** City tasks taking up provincial tasks. */
    public Model continuationsModel(List<LinkResult.Continuation> continuations) {
        Model m = ModelFactory.createDefaultModel();
        for (LinkResult.Continuation c : continuations) {
            m.createResource(iris.task(c.cityTask().docId(), c.cityTask().taskKey()))
                    .addProperty(DFKG.TAKES_UP, m.createResource(iris.task(c.provincialTask().docId(), c.provincialTask().taskKey())));
        }
        return m;
    }

    /** Each technology's use per document. */
    public Model technologyUsesModel(List<LinkResult.TechnologyUse> uses) {
        Model m = ModelFactory.createDefaultModel();
        for (LinkResult.TechnologyUse u : uses) {
            if (!u.mentioned()) continue;
            Resource r = m.createResource(iris.technologyUse(u.conceptIri().substring(u.conceptIri().lastIndexOf('/') + 1), u.docId()), DFKG.TECHNOLOGY_USE);
            r.addProperty(DFKG.TECHNOLOGY, m.createResource(iris.rebase(u.conceptIri())));
            r.addProperty(DFKG.IN_DOCUMENT, m.createResource(iris.document(u.docId())));
            r.addLiteral(DFKG.TASK_COUNT, m.createTypedLiteral(u.tasks(), XSDDatatype.XSDinteger));
            r.addLiteral(DFKG.MENTION_COUNT, m.createTypedLiteral(u.mentions(), XSDDatatype.XSDinteger));
            if (u.year() != null) r.addLiteral(DFKG.YEAR, year(m, u.year()));
        }
        return m;
    }

    /**
     * Per technology, its first and last year, the documents that mention it and the tasks that do;
     * and a {@code dfkg:TechnologyYear} per year summing the documents' uses (a task lies in one
     * document, so sums of task counts are exact), with the tasks that mention it or a narrower
     * concept. Needs every use, so it is a chunk of its own; it is small (technologies × years).
     */
    public Model technologySpansModel(List<LinkResult.TechnologyUse> uses) {
        Model m = ModelFactory.createDefaultModel();
        Map<String, int[]> span = new TreeMap<>();
        // concept → {documents, tasks}
        Map<String, int[]> totals = new TreeMap<>();
        // concept → year → {tasks, documents, mentions, tasks with narrower concepts}
        Map<String, TreeMap<Integer, int[]>> byYear = new TreeMap<>();
        for (LinkResult.TechnologyUse u : uses) {
            if (u.mentioned()) {
                int[] total = totals.computeIfAbsent(u.conceptIri(), k -> new int[2]);
                total[0]++;
                total[1] += u.tasks();
            }
            if (u.year() == null) continue;
            if (u.mentioned()) {
                span.merge(u.conceptIri(), new int[] {u.year(), u.year()}, (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            }
            int[] sums = byYear.computeIfAbsent(u.conceptIri(), k -> new TreeMap<>()).computeIfAbsent(u.year(), k -> new int[4]);
            sums[0] += u.tasks();
            sums[1] += u.mentioned() ? 1 : 0;
            sums[2] += u.mentions();
            sums[3] += u.tasksWithNarrower();
        }
        span.forEach((concept, years) -> m.createResource(iris.rebase(concept))
                .addLiteral(DFKG.FIRST_YEAR, year(m, years[0])).addLiteral(DFKG.LAST_YEAR, year(m, years[1])));
        totals.forEach((concept, total) -> m.createResource(iris.rebase(concept))
                .addLiteral(DFKG.DOCUMENT_COUNT, integer(m, total[0])).addLiteral(DFKG.TASK_COUNT, integer(m, total[1])));
        byYear.forEach((concept, years) -> years.forEach((y, sums) -> {
            Resource r = m.createResource(iris.technologyYear(concept.substring(concept.lastIndexOf('/') + 1), y), DFKG.TECHNOLOGY_YEAR);
            r.addProperty(DFKG.TECHNOLOGY, m.createResource(iris.rebase(concept)));
            r.addLiteral(DFKG.YEAR, year(m, y));
            r.addLiteral(DFKG.TASK_COUNT, integer(m, sums[0]));
            r.addLiteral(DFKG.DOCUMENT_COUNT, integer(m, sums[1]));
            r.addLiteral(DFKG.MENTION_COUNT, integer(m, sums[2]));
            r.addLiteral(DFKG.TASK_COUNT_WITH_NARROWER, integer(m, sums[3]));
        }));
        return m;
    }

    /**
     * Per agency, the documents and tasks it appears in, and a {@code dfkg:AgencyYear} per year with
     * its tasks by role, summed over the documents' agency uses (exact, as a task lies in one
     * document). Small (agencies × years), so it is one chunk.
     */
    public Model agencySummaryModel(List<LinkResult.AgencyUse> uses) {
        Model m = ModelFactory.createDefaultModel();
        // agency → {documents, tasks}; agency → year → {documents, tasks, lead, support, responsible}
        Map<AgencyRef, int[]> totals = new LinkedHashMap<>();
        Map<AgencyRef, TreeMap<Integer, int[]>> byYear = new LinkedHashMap<>();
        for (LinkResult.AgencyUse u : uses) {
            int[] total = totals.computeIfAbsent(u.agency(), k -> new int[2]);
            total[0]++;
            total[1] += u.tasks();
            if (u.year() == null) continue;
            int[] sums = byYear.computeIfAbsent(u.agency(), k -> new TreeMap<>()).computeIfAbsent(u.year(), k -> new int[5]);
            sums[0]++;
            sums[1] += u.tasks();
            sums[2] += u.led();
            sums[3] += u.supported();
            sums[4] += u.responsible();
        }
        totals.forEach((agency, total) -> m.createResource(partyIri(agency))
                .addLiteral(DFKG.DOCUMENT_COUNT, integer(m, total[0])).addLiteral(DFKG.TASK_COUNT, integer(m, total[1])));
        byYear.forEach((agency, years) -> years.forEach((y, sums) -> m.createResource(iris.agencyYear(partyKey(agency), y), DFKG.AGENCY_YEAR)
                .addProperty(DFKG.AGENCY_PROPERTY, m.createResource(partyIri(agency)))
                .addLiteral(DFKG.YEAR, year(m, y))
                .addLiteral(DFKG.DOCUMENT_COUNT, integer(m, sums[0]))
                .addLiteral(DFKG.TASK_COUNT, integer(m, sums[1]))
                .addLiteral(DFKG.LEAD_TASK_COUNT, integer(m, sums[2]))
                .addLiteral(DFKG.SUPPORT_TASK_COUNT, integer(m, sums[3]))
                .addLiteral(DFKG.RESPONSIBLE_TASK_COUNT, integer(m, sums[4]))));
        return m;
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

    /** The IRI of the party a reference names, without its description (its document's graph holds that). */
    public String partyIri(AgencyRef ref) {
        return switch (ref) {
            case AgencyRef.Reconciled r -> iris.agency(r.agencyId());
            case AgencyRef.Unreconciled u -> iris.unreconciledAgency(String.valueOf(u.jurisdictionId()), u.name());
            case AgencyRef.Collective c -> iris.collectiveParty(String.valueOf(c.jurisdictionId()), c.name());
        };
    }

    private static Literal integer(Model m, int n) {
        return m.createTypedLiteral(n, XSDDatatype.XSDinteger);
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
            case AgencyRef.Reconciled r -> m.createResource(partyIri(r));
            case AgencyRef.Unreconciled u -> {
                Resource a = m.createResource(partyIri(u), DFKG.UNRECONCILED_AGENCY);
                a.addProperty(RDF.type, DFKG.AGENCY).addProperty(RDF.type, ORG.Organization);
                a.addProperty(SKOS.prefLabel, u.name(), "zh").addProperty(RDFS.label, u.name(), "zh");
                if (u.jurisdictionId() != null) a.addProperty(DFKG.JURISDICTION, m.createResource(iris.place(u.jurisdictionId())));
                yield a;
            }
            case AgencyRef.Collective c -> {
                Resource a = m.createResource(partyIri(c), DFKG.COLLECTIVE_PARTY);
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

    private static String partyKey(AgencyRef ref) {
        return switch (ref) {
            case AgencyRef.Reconciled r -> r.agencyId();
            case AgencyRef.Unreconciled u -> "unreconciled-" + IriScheme.digest(u.jurisdictionId() + "|" + u.name());
            case AgencyRef.Collective c -> "collective-" + IriScheme.digest(c.jurisdictionId() + "|" + c.name());
        };
    }

    private static Resource role(Role role) {
        return switch (role) {
            case LEAD -> DFKG.ROLE_LEAD;
            case SUPPORT -> DFKG.ROLE_SUPPORT;
            case RESPONSIBLE -> DFKG.ROLE_RESPONSIBLE;
        };
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

    private static Literal year(Model m, int year) {
        return m.createTypedLiteral(String.format("%04d", year), XSDDatatype.XSDgYear);
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
