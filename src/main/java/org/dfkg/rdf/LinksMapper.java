package org.dfkg.rdf;

import java.math.BigDecimal;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;

import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.dfkg.extract.AgencyRef;
import org.dfkg.link.AgencyNetwork;
import org.dfkg.link.LinkResult;
import org.dfkg.link.Summaries;
import org.dfkg.link.Programme;
import org.dfkg.link.ProgrammeChanges;
import org.dfkg.link.TargetLedger;
import org.dfkg.vocab.DFKG;

import static org.dfkg.rdf.RdfTerms.integer;
import static org.dfkg.rdf.RdfTerms.year;

/**
 * Maps the link stage's records to the links graph: programmes with their evidence, city tasks that
 * take up provincial ones, each technology's use per document, the sums the link stage computed, and
 * the target ledger's checks, programmes' changes between documents, and the agency network's ties.
 * Each method maps one chunk, so that a large corpus is written chunk by chunk.
 */
public final class LinksMapper {
    private final IriScheme iris;
    private final Parties parties;

    public LinksMapper(IriScheme iris) {
        this.iris = iris;
        this.parties = new Parties(iris);
    }

    /** One programme with its members, the evidence that tied each in, and its sums per year and per agency and year. */
    public Model programmeModel(Programme p) {
        Model m = ModelFactory.createDefaultModel();
        Resource r = m.createResource(iris.programme(p.key()), DFKG.PROGRAMME);
        r.addProperty(SKOS.prefLabel, p.label(), "zh").addProperty(RDFS.label, p.label(), "zh");
        if (p.gloss() != null) r.addProperty(SKOS.prefLabel, p.gloss(), "en").addProperty(RDFS.label, p.gloss(), "en");
        for (String phrase : p.phrases()) r.addProperty(DFKG.KEY_PHRASE, phrase);
        if (p.firstYear() != null) r.addLiteral(DFKG.FIRST_YEAR, year(m, p.firstYear()));
        if (p.lastYear() != null) r.addLiteral(DFKG.LAST_YEAR, year(m, p.lastYear()));
        r.addLiteral(DFKG.DOCUMENT_COUNT, integer(m, p.documents().size()));
        r.addLiteral(DFKG.TASK_COUNT, integer(m, p.members().size()));
        for (Programme.Year y : p.years()) {
            m.createResource(iris.programmeYear(p.key(), y.year()), DFKG.PROGRAMME_YEAR)
                    .addProperty(DFKG.PROGRAMME_PROPERTY, r)
                    .addLiteral(DFKG.YEAR, year(m, y.year()))
                    .addLiteral(DFKG.TASK_COUNT, integer(m, y.tasks()))
                    .addLiteral(DFKG.DOCUMENT_COUNT, integer(m, y.documents()));
        }
        for (Summaries.AgencyYear y : p.agencyYears()) {
            roleCounts(m, m.createResource(iris.programmeAgencyYear(p.key(), Parties.key(y.agency()), y.year()), DFKG.PROGRAMME_AGENCY_YEAR)
                    .addProperty(DFKG.PROGRAMME_PROPERTY, r), y);
        }
        for (Programme.Member member : p.members()) evidence(m, r, p, member, DFKG.PROGRAMME_MEMBER);
        // A side mention keeps its evidence too, so that a reader sees why the task names the programme.
        for (Programme.Member member : p.mentions()) evidence(m, r, p, member, DFKG.PROGRAMME_MENTION);
        return m;
    }

    private void evidence(Model m, Resource r, Programme p, Programme.Member member, org.apache.jena.rdf.model.Property link) {
        Resource task = m.createResource(iris.task(member.task().docId(), member.task().taskKey()));
        r.addProperty(link, task);
        Resource e = m.createResource(iris.linkEvidence(p.key(), member.task().docId(), member.task().taskKey()), DFKG.LINK_EVIDENCE);
        e.addProperty(DFKG.LINKED_TASK, task);
        e.addProperty(DFKG.CLOSEST_TASK, m.createResource(iris.task(member.closest().docId(), member.closest().taskKey())));
        for (String phrase : member.sharedPhrases()) e.addProperty(DFKG.SHARED_PHRASE, phrase);
        for (String t : member.sharedTechnologies()) e.addProperty(DFKG.SHARED_TECHNOLOGY, m.createResource(iris.rebase(t)));
        for (String a : member.sharedAgencies()) e.addProperty(DFKG.SHARED_AGENCY, m.createResource(iris.agency(a)));
        e.addLiteral(DFKG.LINK_SCORE, m.createTypedLiteral(BigDecimal.valueOf(member.score()).setScale(3, java.math.RoundingMode.HALF_UP), XSDDatatype.XSDdecimal));
        r.addProperty(DFKG.HAS_LINK_EVIDENCE, e);
    }

    /** An agency's year, of the corpus or of a programme: the agency, the year, its documents and its tasks by role. */
    private void roleCounts(Model m, Resource r, Summaries.AgencyYear y) {
        r.addProperty(DFKG.AGENCY_PROPERTY, m.createResource(parties.iri(y.agency())))
                .addLiteral(DFKG.YEAR, year(m, y.year()))
                .addLiteral(DFKG.DOCUMENT_COUNT, integer(m, y.documents()))
                .addLiteral(DFKG.TASK_COUNT, integer(m, y.tasks()))
                .addLiteral(DFKG.LEAD_TASK_COUNT, integer(m, y.led()))
                .addLiteral(DFKG.SUPPORT_TASK_COUNT, integer(m, y.supported()))
                .addLiteral(DFKG.RESPONSIBLE_TASK_COUNT, integer(m, y.responsible()));
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

    /** Target checks of the ledger: the target, every later report, the one that decided, its value in the target's unit, the status. */
    public Model targetChecksModel(List<TargetLedger.Check> checks) {
        Model m = ModelFactory.createDefaultModel();
        for (TargetLedger.Check c : checks) {
            TargetLedger.Entry t = c.target();
            Resource r = m.createResource(iris.targetCheck(t.docId(), t.start(), t.end()), DFKG.TARGET_CHECK);
            r.addProperty(DFKG.CHECKS_TARGET, figure(m, t));
            for (TargetLedger.Entry report : c.reports()) r.addProperty(DFKG.REPORTED_BY, figure(m, report));
            if (c.decidedBy() != null) {
                r.addProperty(DFKG.DECIDED_BY, figure(m, c.decidedBy()));
                r.addLiteral(DFKG.OBSERVED_VALUE, m.createTypedLiteral(new BigDecimal(c.observedValue().toPlainString()), XSDDatatype.XSDdecimal));
            }
            r.addProperty(DFKG.STATUS, switch (c.status()) {
                case MET -> DFKG.MET;
                case MISSED -> DFKG.MISSED;
                case NO_LATER_REPORT -> DFKG.NO_LATER_REPORT;
            });
        }
        return m;
    }

    private Resource figure(Model m, TargetLedger.Entry e) {
        return m.createResource(iris.figure(e.docId(), e.start(), e.end()));
    }

    /** Each technology's use per document. */
    public Model technologyUsesModel(List<LinkResult.TechnologyUse> uses) {
        Model m = ModelFactory.createDefaultModel();
        for (LinkResult.TechnologyUse u : uses) {
            if (!u.mentioned()) continue;
            Resource r = m.createResource(iris.technologyUse(localName(u.conceptIri()), u.docId()), DFKG.TECHNOLOGY_USE);
            r.addProperty(DFKG.TECHNOLOGY, m.createResource(iris.rebase(u.conceptIri())));
            r.addProperty(DFKG.IN_DOCUMENT, m.createResource(iris.document(u.docId())));
            r.addLiteral(DFKG.TASK_COUNT, integer(m, u.tasks()));
            r.addLiteral(DFKG.MENTION_COUNT, integer(m, u.mentions()));
            if (u.year() != null) r.addLiteral(DFKG.YEAR, year(m, u.year()));
        }
        return m;
    }

    /**
     * Per technology, its first and last year and the documents and tasks that mention it; and a
     * {@code dfkg:TechnologyYear} per year. Small (technologies × years), so it is one chunk.
     */
    public Model technologySummaryModel(Summaries summaries) {
        Model m = ModelFactory.createDefaultModel();
        for (Summaries.TechnologyTotal t : summaries.technologyTotals()) {
            Resource concept = m.createResource(iris.rebase(t.concept()));
            if (t.firstYear() != null) concept.addLiteral(DFKG.FIRST_YEAR, year(m, t.firstYear())).addLiteral(DFKG.LAST_YEAR, year(m, t.lastYear()));
            concept.addLiteral(DFKG.DOCUMENT_COUNT, integer(m, t.documents())).addLiteral(DFKG.TASK_COUNT, integer(m, t.tasks()));
        }
        for (Summaries.TechnologyYear y : summaries.technologyYears()) {
            Resource r = m.createResource(iris.technologyYear(localName(y.concept()), y.year()), DFKG.TECHNOLOGY_YEAR);
            r.addProperty(DFKG.TECHNOLOGY, m.createResource(iris.rebase(y.concept())));
            r.addLiteral(DFKG.YEAR, year(m, y.year()));
            r.addLiteral(DFKG.TASK_COUNT, integer(m, y.tasks()));
            r.addLiteral(DFKG.DOCUMENT_COUNT, integer(m, y.documents()));
            r.addLiteral(DFKG.MENTION_COUNT, integer(m, y.mentions()));
            r.addLiteral(DFKG.TASK_COUNT_WITH_NARROWER, integer(m, y.tasksWithNarrower()));
        }
        return m;
    }

    /**
     * Per agency, the documents and tasks it appears in, and a {@code dfkg:AgencyYear} per year with
     * its tasks by role. Small (agencies × years), so it is one chunk.
     */
    public Model agencySummaryModel(Summaries summaries) {
        Model m = ModelFactory.createDefaultModel();
        for (Summaries.AgencyTotal t : summaries.agencyTotals()) {
            m.createResource(parties.iri(t.agency()))
                    .addLiteral(DFKG.DOCUMENT_COUNT, integer(m, t.documents())).addLiteral(DFKG.TASK_COUNT, integer(m, t.tasks()));
        }
        for (Summaries.AgencyYear y : summaries.agencyYears()) {
            roleCounts(m, m.createResource(iris.agencyYear(Parties.key(y.agency()), y.year()), DFKG.AGENCY_YEAR), y);
        }
        return m;
    }

    /** A programme's changes between consecutive documents: tasks continued, new and dropped, lead agencies, target revisions. */
    public Model programmeChangesModel(List<ProgrammeChanges.Change> changes) {
        Model m = ModelFactory.createDefaultModel();
        for (ProgrammeChanges.Change c : changes) {
            String key = c.programme().key();
            Resource r = m.createResource(iris.programmeChange(key, c.fromDocument(), c.toDocument()), DFKG.PROGRAMME_CHANGE)
                    .addProperty(DFKG.PROGRAMME_PROPERTY, m.createResource(iris.programme(key)))
                    .addProperty(DFKG.FROM_DOCUMENT, m.createResource(iris.document(c.fromDocument())))
                    .addProperty(DFKG.TO_DOCUMENT, m.createResource(iris.document(c.toDocument())))
                    .addLiteral(DFKG.CONTINUED_COUNT, integer(m, c.continued().size()))
                    .addLiteral(DFKG.NEW_COUNT, integer(m, c.added().size()))
                    .addLiteral(DFKG.DROPPED_COUNT, integer(m, c.dropped().size()));
            for (var t : c.continued()) r.addProperty(DFKG.CONTINUED_TASK, m.createResource(iris.task(t.docId(), t.taskKey())));
            for (var t : c.added()) r.addProperty(DFKG.NEW_TASK, m.createResource(iris.task(t.docId(), t.taskKey())));
            for (var t : c.dropped()) r.addProperty(DFKG.DROPPED_TASK, m.createResource(iris.task(t.docId(), t.taskKey())));
            for (AgencyRef a : c.leadsAdded()) r.addProperty(DFKG.LEAD_ADDED, m.createResource(parties.iri(a)));
            for (AgencyRef a : c.leadsDropped()) r.addProperty(DFKG.LEAD_DROPPED, m.createResource(parties.iri(a)));
            for (AgencyRef a : c.leadsKept()) r.addProperty(DFKG.LEAD_KEPT, m.createResource(parties.iri(a)));
            for (ProgrammeChanges.TargetRevision t : c.targets()) {
                Resource revision = m.createResource(iris.targetRevision(key, c.fromDocument(), c.toDocument(), t.to().indicator()), DFKG.TARGET_REVISION)
                        .addProperty(DFKG.FROM_TARGET, m.createResource(iris.figure(t.from().docId(), t.from().start(), t.from().end())))
                        .addProperty(DFKG.TO_TARGET, m.createResource(iris.figure(t.to().docId(), t.to().start(), t.to().end())))
                        .addProperty(DFKG.REVISION, switch (t.revision()) {
                            case RAISED -> DFKG.RAISED;
                            case LOWERED -> DFKG.LOWERED;
                            case KEPT -> DFKG.KEPT;
                        });
                r.addProperty(DFKG.TARGET_REVISION_PROPERTY, revision);
            }
        }
        return m;
    }

    /** The agency network's ties: two agencies, each in its role, the year and the tasks that tie them. */
    public Model agencyTiesModel(List<AgencyNetwork.Tie> ties) {
        Model m = ModelFactory.createDefaultModel();
        for (AgencyNetwork.Tie t : ties) {
            m.createResource(iris.agencyTie(Parties.key(t.first()), t.firstRole().code(), Parties.key(t.second()), t.secondRole().code(), t.year()),
                            DFKG.AGENCY_TIE)
                    .addProperty(DFKG.FIRST_AGENCY, m.createResource(parties.iri(t.first())))
                    .addProperty(DFKG.FIRST_ROLE, RdfTerms.role(t.firstRole()))
                    .addProperty(DFKG.SECOND_AGENCY, m.createResource(parties.iri(t.second())))
                    .addProperty(DFKG.SECOND_ROLE, RdfTerms.role(t.secondRole()))
                    .addLiteral(DFKG.YEAR, year(m, t.year()))
                    .addLiteral(DFKG.TASK_COUNT, integer(m, t.tasks()));
        }
        return m;
    }

    /** The IRI of the party a reference names, for a chunk that needs the party typed beside it. */
    public String partyIri(AgencyRef ref) {
        return parties.iri(ref);
    }

    private static String localName(String conceptIri) {
        return conceptIri.substring(conceptIri.lastIndexOf('/') + 1);
    }
}
