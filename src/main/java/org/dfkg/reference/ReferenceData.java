package org.dfkg.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.dfkg.vocab.DFKG;

/**
 * The curated reference data under {@code data/reference/}: places, agencies, collective-party
 * patterns and the technology SKOS scheme. Loaded once and shared read-only by every stage.
 */
public final class ReferenceData {
    public static final String PLACES = "places.tsv";
    public static final String AGENCIES = "agencies.tsv";
    public static final String COLLECTIVE_PARTIES = "collective-parties.tsv";
    public static final String TECHNOLOGIES = "technologies.ttl";
    public static final String INDICATORS = "indicators.ttl";
    public static final String AGENCY_CHANGES = "agency-changes.tsv";
    public static final String DIVISIONS = "divisions.tsv";

    private final Map<String, Place> places;
    private final Map<String, AgencyRecord> agencies;
    private final List<Pattern> collectivePatterns;
    private final Model technologyScheme;
    private final List<TechnologyConcept> technologies;
    private final List<AgencyChange> agencyChanges;
    private final Model indicatorScheme;
    private final List<Indicator> indicators;
    /** Every name and alias to the places that bear it, curated places first: looked up for every word of every clause. */
    private final Map<String, List<Place>> placesByName = new HashMap<>();

    private ReferenceData(Map<String, Place> places, Map<String, AgencyRecord> agencies, List<Pattern> collectivePatterns,
                          Model technologyScheme, List<TechnologyConcept> technologies, List<AgencyChange> agencyChanges,
                          Model indicatorScheme, List<Indicator> indicators) {
        this.places = Collections.unmodifiableMap(places);
        this.agencies = Collections.unmodifiableMap(agencies);
        this.collectivePatterns = List.copyOf(collectivePatterns);
        this.technologyScheme = technologyScheme;
        this.technologies = List.copyOf(technologies);
        this.agencyChanges = List.copyOf(agencyChanges);
        this.indicatorScheme = indicatorScheme;
        this.indicators = List.copyOf(indicators);
        for (Place p : this.places.values()) {
            for (String n : p.names()) {
                List<Place> bearers = placesByName.computeIfAbsent(n, k -> new ArrayList<>(1));
                if (!bearers.contains(p)) bearers.add(p);
            }
        }
    }

    public static ReferenceData load(Path folder) {
        Map<String, Place> places = new LinkedHashMap<>();
        Map<String, String> idOfCode = new HashMap<>();
        for (TsvTable.Row row : TsvTable.read(folder.resolve(PLACES), "id", "name_zh", "name_en", "level", "parent", "aliases").rows()) {
            String parent = row.get("parent");
            String code = row.get("code");
            Place place = new Place(row.get("id"), row.get("name_zh"), row.get("name_en"), row.get("level"),
                    parent.isEmpty() ? null : parent, row.list("aliases"), code.isEmpty() ? null : code, true);
            if (places.put(place.id(), place) != null) throw row.error("duplicate place id " + place.id());
            if (!code.isEmpty() && idOfCode.put(code, place.id()) != null) throw row.error("code " + code + " is given to two places");
        }
        for (Place p : places.values()) {
            if (p.parentId() != null && !places.containsKey(p.parentId())) {
                throw new ReferenceDataException(folder.resolve(PLACES) + ": place " + p.id() + " has unknown parent " + p.parentId());
            }
        }
        Path divisions = folder.resolve(DIVISIONS);
        if (Files.isRegularFile(divisions)) {
            // The gazetteer, less the divisions a curated place stands for; parents come before children.
            for (TsvTable.Row row : TsvTable.read(divisions, "code", "name_zh", "name_en", "level", "parent", "aliases").rows()) {
                String code = row.get("code");
                if (!code.matches("\\d{6}")) throw row.error("a code has six digits");
                if (idOfCode.containsKey(code)) continue;
                String parentCode = row.get("parent");
                String parent = parentCode.isEmpty() ? null : idOfCode.get(parentCode);
                if (!parentCode.isEmpty() && parent == null) throw row.error("unknown parent " + parentCode);
                Place place = new Place(code, row.get("name_zh"), row.get("name_en"), row.get("level"), parent, row.list("aliases"), code, false);
                places.put(place.id(), place);
                idOfCode.put(code, place.id());
            }
        }
        Map<String, AgencyRecord> agencies = new LinkedHashMap<>();
        for (TsvTable.Row row : TsvTable.read(folder.resolve(AGENCIES), "id", "jurisdiction", "kind", "name_zh", "name_en", "aliases").rows()) {
            AgencyKind kind = AgencyKind.fromCode(row.get("kind"));
            if (kind == null) throw row.error("unknown kind '" + row.get("kind") + "'");
            if (!places.containsKey(row.get("jurisdiction"))) throw row.error("unknown jurisdiction '" + row.get("jurisdiction") + "'");
            if (!row.get("id").matches("[a-z0-9][a-z0-9-]*")) throw row.error("id must be lower-case letters, digits and hyphens");
            AgencyRecord a = new AgencyRecord(row.get("id"), row.get("jurisdiction"), kind, row.get("name_zh"), row.get("name_en"), row.list("aliases"));
            if (agencies.put(a.id(), a) != null) throw row.error("duplicate agency id " + a.id());
        }
        List<Pattern> collective = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(folder.resolve(COLLECTIVE_PARTIES), "pattern").rows()) {
            try {
                collective.add(Pattern.compile(row.get("pattern")));
            } catch (PatternSyntaxException e) {
                throw row.error("bad pattern: " + e.getDescription());
            }
        }
        Path techFile = folder.resolve(TECHNOLOGIES);
        Model scheme = turtle(techFile);
        Path indicatorFile = folder.resolve(INDICATORS);
        Model indicatorScheme = turtle(indicatorFile);
        List<AgencyChange> changes = new ArrayList<>();
        Path changesFile = folder.resolve(AGENCY_CHANGES);
        if (Files.isRegularFile(changesFile)) {
            for (TsvTable.Row row : TsvTable.read(changesFile, "id", "from", "to", "year", "source").rows()) {
                for (String id : row.list("from")) {
                    if (!agencies.containsKey(id)) throw row.error("unknown agency '" + id + "' in from");
                }
                if (!agencies.containsKey(row.get("to"))) throw row.error("unknown agency '" + row.get("to") + "' in to");
                if (row.list("from").isEmpty()) throw row.error("a change needs the agency it came from");
                if (!row.get("year").isEmpty() && !row.get("year").matches("(19|20)\\d{2}")) throw row.error("year must be four digits");
                if (row.get("source").isBlank()) throw row.error("a change needs its source");
                changes.add(new AgencyChange(row.get("id"), row.list("from"), row.get("to"),
                        row.get("year").isEmpty() ? null : Integer.valueOf(row.get("year")), row.get("source")));
            }
        }
        return new ReferenceData(places, agencies, collective, scheme, concepts(scheme, techFile), changes,
                indicatorScheme, indicators(indicatorScheme, indicatorFile));
    }

    private static Model turtle(Path file) {
        if (!Files.isRegularFile(file)) throw new ReferenceDataException(file + ": missing");
        Model m = ModelFactory.createDefaultModel();
        try {
            RDFDataMgr.read(m, file.toString());
        } catch (RiotException e) {
            throw new ReferenceDataException(file + ": " + e.getMessage());
        }
        return m;
    }

    /** The indicators of the scheme, each with its labels, wordings, dimensions and broader indicators; a wording names one indicator only. */
    private static List<Indicator> indicators(Model scheme, Path file) {
        List<Indicator> out = new ArrayList<>();
        Map<String, String> wordingOwner = new HashMap<>();
        for (Resource c : sortedOfType(scheme, DFKG.INDICATOR)) {
            String[] names = prefLabels(c, file);
            List<String> wordings = new ArrayList<>();
            for (Statement st : c.listProperties(SKOS.altLabel).toList()) wordings.add(st.getLiteral().getString());
            if (wordings.isEmpty()) throw new ReferenceDataException(file + ": " + c.getURI() + " needs at least one skos:altLabel, a wording that names it");
            for (String w : wordings) {
                String previous = wordingOwner.put(w, c.getURI());
                if (previous != null && !previous.equals(c.getURI())) {
                    throw new ReferenceDataException(file + ": wording '" + w + "' names both " + previous + " and " + c.getURI());
                }
            }
            Set<String> dimensions = new java.util.TreeSet<>();
            for (Statement st : c.listProperties(DFKG.UNIT_DIMENSION).toList()) dimensions.add(st.getString());
            if (dimensions.isEmpty()) throw new ReferenceDataException(file + ": " + c.getURI() + " needs a dfkg:unitDimension");
            out.add(new Indicator(c.getURI(), names[0], names[1], wordings, dimensions, ancestors(c)));
        }
        return out;
    }

    /** The subjects of a type in a scheme, in IRI order, so that the same file always loads the same way. */
    private static List<Resource> sortedOfType(Model scheme, Resource type) {
        List<Resource> subjects = scheme.listSubjectsWithProperty(RDF.type, type).toList();
        subjects.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return subjects;
    }

    /** A concept's Chinese and English preferred labels; a concept lacking either is refused, naming the file. */
    private static String[] prefLabels(Resource c, Path file) {
        String zh = null;
        String en = null;
        for (Statement st : c.listProperties(SKOS.prefLabel).toList()) {
            Literal l = st.getLiteral();
            if (l.getLanguage().startsWith("zh")) zh = l.getString();
            if (l.getLanguage().startsWith("en")) en = l.getString();
        }
        if (zh == null || en == null) throw new ReferenceDataException(file + ": " + c.getURI() + " needs a Chinese and an English skos:prefLabel");
        return new String[] {zh, en};
    }

    /** Every concept above one through {@code skos:broader}, itself excluded. */
    private static Set<String> ancestors(Resource concept) {
        Set<String> above = new java.util.TreeSet<>();
        java.util.Deque<Resource> todo = new java.util.ArrayDeque<>(List.of(concept));
        while (!todo.isEmpty()) {
            for (Statement st : todo.pop().listProperties(SKOS.broader).toList()) {
                if (st.getObject().isURIResource() && above.add(st.getResource().getURI())) todo.push(st.getResource());
            }
        }
        return above;
    }

    private static List<TechnologyConcept> concepts(Model scheme, Path file) {
        List<TechnologyConcept> out = new ArrayList<>();
        Map<String, String> labelOwner = new HashMap<>();
        for (Resource c : sortedOfType(scheme, SKOS.Concept)) {
            String[] names = prefLabels(c, file);
            String zh = names[0];
            String en = names[1];
            List<String> labels = new ArrayList<>();
            labels.add(zh);
            for (Statement st : c.listProperties(SKOS.altLabel).toList()) labels.add(st.getLiteral().getString());
            for (Statement st : c.listProperties(SKOS.hiddenLabel).toList()) labels.add(st.getLiteral().getString());
            for (String label : labels) {
                String previous = labelOwner.put(label.toUpperCase(), c.getURI());
                if (previous != null && !previous.equals(c.getURI())) {
                    throw new ReferenceDataException(file + ": label '" + label + "' belongs to both " + previous + " and " + c.getURI());
                }
            }
            // A field (移动通信) groups technologies for roll-up; its generic name is not a mention of one.
            boolean field = c.hasProperty(RDF.type, scheme.createResource(DFKG.NS + "TechnologyField"));
            out.add(new TechnologyConcept(c.getURI(), zh, en, field ? List.of() : labels));
        }
        return out;
    }

    public List<AgencyChange> agencyChanges() {
        return agencyChanges;
    }

    public Map<String, Place> places() {
        return places;
    }

    public Map<String, AgencyRecord> agencies() {
        return agencies;
    }

    public List<Pattern> collectivePatterns() {
        return collectivePatterns;
    }

    /** A copy of the scheme, so that callers cannot change the shared one. */
    public Model technologyScheme() {
        return ModelFactory.createDefaultModel().add(technologyScheme);
    }

    public List<TechnologyConcept> technologies() {
        return technologies;
    }

    /** A copy of the indicator scheme, so that callers cannot change the shared one. */
    public Model indicatorScheme() {
        return ModelFactory.createDefaultModel().add(indicatorScheme);
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    /** Each concept of the scheme with every concept above it through {@code skos:broader}, itself excluded. */
    public Map<String, Set<String>> technologyAncestors() {
        Map<String, Set<String>> out = new HashMap<>();
        for (TechnologyConcept c : technologies) out.put(c.iri(), Collections.unmodifiableSet(ancestors(technologyScheme.createResource(c.iri()))));
        return Collections.unmodifiableMap(out);
    }

    /** The place a name or alias denotes, if any: a curated place before the gazetteer's. */
    public Place placeNamed(String name) {
        List<Place> bearers = name == null ? null : placesByName.get(name);
        return bearers == null ? null : bearers.getFirst();
    }

    /**
     * The place a name denotes as a text of {@code context} uses it: of several places with one
     * name (鼓楼区 is in Fuzhou, Nanjing and Xuzhou), the one in or nearest above the context.
     */
    public Place placeNamed(String name, Place context) {
        List<Place> bearers = name == null ? null : placesByName.get(name);
        if (bearers == null) return null;
        if (bearers.size() == 1 || context == null) return bearers.getFirst();
        for (Place scope = context; scope != null; scope = scope.parentId() == null ? null : places.get(scope.parentId())) {
            for (Place p : bearers) {
                if (isWithin(p, scope)) return p;
            }
        }
        return bearers.getFirst();
    }

    /** A place's name that no other place bears: 鼓楼区 is in three cities, so it is 福州市鼓楼区. */
    public String qualifiedName(Place place) {
        List<Place> bearers = placesByName.get(place.nameZh());
        if (bearers == null || bearers.size() < 2 || place.parentId() == null) return place.nameZh();
        return qualifiedName(places.get(place.parentId())) + place.nameZh();
    }

    /** Whether a place is {@code scope} or lies inside it. */
    public boolean isWithin(Place place, Place scope) {
        for (Place p = place; p != null; p = p.parentId() == null ? null : places.get(p.parentId())) {
            if (p.id().equals(scope.id())) return true;
        }
        return false;
    }

    /** The province a place belongs to (itself for a province). */
    public Place provinceOf(Place place) {
        Place p = place;
        while (p != null && !p.isProvince()) p = p.parentId() == null ? null : places.get(p.parentId());
        return p == null ? place : p;
    }

}
