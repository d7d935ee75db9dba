package org.dfkg.rdf;

import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Mints IRIs from stable keys under a configurable base: document ids (file stems), outline
 * paths, character offsets and reference-data ids, never from counters that depend on the order
 * of the input. The reference data is written against {@link #DEFAULT_BASE}; {@link #rebase}
 * moves it under another base.
 */
public record IriScheme(String base) {
    public static final String DEFAULT_BASE = "https://w3id.org/dfkg/";

    public IriScheme {
        if (!base.endsWith("/")) base = base + "/";
    }

    public static IriScheme standard() {
        return new IriScheme(DEFAULT_BASE);
    }

    public String document(String docId) {
        return base + "id/document/" + docId;
    }

    public String section(String docId, String key) {
        return document(docId) + "/section/" + key;
    }

    public String task(String docId, String key) {
        return document(docId) + "/task/" + key;
    }

    public String sentence(String docId, int start, int end) {
        return document(docId) + "/text/" + start + "-" + end;
    }

    public String assignment(String docId, String taskKey, String role, String partyKey) {
        return task(docId, taskKey) + "/assignment/" + role + "/" + partyKey;
    }

    public String technologyMention(String docId, int start, int end) {
        return document(docId) + "/technology-mention/" + start + "-" + end;
    }

    public String placeMention(String docId, int start, int end) {
        return document(docId) + "/place-mention/" + start + "-" + end;
    }

    public String figure(String docId, int start, int end) {
        return document(docId) + "/figure/" + start + "-" + end;
    }

    /** The check of the target at this span: one per target, so it takes the target's place. */
    public String targetCheck(String docId, int start, int end) {
        return figure(docId, start, end) + "/check";
    }

    public String glossaryEntry(String docId, int start, int end) {
        return document(docId) + "/glossary-entry/" + start + "-" + end;
    }

    public String citation(String docId, int start, int end) {
        return document(docId) + "/citation/" + start + "-" + end;
    }

    /** A work cited by title: keyed by its normalised title, so every citing document mints the same IRI. */
    public String citedDocument(String titleKey) {
        return base + "id/cited/" + digest(titleKey);
    }

    /** A programme, keyed by a digest of its label. */
    public String programme(String key) {
        return base + "id/programme/" + digest(key);
    }

    public String programmeYear(String programmeKey, int year) {
        return programme(programmeKey) + "/year/" + year;
    }

    /** What changed in a programme from one document to the next. */
    public String programmeChange(String programmeKey, String fromDoc, String toDoc) {
        return programme(programmeKey) + "/change/" + fromDoc + "/" + toDoc;
    }

    /** A later target of a programme's change restating an earlier one of the same indicator. */
    public String targetRevision(String programmeKey, String fromDoc, String toDoc, String indicatorIri) {
        return programmeChange(programmeKey, fromDoc, toDoc) + "/target/" + indicatorIri.substring(indicatorIri.lastIndexOf('/') + 1);
    }

    public String programmeAgencyYear(String programmeKey, String agencyKey, int year) {
        return programme(programmeKey) + "/agency/" + agencyKey + "/" + year;
    }

    public String agencyYear(String agencyKey, int year) {
        return base + "id/agency-year/" + agencyKey + "/" + year;
    }

    /** Two agencies tied in a year, each in its role. */
    public String agencyTie(String firstKey, String firstRole, String secondKey, String secondRole, int year) {
        return base + "id/agency-tie/" + firstKey + "/" + firstRole + "/" + secondKey + "/" + secondRole + "/" + year;
    }

    public String linkEvidence(String programmeKey, String docId, String taskKey) {
        return programme(programmeKey) + "/evidence/" + docId + "/" + taskKey;
    }

    public String linksGraph() {
        return base + "graph/links";
    }

    public String technologyUse(String conceptKey, String docId) {
        return base + "id/technology-use/" + conceptKey + "/" + docId;
    }

    public String technologyYear(String conceptKey, int year) {
        return base + "id/technology-year/" + conceptKey + "/" + year;
    }

    public String agencyChange(String id) {
        return base + "id/agency-change/" + id;
    }

    public String agency(String id) {
        return base + "id/agency/" + id;
    }

    /** An agency the reference data lacks: keyed by jurisdiction and name, so every document mints the same IRI. */
    public String unreconciledAgency(String jurisdictionId, String name) {
        return base + "id/agency/unreconciled/" + digest(jurisdictionId + "|" + name);
    }

    public String collectiveParty(String jurisdictionId, String name) {
        return base + "id/collective/" + digest(jurisdictionId + "|" + name);
    }

    public String place(String id) {
        return base + "id/place/" + id;
    }

    public String documentGraph(String docId) {
        return base + "graph/document/" + docId;
    }

    public String ontologyGraph() {
        return base + "graph/ontology";
    }

    public String referenceGraph() {
        return base + "graph/reference";
    }

    /** Moves an IRI written against the default base under this scheme's base. */
    public String rebase(String iri) {
        return iri.startsWith(DEFAULT_BASE) ? base + iri.substring(DEFAULT_BASE.length()) : iri;
    }

    /** The first 8 bytes of the text's SHA-256, in hex. */
    static String digest(String text) {
        return DigestUtils.sha256Hex(text.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }
}
