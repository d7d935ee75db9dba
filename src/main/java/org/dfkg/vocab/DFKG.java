package org.dfkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the project's own ontology ({@code ontology/dfkg.ttl}); a test checks that each is declared there. */
public final class DFKG {
    public static final String NS = "https://w3id.org/dfkg/ontology#";

    private DFKG() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    /** One policy text, such as a Digital Fujian plan or annual work points. */
    public static final Resource POLICY_DOCUMENT = resource("PolicyDocument");

    /** A part of a document introduced by a heading (第一章, 一、, （一） and so on). */
    public static final Resource SECTION = resource("Section");

    /** A 专栏 box set apart from the body, often a glossary or a table of indicators. */
    public static final Resource BOX = resource("Box");

    /** One task item of one document. */
    public static final Resource TASK = resource("Task");

    /** A sentence of a source text with its character offsets; the evidence that facts point to. */
    public static final Resource SENTENCE = resource("Sentence");

    /** A specific organisation that holds tasks: a government department, Party organ, public institution, state enterprise, university or local government. */
    public static final Resource AGENCY = resource("Agency");

    /** An organisation found in a text that the reference data does not list yet; it keeps its surface form. */
    public static final Resource UNRECONCILED_AGENCY = resource("UnreconciledAgency");

    /** A collective or unspecified party such as 有关部门 or 各设区市人民政府; never counted as an agency. */
    public static final Resource COLLECTIVE_PARTY = resource("CollectiveParty");

    /** A kind of organisation. */
    public static final Resource AGENCY_KIND = resource("AgencyKind");

    /** The role an agency holds for a task: lead, support or responsible. */
    public static final Resource ROLE = resource("Role");

    /** One party holding one role for one task, read from a responsibility clause. */
    public static final Resource ASSIGNMENT = resource("Assignment");

    /**
     * A broad field that groups narrower technologies (mobile communications, broadband networks); its
     * generic name is not read as a mention, and queries roll narrower technologies up into it.
     */
    public static final Resource TECHNOLOGY_FIELD = resource("TechnologyField");

    /** One mention of a technology in the text of a task. */
    public static final Resource TECHNOLOGY_MENTION = resource("TechnologyMention");

    /** One entry of a 专栏 glossary box: a term and the text's own definition of it. */
    public static final Resource GLOSSARY_ENTRY = resource("GlossaryEntry");

    /** A work a plan cites by title in 《…》, whether or not it is in the corpus. */
    public static final Resource CITED_DOCUMENT = resource("CitedDocument");

    /** One citation of a work by title in the text. */
    public static final Resource CITATION = resource("Citation");

    /**
     * Why a task belongs to a programme: the task of another document it is closest to, the key phrases,
     * technologies and agencies they share, and the score.
     */
    public static final Resource LINK_EVIDENCE = resource("LinkEvidence");

    /** How one document uses one technology: the tasks that mention it and its mentions anywhere in the text. */
    public static final Resource TECHNOLOGY_USE = resource("TechnologyUse");
    /**
     * How all documents of one year use one technology: the tasks that mention it, the documents and the
     * mentions (the sums of the documents' technology uses), so that a question per year reads a few hundred
     * nodes, not every task.
     */
    public static final Resource TECHNOLOGY_YEAR = resource("TechnologyYear");

    /**
     * The tasks all documents of one year give one agency: the documents, the tasks, and the tasks it leads,
     * supports or is responsible for (sums over the documents), so that a question per agency and year reads
     * thousands of nodes, not every assignment.
     */
    public static final Resource AGENCY_YEAR = resource("AgencyYear");

    /** How many documents and member tasks of one year a programme has. */
    public static final Resource PROGRAMME_YEAR = resource("ProgrammeYear");

    /** How many member tasks of one programme in one year an agency leads, supports or is responsible for, and in how many documents. */
    public static final Resource PROGRAMME_AGENCY_YEAR = resource("ProgrammeAgencyYear");

    /** A quantitative statement of the text, with a value and a unit. */
    public static final Resource QUANTITATIVE_FIGURE = resource("QuantitativeFigure");

    /** A quantitative goal to reach, with a deadline year. */
    public static final Resource TARGET = resource("Target");

    /** A measured value that the text reports, with its reference year. */
    public static final Resource OBSERVATION = resource("Observation");

    /** How a figure relates to its value: reach, at least, about, at most. */
    public static final Resource COMPARISON = resource("Comparison");

    /** An initiative that recurs across documents. */
    public static final Resource PROGRAMME = resource("Programme");

    /** A province, city, county, district or zone. */
    public static final Resource PLACE = resource("Place");

    /** One mention of a place in the text of a task. */
    public static final Resource PLACE_MENTION = resource("PlaceMention");

    /** The document a task, section, sentence or figure belongs to. */
    public static final Property IN_DOCUMENT = property("inDocument");

    /** The section a task belongs to. */
    public static final Property IN_SECTION = property("inSection");

    /** The section that contains this one. */
    public static final Property PARENT_SECTION = property("parentSection");

    /** A responsibility assignment of the task. */
    public static final Property HAS_ASSIGNMENT = property("hasAssignment");

    /** The agency or collective party that holds the role. */
    public static final Property ASSIGNED_PARTY = property("assignedParty");

    /** The role of the assignment. */
    public static final Property ROLE_PROPERTY = property("role");

    /** A party that leads the task (牵头). */
    public static final Property LEAD_AGENCY = property("leadAgency");

    /** A party that supports the task (配合). */
    public static final Property SUPPORT_AGENCY = property("supportAgency");

    /** A party responsible for the task (负责, or listed under 责任单位 without 牵头/配合). */
    public static final Property RESPONSIBLE_AGENCY = property("responsibleAgency");

    /** A technology concept the text of a task or of a whole document names. */
    public static final Property MENTIONS_TECHNOLOGY = property("mentionsTechnology");

    /** A technology mention in the task or document. */
    public static final Property HAS_TECHNOLOGY_MENTION = property("hasTechnologyMention");

    /** The technology concept a mention, a use or a per-year statistic refers to. */
    public static final Property TECHNOLOGY = property("technology");

    /** The technology concept a glossary entry defines. */
    public static final Property DEFINES_CONCEPT = property("definesConcept");

    /** The defined term of a glossary entry, as written. */
    public static final Property TERM = property("term");

    /** The work a citation names. */
    public static final Property CITED_DOCUMENT_PROPERTY = property("citedDocument");

    /** A work the document carries out, as it says itself (为贯彻落实《…》). */
    public static final Property IMPLEMENTS = property("implements");

    /** A target or observation stated in the task. */
    public static final Property HAS_FIGURE = property("hasFigure");

    /** How the figure relates to its value. */
    public static final Property COMPARISON_PROPERTY = property("comparison");

    /** The administrative area an agency or document belongs to. */
    public static final Property JURISDICTION = property("jurisdiction");

    /** The kind of the agency. */
    public static final Property AGENCY_KIND_PROPERTY = property("agencyKind");

    /** The body that issued the document. */
    public static final Property ISSUER = property("issuer");

    /** A place the task's text names. */
    public static final Property MENTIONS_PLACE = property("mentionsPlace");

    /** A place mention in the task. */
    public static final Property HAS_PLACE_MENTION = property("hasPlaceMention");

    /** The place a mention refers to. */
    public static final Property PLACE_PROPERTY = property("place");

    /** The administrative area that contains the place. */
    public static final Property PARENT_PLACE = property("parentPlace");

    /** A metadata property whose value came from the sidecar file, not from the text. */
    public static final Property SIDECAR_SUPPLIED = property("sidecarSupplied");

    /** A task that belongs to the programme. */
    public static final Property PROGRAMME_MEMBER = property("programmeMember");
    /** A task about another topic that names the programme in one clause of its body (推动数字经济产业园区建设 naming the extranet's secure access platform). It is no member and counts in none of the programme's sums. */
    public static final Property PROGRAMME_MENTION = property("programmeMention");

    /** The place's six-digit administrative division code of the national standard GB/T 2260. */
    public static final Property DIVISION_CODE = property("divisionCode");

    /** The document number, such as 闽政〔2011〕82号. */
    public static final Property DOCUMENT_NUMBER = property("documentNumber");

    /** The issuer's name as the text writes it. */
    public static final Property ISSUER_NAME = property("issuerName");

    /** The first year of the period the document covers. */
    public static final Property PERIOD_START = property("periodStart");

    /** The last year of the period the document covers. */
    public static final Property PERIOD_END = property("periodEnd");

    /** The name of the source file that was read. */
    public static final Property SOURCE_FILE = property("sourceFile");

    /** The character encoding detected for the source file. */
    public static final Property CHARACTER_ENCODING = property("characterEncoding");

    /** How many sentences were dropped because they repeat an earlier passage. */
    public static final Property DROPPED_SENTENCES = property("droppedSentences");

    /** How many characters were dropped as repeats. */
    public static final Property DROPPED_CHARACTERS = property("droppedCharacters");

    /** The numbering of a heading or item, such as （一）. */
    public static final Property MARKER = property("marker");

    /** The depth of the section in the outline; 1 is outermost. */
    public static final Property LEVEL = property("level");

    /** How the text writes the name or term. */
    public static final Property SURFACE_FORM = property("surfaceForm");

    /** The wording of the clause that states the figure. */
    public static final Property METRIC_TEXT = property("metricText");

    /** The value, with 万, 亿 and the like multiplied out. */
    public static final Property VALUE = property("value");

    /** The base unit of the figure, after magnitudes are multiplied out. */
    public static final Property UNIT = property("unit");

    /** The value an indicator table gives the same indicator in the plan's base year, from which the target starts. */
    public static final Property BASELINE_VALUE = property("baselineValue");

    /** The year of the baseline value. */
    public static final Property BASELINE_YEAR = property("baselineYear");

    /** What the figure's unit measures, such as currency, count, percent, data rate or computing power; on an indicator, a dimension its values may be measured in. */
    public static final Property UNIT_DIMENSION = property("unitDimension");

    /** Another sentence of the same document that states the same figure, as running text and an indicator table both may. */
    public static final Property ALSO_STATED_IN = property("alsoStatedIn");

    /** The year by which a target is to be reached. */
    public static final Property DEADLINE_YEAR = property("deadlineYear");

    /** The year an observation refers to. */
    public static final Property REFERENCE_YEAR = property("referenceYear");

    /** Whether the text states the year; otherwise it is taken from the document's period. */
    public static final Property YEAR_STATED = property("yearStated");

    /** A provincial task of the same programme, in a neighbouring year, that this city task carries on. */
    public static final Property TAKES_UP = property("takesUp");

    /** The number of tasks. */
    public static final Property TASK_COUNT = property("taskCount");

    /** The number of mentions in the text. */
    public static final Property MENTION_COUNT = property("mentionCount");
    /** The number of documents. */
    public static final Property DOCUMENT_COUNT = property("documentCount");

    /** The number of tasks that mention the concept or any narrower one (4G and 5G count for mobile communications). */
    public static final Property TASK_COUNT_WITH_NARROWER = property("taskCountWithNarrower");

    /** The number of responsibility assignments (a task, a role and a party). */
    public static final Property ASSIGNMENT_COUNT = property("assignmentCount");

    /** The number of quantitative figures, targets and observations. */
    public static final Property FIGURE_COUNT = property("figureCount");

    /** The number of tasks the agency leads. */
    public static final Property LEAD_TASK_COUNT = property("leadTaskCount");
    /** The number of tasks the agency supports. */
    public static final Property SUPPORT_TASK_COUNT = property("supportTaskCount");
    /** The number of tasks the agency is responsible for (without a lead or support role). */
    public static final Property RESPONSIBLE_TASK_COUNT = property("responsibleTaskCount");

    /** The agency a per-year statistic is about. */
    public static final Property AGENCY_PROPERTY = property("agency");

    /** The programme a per-year statistic is about. */
    public static final Property PROGRAMME_PROPERTY = property("programme");

    /** The year of the document a statistic belongs to. */
    public static final Property YEAR = property("year");

    /** True for a generated test document, which recombines real passages and is no real plan. */
    public static final Property SYNTHETIC = property("synthetic");

    /** A key phrase that identifies the programme. */
    public static final Property KEY_PHRASE = property("keyPhrase");

    /** The evidence for one member of the programme. */
    public static final Property HAS_LINK_EVIDENCE = property("hasLinkEvidence");

    /** The member task the evidence is about. */
    public static final Property LINKED_TASK = property("linkedTask");

    /** The task of another document the member is most similar to. */
    public static final Property CLOSEST_TASK = property("closestTask");

    /** A rare key phrase both tasks hold. */
    public static final Property SHARED_PHRASE = property("sharedPhrase");

    /** A technology both tasks mention. */
    public static final Property SHARED_TECHNOLOGY = property("sharedTechnology");

    /** A curated agency both tasks name. */
    public static final Property SHARED_AGENCY = property("sharedAgency");

    /** The similarity score of the pair (see the link stage's thresholds). */
    public static final Property LINK_SCORE = property("linkScore");

    /** The first year the programme, or the technology, appears. */
    public static final Property FIRST_YEAR = property("firstYear");

    /** The last year the programme, or the technology, appears. */
    public static final Property LAST_YEAR = property("lastYear");

    /** Leads the task (牵头). */
    public static final Resource ROLE_LEAD = resource("lead");

    /** Supports the task (配合). */
    public static final Resource ROLE_SUPPORT = resource("support");

    /** Responsible for the task (负责, or listed under 责任单位). */
    public static final Resource ROLE_RESPONSIBLE = resource("responsible");

    /** A department or directly affiliated body of a government. */
    public static final Resource GOVERNMENT_DEPARTMENT = resource("GovernmentDepartment");

    /** A working body of the Communist Party of China. */
    public static final Resource PARTY_ORGAN = resource("PartyOrgan");

    /** A public service unit, research institute or people's organisation. */
    public static final Resource PUBLIC_INSTITUTION = resource("PublicInstitution");

    /** A state-owned enterprise or one of its branches. */
    public static final Resource STATE_ENTERPRISE = resource("StateEnterprise");

    /** A university. */
    public static final Resource UNIVERSITY = resource("University");

    /** A city, county or district government, or an administrative committee. */
    public static final Resource LOCAL_GOVERNMENT = resource("LocalGovernment");

    /** Reaches the value (达到, 提高到). */
    public static final Resource REACH = resource("Reach");

    /** At least the value (超过, 以上, 不少于). */
    public static final Resource AT_LEAST = resource("AtLeast");

    /** At most the value (以下, 以内). */
    public static final Resource AT_MOST = resource("AtMost");

    /** About the value (左右, 近). */
    public static final Resource APPROXIMATELY = resource("Approximately");

    /** The text states the value without qualification. */
    public static final Resource EXACTLY = resource("Exactly");

    /** A metric plans set targets for and report on, such as broadband subscribers, e-commerce turnover or the share of services available online; a concept of the indicator scheme. */
    public static final Resource INDICATOR = resource("Indicator");

    /** The indicator a figure measures; absent when its wording names none. */
    public static final Property INDICATOR_PROPERTY = property("indicator");

    /** A target compared with the later reports of the same indicator for the same jurisdiction in other documents, and the status that follows: met, missed or no later report. */
    public static final Resource TARGET_CHECK = resource("TargetCheck");

    /** What a target check found. */
    public static final Resource TARGET_STATUS = resource("TargetStatus");

    /** The target checked. */
    public static final Property CHECKS_TARGET = property("checksTarget");

    /** A later report of the same indicator (or a narrower one) for the same jurisdiction in another document: an observation whose reference year is no earlier than the first year of the target's document. */
    public static final Property REPORTED_BY = property("reportedBy");

    /** The report the status rests on: the first at or after the deadline, else the closest before it. */
    public static final Property DECIDED_BY = property("decidedBy");

    /** What the check found. */
    public static final Property STATUS = property("status");

    /** The value of the report that decided, converted into the target's unit. */
    public static final Property OBSERVED_VALUE = property("observedValue");

    /** The report's value reaches the target (stays within it, for a ceiling). */
    public static final Resource MET = resource("Met");

    /** A report at or after the deadline falls short of the target. */
    public static final Resource MISSED = resource("Missed");

    /** No report at or after the deadline decides the target; a report before it, if any, is given as progress. */
    public static final Resource NO_LATER_REPORT = resource("NoLaterReport");

    /** Two agencies that one task's clauses name together, each in its role (lead–support, lead–lead …), in a year, with the number of tasks that tie them. */
    public static final Resource AGENCY_TIE = resource("AgencyTie");

    /** The agency of the tie whose role comes first (lead before support before responsible; in the same role, the one whose key sorts first). */
    public static final Property FIRST_AGENCY = property("firstAgency");

    /** The role the first agency holds in the tasks. */
    public static final Property FIRST_ROLE = property("firstRole");

    /** The other agency of the tie. */
    public static final Property SECOND_AGENCY = property("secondAgency");

    /** The role the second agency holds in the tasks. */
    public static final Property SECOND_ROLE = property("secondRole");

    /** What changed in a programme from one document that holds it to the next: member tasks continued, new and dropped, lead agencies added, dropped and kept (by lineage), and targets of the same indicator raised, lowered or kept. */
    public static final Resource PROGRAMME_CHANGE = resource("ProgrammeChange");

    /** A later target of a programme restating an earlier one of the same indicator, and whether it was raised, lowered or kept. */
    public static final Resource TARGET_REVISION = resource("TargetRevision");

    /** How a later target compares with the earlier one of the same indicator. */
    public static final Resource REVISION_KIND = resource("Revision");

    /** The earlier document of the change. */
    public static final Property FROM_DOCUMENT = property("fromDocument");

    /** The later document of the change, the next that holds the programme. */
    public static final Property TO_DOCUMENT = property("toDocument");

    /** A task of the later document that continues a task of the earlier one (paired one to one, by the key phrases they share). */
    public static final Property CONTINUED_TASK = property("continuedTask");

    /** A task of the later document that continues none of the earlier one. */
    public static final Property NEW_TASK = property("newTask");

    /** A task of the earlier document that no task of the later one continues. */
    public static final Property DROPPED_TASK = property("droppedTask");

    /** How many tasks of the later document continue tasks of the earlier one. */
    public static final Property CONTINUED_COUNT = property("continuedCount");

    /** How many tasks of the later document are new. */
    public static final Property NEW_COUNT = property("newCount");

    /** How many tasks of the earlier document were dropped. */
    public static final Property DROPPED_COUNT = property("droppedCount");

    /** An agency that leads a task in the later document and whose lineage led none in the earlier one. */
    public static final Property LEAD_ADDED = property("leadAdded");

    /** An agency that led a task in the earlier document and whose lineage leads none in the later one. */
    public static final Property LEAD_DROPPED = property("leadDropped");

    /** An agency that leads a task in the later document whose lineage (itself, or the agency it was renamed or merged from) led one in the earlier one. */
    public static final Property LEAD_KEPT = property("leadKept");

    /** A revision of a target of the same indicator between the two documents. */
    public static final Property TARGET_REVISION_PROPERTY = property("targetRevision");

    /** The earlier target. */
    public static final Property FROM_TARGET = property("fromTarget");

    /** The later target. */
    public static final Property TO_TARGET = property("toTarget");

    /** Whether the later target raised, lowered or kept the earlier one. */
    public static final Property REVISION = property("revision");

    /** The later target is higher, in the earlier target's unit. */
    public static final Resource RAISED = resource("Raised");

    /** The later target is lower, in the earlier target's unit. */
    public static final Resource LOWERED = resource("Lowered");

    /** The later target equals the earlier one. */
    public static final Resource KEPT = resource("Kept");
}
