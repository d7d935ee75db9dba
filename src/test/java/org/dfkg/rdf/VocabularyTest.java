package org.dfkg.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.dfkg.vocab.DFKG;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary class and the ontology agree both ways: every constant is declared with bilingual
 * labels and definitions, its javadoc is the ontology's English definition, and every term the
 * ontology declares has a constant.
 */
class VocabularyTest {
    /** A constant and the javadoc before it, as written in DFKG.java. */
    private static final java.util.regex.Pattern CONSTANT = java.util.regex.Pattern.compile(
            "(?:/\\*\\*\\s*((?:(?!\\*/).)*?)\\s*\\*/\\s*)?public static final (?:Resource|Property) (\\w+) = (?:resource|property)\\(\"([^\"]+)\"\\);",
            java.util.regex.Pattern.DOTALL);

    private static String normalised(String text) {
        return text.replaceAll("^\\*\\s*", "").replaceAll("\\{@code ([^}]*)}", "$1").replaceAll("\\s*\\n\\s*\\*?\\s*", " ").replaceAll("\\s+", " ").strip();
    }

    @Test
    void javadocsAreTheOntologysDefinitionsAndEveryTermHasAConstant() throws Exception {
        Model ontology = RDFDataMgr.loadModel("ontology/dfkg.ttl");
        String source = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/java/org/dfkg/vocab/DFKG.java"));
        java.util.Set<String> constants = new java.util.TreeSet<>();
        List<String> problems = new ArrayList<>();
        var m = CONSTANT.matcher(source);
        while (m.find()) {
            constants.add(m.group(3));
            Resource term = ontology.getResource(DFKG.NS + m.group(3));
            String definition = term.listProperties(SKOS.definition).toList().stream().filter(st -> st.getLanguage().equals("en"))
                    .map(st -> st.getString()).findFirst().orElse("");
            if (m.group(1) == null || !normalised(m.group(1)).equals(normalised(definition))) {
                problems.add(m.group(2) + ": javadoc \"" + (m.group(1) == null ? "" : normalised(m.group(1))) + "\" but the ontology says \"" + definition + "\"");
            }
        }
        ontology.listSubjects().forEach(subject -> {
            if (subject.isURIResource() && subject.getURI().startsWith(DFKG.NS) && subject.getURI().length() > DFKG.NS.length()
                    && !constants.contains(subject.getURI().substring(DFKG.NS.length()))) {
                problems.add(subject.getURI() + " is declared in the ontology but has no constant in DFKG");
            }
        });
        assertTrue(problems.isEmpty(), problems.size() + " differences:\n" + String.join("\n", problems));
    }

    @Test
    void everyConstantIsDeclaredWithBilingualLabelsAndDefinitions() throws Exception {
        Model ontology = RDFDataMgr.loadModel("ontology/dfkg.ttl");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Field f : DFKG.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) continue;
            Resource term = ontology.getResource(((Resource) f.get(null)).getURI());
            checked++;
            for (String lang : new String[] {"zh", "en"}) {
                if (!term.listProperties(RDFS.label).toList().stream().anyMatch(s -> s.getLanguage().equals(lang))) problems.add(f.getName() + " lacks rdfs:label@" + lang);
                if (!term.listProperties(SKOS.definition).toList().stream().anyMatch(s -> s.getLanguage().equals(lang))) problems.add(f.getName() + " lacks skos:definition@" + lang);
            }
        }
        assertTrue(checked > 50, "checked " + checked);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyNifAndProvConstantIsATermTheOntologyOrTheShapesUse() throws Exception {
        Model used = RDFDataMgr.loadModel("ontology/dfkg.ttl");
        used.add(RDFDataMgr.loadModel("ontology/shapes.ttl"));
        java.util.Set<String> terms = new java.util.HashSet<>();
        used.listStatements().forEachRemaining(st -> {
            for (org.apache.jena.rdf.model.RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                if (n.isURIResource()) terms.add(n.asResource().getURI());
            }
        });
        List<String> problems = new ArrayList<>();
        for (Class<?> vocabulary : List.of(org.dfkg.vocab.Nif.class, org.dfkg.vocab.Prov.class)) {
            String ns = (String) vocabulary.getField("NS").get(null);
            assertTrue(org.dfkg.vocab.Prefixes.STANDARD.getNsURIPrefix(ns) != null, ns + " is in the shared prefix mapping");
            for (Field f : vocabulary.getFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) continue;
                String uri = ((Resource) f.get(null)).getURI();
                if (!uri.startsWith(ns) || !terms.contains(uri)) problems.add(vocabulary.getSimpleName() + "." + f.getName() + " = " + uri + " is not used by the ontology or the shapes");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
