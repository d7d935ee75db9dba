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

class VocabularyTest {
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
}
